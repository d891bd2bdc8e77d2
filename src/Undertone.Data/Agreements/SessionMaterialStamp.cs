using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Undertone.Domain.Journal;
using Undertone.Domain.Journal.Material;

namespace Undertone.Data.Agreements;

/// <summary>
/// The one place that gives "something my therapist said" its deletion rule: when a save first fills the field, it
/// gets the rule of the agreement in force then (<see cref="MaterialRule.For"/>), and keeps it however the agreement
/// changes later; when a save empties the field, the rule goes with it. The person's own fields never get a rule.
/// Voice notes get theirs when recording starts (<see cref="Journal.VoiceNoteStore"/>).
/// </summary>
public sealed class SessionMaterialStamp : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is UndertoneDbContext db && Pending(db) is { Count: > 0 } recaps)
        {
            Stamp(recaps, AgreementQueries.Current(db));
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is UndertoneDbContext db && Pending(db) is { Count: > 0 } recaps)
        {
            Stamp(recaps, await AgreementQueries.CurrentAsync(db, cancellationToken).ConfigureAwait(false));
        }

        return result;
    }

    /// <summary>Clears the rule of emptied fields; returns the recaps whose field was just filled.</summary>
    private static List<Recap> Pending(UndertoneDbContext db)
    {
        db.ChangeTracker.DetectChanges();
        var pending = new List<Recap>();
        foreach (var entry in db.ChangeTracker.Entries<Recap>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            var recap = entry.Entity;
            if (string.IsNullOrEmpty(recap.TherapistSaid))
            {
                if (recap.TherapistSaidSince is not null || recap.TherapistSaidRule is not null)
                {
                    recap.TherapistSaidRule = null;
                    recap.TherapistSaidRuleDays = null;
                    recap.TherapistSaidAgreementId = null;
                    recap.TherapistSaidSince = null;
                }
            }
            else if (recap.TherapistSaidSince is null)
            {
                pending.Add(recap);
            }
        }

        return pending;
    }

    private static void Stamp(List<Recap> recaps, CurrentAgreement? current)
    {
        foreach (var recap in recaps)
        {
            var since = recap.UpdatedAt == default ? recap.CreatedAt : recap.UpdatedAt;
            var rule = MaterialRule.For(current?.Agreement, current?.Id, since);
            recap.TherapistSaidSince = since;
            recap.TherapistSaidAgreementId = current?.Id;
            recap.TherapistSaidRule = rule?.Kind;
            recap.TherapistSaidRuleDays = rule?.Days;
        }
    }
}
