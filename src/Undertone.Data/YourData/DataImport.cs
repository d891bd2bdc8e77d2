using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Undertone.Data.Consent;
using Undertone.Domain.Consent;
using Undertone.Domain.Journal;
using Undertone.Domain.Journal.Patterns;
using Undertone.Domain.Settings;

namespace Undertone.Data.YourData;

/// <summary>
/// Brings a file in (see <see cref="ImportReader"/>): checks every item against the same limits as the pages, shows
/// what it would do (<see cref="PreviewAsync"/>), then applies it in one write transaction — all or nothing
/// (<see cref="ApplyAsync"/>). A merge never overwrites: identical items are skipped, and an item that differs from
/// the one here with the same id is added beside it.
/// </summary>
public sealed class DataImport(IDbContextFactory<UndertoneDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>Recaps saved (and their theme links written) per round trip; progress is reported after each batch.</summary>
    private const int RecapBatchSize = 500;

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>Every problem with the file's items; empty when it can be imported.</summary>
    public IReadOnlyList<ImportProblem> Validate(ImportFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Problems.Count > 0 || file.Document is not { } doc)
        {
            return file.Problems.Count > 0 ? file.Problems : [new ImportProblem(file.FileName, "file", "file", "There is nothing to import in this file.")];
        }

        var name = file.FileName;
        var problems = new List<ImportProblem>();
        var foreign = file.Source != ImportSource.Undertone;
        string Item(string list, int i) => foreign ? $"entries[{i}]" : $"{list}[{i}]";

        var themeNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (theme, i) in (doc.Themes ?? []).Select((t, i) => (t, i)))
        {
            foreach (var error in JournalValidation.ValidateTheme(JournalText.Tidy(theme.Name), theme.Colour))
            {
                problems.Add(new ImportProblem(name, Item("themes", i), Camel(error.Field), error.Message));
            }

            if (!themeNames.Add(Theme.Normalize(theme.Name ?? "")))
            {
                problems.Add(new ImportProblem(name, Item("themes", i), "name", "Two themes in this file have the same name."));
            }
        }

        var recapIds = new HashSet<int>();
        foreach (var (recap, i) in (doc.Recaps ?? []).Select((r, i) => (r, i)))
        {
            if (!foreign && (recap.Id <= 0 || !recapIds.Add(recap.Id)))
            {
                problems.Add(new ImportProblem(name, Item("recaps", i), "id", "Each recap needs its own id, a whole number above 0."));
            }

            if (recap.SessionDate == default)
            {
                problems.Add(new ImportProblem(name, Item("recaps", i), "sessionDate", "This recap has no session date."));
                continue;
            }

            foreach (var error in JournalValidation.ValidateRecap(Draft(recap), Today))
            {
                problems.Add(new ImportProblem(name, Item("recaps", i), Camel(error.Field), error.Message));
            }
        }

        var questionIds = new HashSet<int>();
        foreach (var (question, i) in (doc.Questions ?? []).Select((q, i) => (q, i)))
        {
            if (question.Id <= 0 || !questionIds.Add(question.Id))
            {
                problems.Add(new ImportProblem(name, Item("questions", i), "id", "Each question needs its own id, a whole number above 0."));
            }

            if (!Enum.IsDefined(question.Status))
            {
                problems.Add(new ImportProblem(name, Item("questions", i), "status", "The status must be open, asked, resolved or dropped."));
            }

            foreach (var error in JournalValidation.ValidateQuestion(JournalText.Tidy(question.Text), JournalText.Tidy(question.AnswerNote)))
            {
                problems.Add(new ImportProblem(name, Item("questions", i), Camel(error.Field), error.Message));
            }

            if (question.SourceRecapId is { } source && !recapIds.Contains(source))
            {
                problems.Add(new ImportProblem(name, Item("questions", i), "sourceRecapId", "This question points to a recap that is not in the file."));
            }
        }

        foreach (var (mark, i) in (doc.RevisitMarks ?? []).Select((m, i) => (m, i)))
        {
            if (!recapIds.Contains(mark.RecapId))
            {
                problems.Add(new ImportProblem(name, Item("revisitMarks", i), "recapId", "This mark points to a recap that is not in the file."));
            }

            if (mark.Fingerprint is not { Length: RevisitItemKey.FingerprintLength } fp || !fp.All(char.IsAsciiHexDigitLower))
            {
                problems.Add(new ImportProblem(name, Item("revisitMarks", i), "fingerprint", $"The fingerprint must be {RevisitItemKey.FingerprintLength} lower-case hex digits."));
            }
        }

        var scriptIds = new HashSet<int>();
        foreach (var (script, i) in (doc.Scripts ?? []).Select((s, i) => (s, i)))
        {
            if (script.Id <= 0 || !scriptIds.Add(script.Id))
            {
                problems.Add(new ImportProblem(name, Item("scripts", i), "id", "Each saved message needs its own id, a whole number above 0."));
            }

            if (script.Ask is not { ValueKind: JsonValueKind.Object } ask || ask.GetRawText().Length > SavedScript.AskJsonMaxLength)
            {
                problems.Add(new ImportProblem(name, Item("scripts", i), "ask", "The message's choices are missing or too long."));
                continue;
            }

            var alternatives = new List<FollowUpAlternative>();
            foreach (var alternative in script.Alternatives ?? [])
            {
                if (Enum.TryParse<FollowUpAlternative>(alternative, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed))
                {
                    alternatives.Add(parsed);
                }
                else
                {
                    problems.Add(new ImportProblem(name, Item("scripts", i), "alternatives", "One of the follow-up alternatives is not one Undertone knows."));
                }
            }

            var input = new SavedScriptInput(script.Name ?? "", AskJson.Read(ask.GetRawText()), script.Text ?? "", script.IsEdited, alternatives, script.FollowUpText ?? "");
            foreach (var error in input.Validate())
            {
                problems.Add(new ImportProblem(name, Item("scripts", i), error.Field, error.Message));
            }

            if (script.Agreement is { } agreement)
            {
                var agreementInput = new AgreementInput
                {
                    AskedOn = agreement.AskedOn,
                    Answer = agreement.Answer,
                    Format = agreement.Format,
                    Storage = agreement.Storage,
                    Access = agreement.Access,
                    AccessPerson = agreement.AccessPerson,
                    Retention = agreement.Retention,
                    RetentionDays = agreement.RetentionDays,
                    Boundaries = agreement.Boundaries,
                };
                foreach (var error in agreementInput.Validate(Today))
                {
                    problems.Add(new ImportProblem(name, Item("scripts", i), "agreement." + error.Field, error.Message));
                }
            }
        }

        var settingKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (setting, i) in (doc.Settings ?? []).Select((s, i) => (s, i)))
        {
            if (setting.Key is not { Length: > 0 and <= Setting.MaxKeyLength } key || !settingKeys.Add(key))
            {
                problems.Add(new ImportProblem(name, Item("settings", i), "key", $"Each setting needs its own key of up to {Setting.MaxKeyLength} characters."));
            }

            if (setting.Value is null || setting.Value.Length > Setting.MaxValueLength)
            {
                problems.Add(new ImportProblem(name, Item("settings", i), "value", $"A setting's value can be up to {Setting.MaxValueLength} characters."));
            }
        }

        if (doc.WorkingDraft is { } draft && (draft.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null) || draft.GetRawText().Length > WorkingDraftRow.StateJsonMaxLength))
        {
            problems.Add(new ImportProblem(name, "workingDraft", "workingDraft", "The working draft is not an object, or it is too long."));
        }

        problems.AddRange(VoiceNoteTransfer.Validate(name, doc, recapIds, file.AudioFiles));

        return problems;
    }

    /// <summary>What a merge (or a replace) of the file would do. Reads only.</summary>
    public async Task<ImportPreview> PreviewAsync(ImportFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var problems = Validate(file);
        var doc = file.Document;
        if (problems.Count > 0 || doc is null)
        {
            return new ImportPreview(file.Source, 0, 0, 0, 0, 0, 0, problems);
        }

        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var here = await ExistingAsync(db, cancellationToken).ConfigureAwait(false);
            var (alreadyHere, sideBySide) = Compare(doc, here);
            return new ImportPreview(file.Source, doc.Recaps?.Count ?? 0, doc.Questions?.Count ?? 0, doc.Themes?.Count ?? 0, doc.Scripts?.Count ?? 0, alreadyHere, sideBySide, []);
        }
    }

    /// <summary>
    /// Validates again, then applies the file in one write transaction. A file with problems changes nothing and
    /// returns them. Replace deletes everything here first (in the same transaction).
    /// </summary>
    public async Task<ImportPreview> ApplyAsync(
        ImportFile file, ImportMode mode, IProgress<DataProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var problems = Validate(file);
        var doc = file.Document;
        if (problems.Count > 0 || doc is null)
        {
            return new ImportPreview(file.Source, 0, 0, 0, 0, 0, 0, problems);
        }

        ImportPreview result;
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    if (mode == ImportMode.Replace)
                    {
                        progress?.Report(new DataProgress(DataStep.Removing, 0, 0));
                        await DataWipe.DeleteRowsAsync(db, cancellationToken).ConfigureAwait(false);
                    }

                    var here = await ExistingAsync(db, cancellationToken).ConfigureAwait(false);
                    var (alreadyHere, sideBySide) = Compare(doc, here);
                    await InsertAsync(db, doc, file.AudioFiles, here, keepIds: mode == ImportMode.Replace && file.Source == ImportSource.Undertone, progress, cancellationToken).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    result = new ImportPreview(file.Source, doc.Recaps?.Count ?? 0, doc.Questions?.Count ?? 0, doc.Themes?.Count ?? 0, doc.Scripts?.Count ?? 0, alreadyHere, sideBySide, []);
                }
            }
            finally
            {
                await db.Database.CloseConnectionAsync().ConfigureAwait(false);
            }

            if (mode == ImportMode.Replace)
            {
                // The -wal still holds the pages of what was replaced.
                progress?.Report(new DataProgress(DataStep.WipingFiles, 0, 0));
                await DeletedTextCheckpoint.RunAsync(db, CancellationToken.None).ConfigureAwait(false);
            }
        }

        progress?.Report(new DataProgress(DataStep.Finished, result.Recaps, result.Recaps));
        return result;
    }

    private static async Task InsertAsync(
        UndertoneDbContext db, ExportDocument doc, IReadOnlyDictionary<string, byte[]> audioFiles, Existing here, bool keepIds, IProgress<DataProgress>? progress,
        CancellationToken cancellationToken)
    {
        // Themes: reuse one with the same name (ignoring case), else add it.
        var themes = await db.Themes.ToDictionaryAsync(t => t.NormalizedName, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        Theme ThemeFor(string name, string? colour, bool isSample, int id)
        {
            var key = Theme.Normalize(name);
            if (!themes.TryGetValue(key, out var theme))
            {
                theme = new Theme { Name = JournalText.Tidy(name), Colour = colour, IsSample = isSample };
                if (keepIds && id > 0)
                {
                    theme.Id = id;
                }

                db.Themes.Add(theme);
                themes[key] = theme;
            }

            return theme;
        }

        foreach (var theme in doc.Themes ?? [])
        {
            ThemeFor(theme.Name!, theme.Colour, theme.IsSample, theme.Id);
        }

        foreach (var name in (doc.Recaps ?? []).SelectMany(r => r.Themes ?? []))
        {
            ThemeFor(name, null, false, 0);
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        // Themes have their ids now; from here on nothing needs them tracked, and a small change tracker keeps each
        // batch's DetectChanges (VersionStamp runs one per save) from growing with the file.
        db.ChangeTracker.Clear();
        var now = DateTimeOffset.UtcNow;
        var recapIds = new Dictionary<int, int>();
        var added = new HashSet<int>();
        var recaps = doc.Recaps ?? [];
        var batch = new List<(ExportRecap From, Recap To)>(RecapBatchSize);
        var link = LinkCommand(db);
        await using (link.Command.ConfigureAwait(false))
        {
            async Task SaveBatchAsync(int done)
            {
                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                foreach (var (from, to) in batch)
                {
                    recapIds[from.Id] = to.Id;
                    added.Add(to.Id);
                    foreach (var themeId in Theme.DistinctNames(from.Themes ?? []).Select(n => themes[Theme.Normalize(n)].Id))
                    {
                        link.RecapId.Value = to.Id;
                        link.ThemeId.Value = themeId;
                        await link.Command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    }
                }

                batch.Clear();
                db.ChangeTracker.Clear();
                progress?.Report(new DataProgress(DataStep.AddingRecaps, done, recaps.Count));
            }

            progress?.Report(new DataProgress(DataStep.AddingRecaps, 0, recaps.Count));
            for (var i = 0; i < recaps.Count; i++)
            {
                var source = recaps[i];
                var key = RecapKey(source);
                if (here.RecapKeys.TryGetValue(key, out var existingId))
                {
                    recapIds[source.Id] = existingId; // identical: skipped, its questions point to the one here
                    continue;
                }

                var draft = Draft(source).Tidy();
                var recap = new Recap
                {
                    CreatedAt = source.CreatedAt == default ? now : source.CreatedAt,
                    UpdatedAt = source.UpdatedAt == default ? now : source.UpdatedAt,
                    Version = Math.Max(1, source.Version),
                    IsSample = source.IsSample,
                };
                draft.ApplyTo(recap);
                VoiceNoteTransfer.ApplyTherapistSaidRule(source, recap);
                recap.Themes.Clear();
                if (keepIds)
                {
                    recap.Id = source.Id;
                }

                db.Recaps.Add(recap);
                here.RecapKeys[key] = 0;
                batch.Add((source, recap));
                if (batch.Count == RecapBatchSize)
                {
                    await SaveBatchAsync(i + 1).ConfigureAwait(false);
                }
            }

            await SaveBatchAsync(recaps.Count).ConfigureAwait(false);
        }

        progress?.Report(new DataProgress(DataStep.AddingTheRest, 0, 0));
        foreach (var source in doc.Questions ?? [])
        {
            if (here.QuestionKeys.Contains(QuestionKey(source)))
            {
                continue;
            }

            var question = new Question
            {
                Text = JournalText.Tidy(source.Text),
                AnswerNote = JournalText.Tidy(source.AnswerNote),
                Status = source.Status,
                StatusChangedAt = source.StatusChangedAt,
                CreatedAt = source.CreatedAt == default ? now : source.CreatedAt,
                SourceRecapId = source.SourceRecapId is { } s && recapIds.TryGetValue(s, out var mapped) && mapped > 0 ? mapped : null,
                IsSample = source.IsSample,
                Version = Math.Max(1, source.Version),
            };
            if (keepIds)
            {
                question.Id = source.Id;
            }

            db.Questions.Add(question);
        }

        foreach (var mark in doc.RevisitMarks ?? [])
        {
            if (recapIds.TryGetValue(mark.RecapId, out var recapId) && added.Contains(recapId))
            {
                db.RevisitMarks.Add(new RevisitMark { RecapId = recapId, Fingerprint = mark.Fingerprint!, AddressedAt = mark.AddressedAt });
            }
        }

        foreach (var source in doc.Scripts ?? [])
        {
            if (here.ScriptKeys.Contains(ScriptKey(source)))
            {
                continue;
            }

            var script = new SavedScript
            {
                Name = source.Name!.Trim(),
                AskJson = JsonSerializer.Serialize(source.Ask!.Value),
                Text = source.Text!,
                IsEdited = source.IsEdited,
                Alternatives = string.Join(',', source.Alternatives ?? []),
                FollowUpText = source.FollowUpText ?? "",
                CreatedAt = source.CreatedAt == default ? now : source.CreatedAt,
                UpdatedAt = source.UpdatedAt == default ? now : source.UpdatedAt,
                Version = Math.Max(1, source.Version),
            };
            if (keepIds)
            {
                script.Id = source.Id;
            }

            if (source.Agreement is { } a)
            {
                script.Agreement = new ScriptAgreement
                {
                    AskedOn = a.AskedOn,
                    Answer = a.Answer,
                    Format = a.Format,
                    Storage = a.Storage,
                    Access = a.Access,
                    AccessPerson = a.AccessPerson,
                    Retention = a.Retention,
                    RetentionDays = a.RetentionDays,
                    Boundaries = a.Boundaries ?? "",
                    CreatedAt = a.CreatedAt,
                    UpdatedAt = a.UpdatedAt,
                    Version = Math.Max(1, a.Version),
                };
            }

            db.SavedScripts.Add(script);
        }

        foreach (var setting in doc.Settings ?? [])
        {
            if (!here.SettingKeys.Contains(setting.Key!))
            {
                db.Settings.Add(new Setting { Key = setting.Key!, Value = setting.Value! });
            }
        }

        if (doc.WorkingDraft is { ValueKind: JsonValueKind.Object } draftJson && !here.HasDraft)
        {
            db.ScriptDrafts.Add(new WorkingDraftRow { StateJson = JsonSerializer.Serialize(draftJson), UpdatedAt = now });
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await VoiceNoteTransfer.InsertAsync(db, doc, audioFiles, recapIds, keepIds, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// One prepared statement for every recap–theme link, reused with new values: thousands of links cost one parse
    /// instead of one each (EF's raw SQL would build and parse a command per link).
    /// </summary>
    private static (SqliteCommand Command, SqliteParameter RecapId, SqliteParameter ThemeId) LinkCommand(UndertoneDbContext db)
    {
        var command = (SqliteCommand)db.Database.GetDbConnection().CreateCommand();
        command.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = "INSERT OR IGNORE INTO RecapThemes (RecapId, ThemeId) VALUES ($recap, $theme)";
        var recapId = command.Parameters.Add("$recap", SqliteType.Integer);
        var themeId = command.Parameters.Add("$theme", SqliteType.Integer);
        command.Prepare();
        return (command, recapId, themeId);
    }

    private static (int AlreadyHere, int SideBySide) Compare(ExportDocument doc, Existing here)
    {
        var alreadyHere = 0;
        var sideBySide = 0;
        foreach (var recap in doc.Recaps ?? [])
        {
            if (here.RecapKeys.ContainsKey(RecapKey(recap)))
            {
                alreadyHere++;
            }
            else if (recap.Id > 0 && here.RecapIds.Contains(recap.Id))
            {
                sideBySide++;
            }
        }

        foreach (var question in doc.Questions ?? [])
        {
            if (here.QuestionKeys.Contains(QuestionKey(question)))
            {
                alreadyHere++;
            }
            else if (here.QuestionIds.Contains(question.Id))
            {
                sideBySide++;
            }
        }

        foreach (var script in doc.Scripts ?? [])
        {
            if (here.ScriptKeys.Contains(ScriptKey(script)))
            {
                alreadyHere++;
            }
            else if (here.ScriptIds.Contains(script.Id))
            {
                sideBySide++;
            }
        }

        return (alreadyHere, sideBySide);
    }

    private static async Task<Existing> ExistingAsync(UndertoneDbContext db, CancellationToken cancellationToken)
    {
        var existing = new Existing();
        var themeNames = await db.Themes.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken).ConfigureAwait(false);
        var links = (await db.Set<Dictionary<string, object>>("RecapThemes").AsNoTracking()
                .Select(l => new { RecapId = EF.Property<int>(l, "RecapId"), ThemeId = EF.Property<int>(l, "ThemeId") })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(l => l.RecapId, l => themeNames[l.ThemeId]);
        await foreach (var r in db.Recaps.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            existing.RecapIds.Add(r.Id);
            existing.RecapKeys.TryAdd(RecapKey(new ExportRecap
            {
                SessionDate = r.SessionDate,
                Label = r.Label,
                WhatCameUp = r.WhatCameUp,
                Takeaways = r.Takeaways,
                NextSteps = r.NextSteps,
                ToRevisit = r.ToRevisit,
                Feeling = r.Feeling,
                FeelingWords = r.FeelingWords,
                TherapistSaid = r.TherapistSaid,
                Themes = links[r.Id].ToList(),
            }), r.Id);
        }

        foreach (var q in await db.Questions.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            existing.QuestionIds.Add(q.Id);
            existing.QuestionKeys.Add(QuestionKey(new ExportQuestion { Text = q.Text, Status = q.Status, AnswerNote = q.AnswerNote }));
        }

        foreach (var s in await db.SavedScripts.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            existing.ScriptIds.Add(s.Id);
            existing.ScriptKeys.Add(ScriptKey(new ExportScript { Name = s.Name, Text = s.Text, FollowUpText = s.FollowUpText }));
        }

        existing.SettingKeys.UnionWith(await db.Settings.AsNoTracking().Select(s => s.Key).ToListAsync(cancellationToken).ConfigureAwait(false));
        existing.HasDraft = await db.ScriptDrafts.AnyAsync(cancellationToken).ConfigureAwait(false);
        return existing;
    }

    private static RecapDraft Draft(ExportRecap r) => new RecapDraft
    {
        SessionDate = r.SessionDate,
        Label = r.Label ?? "",
        WhatCameUp = r.WhatCameUp ?? "",
        Takeaways = r.Takeaways ?? "",
        NextSteps = r.NextSteps ?? "",
        ToRevisit = r.ToRevisit ?? "",
        Feeling = r.Feeling,
        FeelingWords = r.FeelingWords ?? "",
        TherapistSaid = r.TherapistSaid ?? "",
        ThemeNames = r.Themes ?? [],
    }.Tidy();

    /// <summary>What makes two recaps the same recap: every text, the date, the feeling and the themes (ignoring case and order).</summary>
    private static string RecapKey(ExportRecap r)
    {
        var d = Draft(r);
        var themes = string.Join('\u001f', d.ThemeNames.Select(Theme.Normalize).Order(StringComparer.Ordinal));
        return string.Join('\u001e', d.SessionDate.ToString("O", CultureInfo.InvariantCulture), d.Label, d.WhatCameUp, d.Takeaways, d.NextSteps, d.ToRevisit,
            d.Feeling?.ToString(CultureInfo.InvariantCulture) ?? "", d.FeelingWords, d.TherapistSaid, themes);
    }

    private static string QuestionKey(ExportQuestion q) =>
        string.Join('\u001e', JournalText.Tidy(q.Text), q.Status.ToString(), JournalText.Tidy(q.AnswerNote));

    private static string ScriptKey(ExportScript s) =>
        string.Join('\u001e', (s.Name ?? "").Trim(), s.Text ?? "", s.FollowUpText ?? "");

    private static string Camel(string field) => field.Length == 0 ? field : char.ToLowerInvariant(field[0]) + field[1..];

    private sealed class Existing
    {
        public Dictionary<string, int> RecapKeys { get; } = new(StringComparer.Ordinal);

        public HashSet<int> RecapIds { get; } = [];

        public HashSet<string> QuestionKeys { get; } = new(StringComparer.Ordinal);

        public HashSet<int> QuestionIds { get; } = [];

        public HashSet<string> ScriptKeys { get; } = new(StringComparer.Ordinal);

        public HashSet<int> ScriptIds { get; } = [];

        public HashSet<string> SettingKeys { get; } = new(StringComparer.Ordinal);

        public bool HasDraft { get; set; }
    }
}
