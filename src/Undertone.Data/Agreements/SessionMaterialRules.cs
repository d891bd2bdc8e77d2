using Microsoft.EntityFrameworkCore;
using Undertone.Domain.Consent;
using Undertone.Domain.Journal;
using Undertone.Domain.Journal.Material;

namespace Undertone.Data.Agreements;

/// <summary>
/// The deletion rules, run: "deleted after review" when the person marks a recap reviewed, "deleted after N days" by
/// the background job (<see cref="DeleteDueAsync"/>), "kept until therapy ends" when they say therapy has ended. Only
/// session material is ever touched: "something my therapist said" and voice notes. Every delete leaves no trace in
/// any file (<see cref="Journal.ForgettingDelete"/>).
/// </summary>
public sealed class SessionMaterialRules(IDbContextFactory<UndertoneDbContext> dbFactory)
{
    /// <summary>The current agreement, for the one line on a recap; null when none is recorded.</summary>
    public async Task<CurrentAgreement?> CurrentAgreementAsync(CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await AgreementQueries.CurrentAsync(db, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Everything under <paramref name="kind"/>, oldest session first.</summary>
    public async Task<IReadOnlyList<MaterialItem>> ListAsync(RetentionKind kind, CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await ListAsync(db, kind, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>One recap's session material that has a rule (its rule-less material is not listed).</summary>
    public async Task<IReadOnlyList<MaterialItem>> ForRecapAsync(int recapId, CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var said = await db.Recaps.AsNoTracking().Where(r => r.Id == recapId && r.TherapistSaidRule != null && r.TherapistSaid != "")
                .Select(r => new { r.SessionDate, r.TherapistSaidRule, r.TherapistSaidRuleDays, r.TherapistSaidAgreementId, r.TherapistSaidSince })
                .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            var notes = await db.VoiceNotes.AsNoTracking().Where(n => n.RecapId == recapId && n.Rule != null)
                .Select(n => new { n.Id, n.Rule, n.RuleDays, n.AgreementId, n.CreatedAt })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var items = new List<MaterialItem>();
            if (said is { TherapistSaidSince: { } since })
            {
                items.Add(new MaterialItem(MaterialKind.TherapistSaid, recapId, said.SessionDate, null,
                    new MaterialRule(said.TherapistSaidRule!.Value, said.TherapistSaidRuleDays, said.TherapistSaidAgreementId, since)));
            }

            var date = said?.SessionDate ?? default;
            items.AddRange(notes.Select(n => new MaterialItem(MaterialKind.VoiceNote, recapId, date, n.Id, new MaterialRule(n.Rule!.Value, n.RuleDays, n.AgreementId, n.CreatedAt))));
            return items;
        }
    }

    /// <summary>The "deleted after N days" material whose day is less than a day away (or already here) at <paramref name="now"/>.</summary>
    public async Task<IReadOnlyList<MaterialItem>> DueSoonAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var items = await ListAsync(RetentionKind.DeleteAfterDays, cancellationToken).ConfigureAwait(false);
        return items.Where(i => i.Rule.StatusAt(now) is MaterialStatus.DueSoon or MaterialStatus.Due).ToList();
    }

    /// <summary>Deletes the "deleted after N days" material whose day has come by <paramref name="now"/>, however long ago.</summary>
    public Task<MaterialCounts> DeleteDueAsync(DateTimeOffset now, CancellationToken cancellationToken = default) =>
        DeleteAsync(RetentionKind.DeleteAfterDays, item => item.Rule.StatusAt(now) == MaterialStatus.Due, cancellationToken);

    /// <summary>"Therapy has ended": deletes all the material kept until then.</summary>
    public Task<MaterialCounts> EndTherapyAsync(CancellationToken cancellationToken = default) =>
        DeleteAsync(RetentionKind.KeepUntilTherapyEnds, _ => true, cancellationToken);

    /// <summary>
    /// "I've reviewed this": deletes the recap's material under "deleted after review" and returns it for a short
    /// undo (null when there was none).
    /// </summary>
    public async Task<ReviewedMaterial?> ReviewAsync(int recapId, CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await Journal.ForgettingDelete.RunAsync(
                db,
                async () =>
                {
                    var recap = await db.Recaps.AsNoTracking().Where(r => r.Id == recapId && r.TherapistSaidRule == RetentionKind.DeleteAfterReview)
                        .Select(r => new { r.TherapistSaid, r.TherapistSaidSince, r.TherapistSaidAgreementId })
                        .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
                    var notes = await db.VoiceNotes.AsNoTracking().Include(n => n.Chunks)
                        .Where(n => n.RecapId == recapId && n.Rule == RetentionKind.DeleteAfterReview)
                        .ToListAsync(cancellationToken).ConfigureAwait(false);
                    if (recap is null && notes.Count == 0)
                    {
                        return null;
                    }

                    if (recap is not null)
                    {
                        await ClearTherapistSaidAsync(db, [recapId], cancellationToken).ConfigureAwait(false);
                    }

                    var ids = notes.Select(n => n.Id).ToList();
                    await db.VoiceNotes.Where(n => ids.Contains(n.Id)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                    return new ReviewedMaterial(recapId, recap?.TherapistSaid, recap?.TherapistSaidSince, recap?.TherapistSaidAgreementId, notes);
                },
                cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Puts back what <see cref="ReviewAsync"/> deleted, if the recap is still there (and its field still empty).</summary>
    public async Task UndoReviewAsync(ReviewedMaterial reviewed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reviewed);
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var recap = await db.Recaps.SingleOrDefaultAsync(r => r.Id == reviewed.RecapId, cancellationToken).ConfigureAwait(false);
            if (recap is null)
            {
                return;
            }

            if (reviewed.TherapistSaid is { } words && recap.TherapistSaid.Length == 0)
            {
                recap.TherapistSaid = words;
                recap.TherapistSaidRule = RetentionKind.DeleteAfterReview;
                recap.TherapistSaidSince = reviewed.TherapistSaidSince;
                recap.TherapistSaidAgreementId = reviewed.TherapistSaidAgreementId;
            }

            foreach (var note in reviewed.VoiceNotes)
            {
                if (!await db.VoiceNotes.AnyAsync(n => n.Id == note.Id, cancellationToken).ConfigureAwait(false))
                {
                    db.VoiceNotes.Add(Copy(note));
                }
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>How many pieces are kept until therapy ends (for the Settings action).</summary>
    public async Task<int> CountAsync(RetentionKind kind, CancellationToken cancellationToken = default) =>
        (await ListAsync(kind, cancellationToken).ConfigureAwait(false)).Count;

    private async Task<MaterialCounts> DeleteAsync(RetentionKind kind, Func<MaterialItem, bool> chosen, CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            // A quick look first: most runs find nothing to do and should not pay for a write transaction.
            var candidates = await ListAsync(db, kind, cancellationToken).ConfigureAwait(false);
            if (!candidates.Any(chosen))
            {
                return MaterialCounts.None;
            }

            return await Journal.ForgettingDelete.RunAsync(
                db,
                async () =>
                {
                    // Again inside the write transaction, so nothing written meanwhile is deleted by mistake.
                    var items = (await ListAsync(db, kind, cancellationToken).ConfigureAwait(false)).Where(chosen).ToList();
                    var recapIds = items.Where(i => i.Kind == MaterialKind.TherapistSaid).Select(i => i.RecapId).ToList();
                    var noteIds = items.Where(i => i.Kind == MaterialKind.VoiceNote).Select(i => i.VoiceNoteId!.Value).ToList();
                    var cleared = await ClearTherapistSaidAsync(db, recapIds, cancellationToken).ConfigureAwait(false);
                    var deleted = await db.VoiceNotes.Where(n => noteIds.Contains(n.Id)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                    return new MaterialCounts(cleared, deleted);
                },
                cancellationToken).ConfigureAwait(false);
        }
    }

    private static Task<int> ClearTherapistSaidAsync(UndertoneDbContext db, List<int> recapIds, CancellationToken cancellationToken) =>
        recapIds.Count == 0
            ? Task.FromResult(0)
            : db.Recaps.Where(r => recapIds.Contains(r.Id)).ExecuteUpdateAsync(
                s => s.SetProperty(r => r.TherapistSaid, "")
                    .SetProperty(r => r.TherapistSaidRule, (RetentionKind?)null)
                    .SetProperty(r => r.TherapistSaidRuleDays, (int?)null)
                    .SetProperty(r => r.TherapistSaidAgreementId, (int?)null)
                    .SetProperty(r => r.TherapistSaidSince, (DateTimeOffset?)null)
                    .SetProperty(r => r.Version, r => r.Version + 1),
                cancellationToken);

    private static async Task<List<MaterialItem>> ListAsync(UndertoneDbContext db, RetentionKind kind, CancellationToken cancellationToken)
    {
        var said = await db.Recaps.AsNoTracking().Where(r => r.TherapistSaidRule == kind && r.TherapistSaid != "")
            .Select(r => new { r.Id, r.SessionDate, r.TherapistSaidRuleDays, r.TherapistSaidAgreementId, r.TherapistSaidSince })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var notes = await db.VoiceNotes.AsNoTracking().Where(n => n.Rule == kind)
            .Join(db.Recaps, n => n.RecapId, r => r.Id, (n, r) => new { n.Id, n.RecapId, r.SessionDate, n.RuleDays, n.AgreementId, n.CreatedAt })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var items = new List<MaterialItem>(said.Count + notes.Count);
        items.AddRange(said.Where(r => r.TherapistSaidSince is not null).Select(r => new MaterialItem(
            MaterialKind.TherapistSaid, r.Id, r.SessionDate, null, new MaterialRule(kind, r.TherapistSaidRuleDays, r.TherapistSaidAgreementId, r.TherapistSaidSince!.Value))));
        items.AddRange(notes.Select(n => new MaterialItem(
            MaterialKind.VoiceNote, n.RecapId, n.SessionDate, n.Id, new MaterialRule(kind, n.RuleDays, n.AgreementId, n.CreatedAt))));
        return items.OrderBy(i => i.SessionDate).ThenBy(i => i.RecapId).ToList();
    }

    private static VoiceNote Copy(VoiceNote note) => new()
    {
        Id = note.Id,
        RecapId = note.RecapId,
        Name = note.Name,
        ContentType = note.ContentType,
        DurationMs = note.DurationMs,
        SizeBytes = note.SizeBytes,
        IsFinished = note.IsFinished,
        Rule = note.Rule,
        RuleDays = note.RuleDays,
        AgreementId = note.AgreementId,
        CreatedAt = note.CreatedAt,
        UpdatedAt = note.UpdatedAt,
        Version = note.Version + 1,
        Chunks = note.Chunks.Select(c => new VoiceNoteChunk { VoiceNoteId = note.Id, Sequence = c.Sequence, Data = c.Data }).ToList(),
    };
}
