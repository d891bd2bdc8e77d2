using Microsoft.EntityFrameworkCore;

namespace Undertone.Data.Agreements;

/// <summary>The one definition of "the agreement in force", shared by the store and the stamp on new material.</summary>
internal static class AgreementQueries
{
    /// <summary>The agreement asked about most recently (the latest recorded one on a tie), or null.</summary>
    public static async Task<CurrentAgreement?> CurrentAsync(UndertoneDbContext db, CancellationToken cancellationToken)
    {
        var row = await db.ScriptAgreements.AsNoTracking()
            .OrderByDescending(a => a.AskedOn).ThenByDescending(a => a.Id)
            .Join(db.SavedScripts, a => a.ScriptId, s => s.Id, (a, s) => new { Agreement = a, s.Name })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return row is null ? null : new CurrentAgreement(row.Agreement.Id, row.Agreement.ScriptId, row.Name, row.Agreement.ToConsentAgreement());
    }

    /// <summary>As <see cref="CurrentAsync"/>, for the synchronous save path.</summary>
    public static CurrentAgreement? Current(UndertoneDbContext db)
    {
        var row = db.ScriptAgreements.AsNoTracking()
            .OrderByDescending(a => a.AskedOn).ThenByDescending(a => a.Id)
            .Join(db.SavedScripts, a => a.ScriptId, s => s.Id, (a, s) => new { Agreement = a, s.Name })
            .FirstOrDefault();
        return row is null ? null : new CurrentAgreement(row.Agreement.Id, row.Agreement.ScriptId, row.Name, row.Agreement.ToConsentAgreement());
    }
}
