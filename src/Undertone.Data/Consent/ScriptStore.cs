using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Undertone.Domain;
using Undertone.Domain.Consent;

namespace Undertone.Data.Consent;

/// <summary>
/// Saved scripts, their agreements and the builder's working draft. One short-lived context per call; reads are not
/// tracked; saves check the version and report a conflict instead of overwriting. Never logs or throws with anything
/// the user wrote.
/// </summary>
public sealed class ScriptStore(IDbContextFactory<UndertoneDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>The most scripts the list shows (far more than anyone keeps).</summary>
    public const int ListLimit = 200;

    private const string CopySuffix = " (copy)";

    /// <summary>Today in the user's time zone, for the "not in the future" rule on agreements.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    // ---------------------------------------------------------------- scripts

    /// <summary>Saved scripts, most recently changed first, each with its agreement.</summary>
    public async Task<IReadOnlyList<SavedScriptSummary>> ListScriptsAsync(CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.SavedScripts.AsNoTracking()
                .Include(s => s.Agreement)
                .OrderByDescending(s => s.Id)
                .Take(ListLimit)
                .ToListAsync(cancellationToken).ConfigureAwait(false);

            // SQLite cannot order by DateTimeOffset, and there are never more than a few hundred rows.
            return rows
                .OrderByDescending(s => s.UpdatedAt).ThenByDescending(s => s.Id)
                .Select(s => new SavedScriptSummary(s.Id, s.Name, s.UpdatedAt, s.Version, TextRules.CountWords(s.Text), s.Agreement))
                .ToList();
        }
    }

    /// <summary>One saved script with its agreement, or null if it does not exist.</summary>
    public async Task<SavedScriptDetails?> GetScriptAsync(int id, CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var script = await db.SavedScripts.AsNoTracking().Include(s => s.Agreement)
                .SingleOrDefaultAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false);
            return script is null ? null : ToStored(script);
        }
    }

    /// <summary>Creates a script (<paramref name="id"/> null) or updates one, if it is still at <paramref name="expectedVersion"/>.</summary>
    public async Task<SaveResult> SaveScriptAsync(int? id, SavedScriptInput input, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = input.Validate();
        if (errors.Count > 0)
        {
            return SaveResult.Invalid(id ?? 0, errors);
        }

        var now = clock.GetUtcNow();
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var (script, refused) = await VersionedSave.AddOrFindAtVersionAsync(
                db, db.SavedScripts, id, expectedVersion, () => new SavedScript { CreatedAt = now }, cancellationToken).ConfigureAwait(false);
            if (script is null)
            {
                return refused!;
            }

            script.Name = input.Name.Trim();
            script.AskJson = AskJson.Write(input.Ask);
            script.Text = input.Text;
            script.IsEdited = input.IsEdited;
            script.Alternatives = string.Join(',', input.Alternatives.Distinct().Order().Select(a => a.ToString()));
            script.FollowUpText = input.FollowUpText;
            script.UpdatedAt = now;
            return await VersionedSave.SaveAsync(db, script, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A copy of a script under "name (copy)", without its agreement (the copy has not been asked yet).</summary>
    public async Task<SaveResult> DuplicateScriptAsync(int id, CancellationToken cancellationToken = default)
    {
        var original = await GetScriptAsync(id, cancellationToken).ConfigureAwait(false);
        if (original is null)
        {
            return SaveResult.NotFound(id);
        }

        var name = original.Name.Length + CopySuffix.Length > SavedScript.NameMaxLength
            ? original.Name[..(SavedScript.NameMaxLength - CopySuffix.Length)] + CopySuffix
            : original.Name + CopySuffix;
        var input = new SavedScriptInput(name, original.Ask, original.Text, original.IsEdited, original.Alternatives, original.FollowUpText);
        return await SaveScriptAsync(null, input, 0, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes a script and its agreement. False when it was already gone.</summary>
    public async Task<bool> DeleteScriptAsync(int id, CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var deleted = await db.SavedScripts.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            await DeletedTextCheckpoint.RunAsync(db, CancellationToken.None).ConfigureAwait(false);
            return deleted > 0;
        }
    }

    // ---------------------------------------------------------------- agreements

    /// <summary>
    /// Records (or updates) what was agreed for a script. <paramref name="expectedVersion"/> is the agreement's version
    /// (0 when there is none yet). Details that only make sense when something was agreed are dropped for a no or not now.
    /// </summary>
    public async Task<SaveResult> SaveAgreementAsync(int scriptId, AgreementInput input, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = input.Validate(Today);
        if (errors.Count > 0)
        {
            return SaveResult.Invalid(scriptId, errors);
        }

        var now = clock.GetUtcNow();
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            if (!await db.SavedScripts.AnyAsync(s => s.Id == scriptId, cancellationToken).ConfigureAwait(false))
            {
                return SaveResult.NotFound(scriptId);
            }

            var agreement = await db.ScriptAgreements.SingleOrDefaultAsync(a => a.ScriptId == scriptId, cancellationToken).ConfigureAwait(false);
            var currentVersion = agreement?.Version ?? 0;
            if (currentVersion != expectedVersion)
            {
                return SaveResult.Conflict(scriptId, currentVersion);
            }

            if (agreement is null)
            {
                agreement = new ScriptAgreement { ScriptId = scriptId, CreatedAt = now };
                db.ScriptAgreements.Add(agreement);
            }

            input.ApplyTo(agreement);
            agreement.UpdatedAt = now;
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateConcurrencyException)
            {
                return SaveResult.Conflict(scriptId, expectedVersion);
            }

            return SaveResult.Saved(scriptId, agreement.Version);
        }
    }

    // ---------------------------------------------------------------- working draft

    /// <summary>
    /// The working draft with its <see cref="WorkingDraft.Version"/>, or null when there is none (or it cannot be
    /// read: the builder then starts fresh).
    /// </summary>
    public async Task<WorkingDraft?> GetDraftAsync(CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var row = await db.ScriptDrafts.AsNoTracking()
                .Where(d => d.Id == WorkingDraftRow.SingleId)
                .Select(d => new { d.StateJson, d.Version })
                .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            return row is not null && DraftJson.Read(row.StateJson) is { } draft ? draft with { Version = row.Version } : null;
        }
    }

    /// <summary>The version of the stored working draft (0 when there is none), to notice another tab's save cheaply.</summary>
    public async Task<long> GetDraftVersionAsync(CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.ScriptDrafts.AsNoTracking()
                .Where(d => d.Id == WorkingDraftRow.SingleId)
                .Select(d => d.Version)
                .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Saves the working draft over the one it was read from (<see cref="WorkingDraft.Version"/>). If another tab
    /// saved in between, nothing is written and the result is a conflict carrying the stored version, so that tab's
    /// work is never overwritten silently. Saving with the stored version replaces it on purpose.
    /// </summary>
    public Task<SaveResult> SaveDraftAsync(WorkingDraft draft, DraftWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(writer);
        return WriteDraftAsync(draft.Version, writer, _ => draft, cancellationToken);
    }

    /// <summary>
    /// Replaces only the message text of the working draft (the last edit, sent as a page closes). The text counts as
    /// edited unless it is exactly what the draft's choices compose. With no draft yet, one is made from
    /// <paramref name="askIfNone"/>. Same version rules as <see cref="SaveDraftAsync"/>.
    /// </summary>
    public Task<SaveResult> SaveDraftTextAsync(string text, long expectedVersion, DraftWriter writer, ConsentAsk askIfNone, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(askIfNone);
        return WriteDraftAsync(expectedVersion, writer, stored =>
        {
            var draft = stored ?? new WorkingDraft { Ask = askIfNone };
            // A draft may keep choices that aren't valid yet (a name still too long); its text is then the person's own.
            var generated = draft.Ask.Validate().Count == 0 ? ScriptComposer.Compose(draft.Ask).Text : null;
            return draft with { EditedText = string.Equals(text, generated, StringComparison.Ordinal) ? null : text };
        }, cancellationToken);
    }

    private async Task<SaveResult> WriteDraftAsync(long expectedVersion, DraftWriter writer, Func<WorkingDraft?, WorkingDraft> change, CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var row = await db.ScriptDrafts.SingleOrDefaultAsync(d => d.Id == WorkingDraftRow.SingleId, cancellationToken).ConfigureAwait(false);
            if (row is not null && !Accepts(row, expectedVersion, writer))
            {
                return SaveResult.Conflict(WorkingDraftRow.SingleId, row.Version);
            }

            var json = DraftJson.Write(change(row is null ? null : DraftJson.Read(row.StateJson)));
            if (json.Length > WorkingDraftRow.StateJsonMaxLength)
            {
                // Far beyond any real message; keep the last good draft rather than store a cut-off one.
                return SaveResult.Invalid(WorkingDraftRow.SingleId, [new FieldError("draft", "The work in progress is too long to keep.")]);
            }

            if (row is null)
            {
                row = new WorkingDraftRow();
                db.ScriptDrafts.Add(row);
            }

            row.StateJson = json;
            row.UpdatedAt = clock.GetUtcNow();
            row.Writer = writer.Tab == Guid.Empty ? null : writer.Tab;
            row.WriterEdit = writer.Edit;
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another save landed between our read and our write (the UPDATE checks the version it read).
                return SaveResult.Conflict(WorkingDraftRow.SingleId, await GetDraftVersionAsync(cancellationToken).ConfigureAwait(false));
            }

            return SaveResult.Saved(WorkingDraftRow.SingleId, row.Version);
        }
    }

    /// <summary>The draft a save was read from, or a later edit of the tab that saved it last.</summary>
    private static bool Accepts(WorkingDraftRow row, long expectedVersion, DraftWriter writer) =>
        row.Version == expectedVersion
        || (writer.Tab != Guid.Empty && row.Writer == writer.Tab && writer.Edit >= row.WriterEdit);

    /// <summary>Forgets the working draft (the builder starts again from the defaults).</summary>
    public async Task ClearDraftAsync(CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            await db.ScriptDrafts.Where(d => d.Id == WorkingDraftRow.SingleId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            await DeletedTextCheckpoint.RunAsync(db, CancellationToken.None).ConfigureAwait(false);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static SavedScriptDetails ToStored(SavedScript s) => new(
        s.Id,
        s.Name,
        AskJson.Read(s.AskJson),
        s.Text,
        s.IsEdited,
        ParseAlternatives(s.Alternatives),
        s.FollowUpText,
        s.CreatedAt,
        s.UpdatedAt,
        s.Version,
        s.Agreement);

    private static FollowUpAlternative[] ParseAlternatives(string value) =>
        AskJson.ParseAll<FollowUpAlternative>(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>The draft's JSON shape: the ask through <see cref="AskJson"/>, the rest as plain values.</summary>
    private static class DraftJson
    {
        public static string Write(WorkingDraft draft) => JsonSerializer.Serialize(
            new Document(AskJson.Document.From(draft.Ask), draft.EditedText, draft.Alternatives.Select(a => a.ToString()).ToList(), draft.Name, draft.ScriptId, draft.ScriptVersion),
            AskJson.SerializerOptions);

        public static WorkingDraft? Read(string json)
        {
            try
            {
                var document = JsonSerializer.Deserialize<Document>(json, AskJson.SerializerOptions);
                if (document is null)
                {
                    return null;
                }

                return new WorkingDraft
                {
                    Ask = document.Ask?.ToAsk() ?? new ConsentAsk(),
                    EditedText = document.EditedText,
                    Alternatives = AskJson.ParseAll<FollowUpAlternative>(document.Alternatives),
                    Name = document.Name ?? "",
                    ScriptId = document.ScriptId,
                    ScriptVersion = document.ScriptVersion ?? 0,
                };
            }
            catch (JsonException)
            {
                return null;
            }
        }

        private sealed record Document(
            AskJson.Document? Ask,
            string? EditedText,
            List<string>? Alternatives,
            string? Name,
            int? ScriptId,
            long? ScriptVersion);
    }
}
