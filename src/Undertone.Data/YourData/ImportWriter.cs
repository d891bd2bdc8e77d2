using System.Data;
using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Undertone.Domain.Consent;
using Undertone.Domain.Journal;
using Undertone.Domain.Journal.Patterns;
using Undertone.Domain.Settings;

namespace Undertone.Data.YourData;

/// <summary>
/// Writes a checked file's items inside the import's transaction: themes by name, recaps in batches with their theme
/// links, questions, scripts with their agreements, settings, the working draft and voice notes. Skips what is here already.
/// </summary>
internal static class ImportWriter
{
    /// <summary>Recaps saved (and their theme links written) per round trip; progress is reported after each batch.</summary>
    private const int RecapBatchSize = 500;

    public static async Task InsertAsync(
        UndertoneDbContext db, ExportDocument doc, IReadOnlyDictionary<string, byte[]> audioFiles, ImportMatching.Existing here, bool keepIds, IProgress<DataProgress>? progress,
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

        foreach (var theme in doc.CarriedThemes())
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
                var key = ImportMatching.RecapKey(source);
                if (here.RecapKeys.TryGetValue(key, out var existingId))
                {
                    recapIds[source.Id] = existingId; // identical: skipped, its questions point to the one here
                    continue;
                }

                var draft = source.ToDraft().Tidy();
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
            if (here.QuestionKeys.Contains(ImportMatching.QuestionKey(source)))
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
            if (here.ScriptKeys.Contains(ImportMatching.ScriptKey(source)))
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

            script.Agreement = source.Agreement?.ToAgreement();

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
    /// instead of one each (EF's raw SQL would build and parse a command per link). Plain ADO.NET and SQL both
    /// databases run; on PostgreSQL the link's owner is the column's default, the person on the connection.
    /// </summary>
    private static (DbCommand Command, DbParameter RecapId, DbParameter ThemeId) LinkCommand(UndertoneDbContext db)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = "INSERT INTO \"RecapThemes\" (\"RecapId\", \"ThemeId\") VALUES (@recap, @theme) ON CONFLICT DO NOTHING";
        var recapId = Parameter(command, "@recap");
        var themeId = Parameter(command, "@theme");
        command.Prepare();
        return (command, recapId, themeId);
    }

    private static DbParameter Parameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = DbType.Int32;
        parameter.Value = 0;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
