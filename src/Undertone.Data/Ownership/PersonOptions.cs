using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Undertone.Data.Ownership;

/// <summary>Turns on "every row belongs to one person" for a context's options (server mode only).</summary>
public static class PersonOptions
{
    /// <summary>
    /// Every entity gets an owner id, reads see only <paramref name="person"/>'s rows and saves stamp their id
    /// (<see cref="OwnerStamp"/>). For a shared database only: the SQLite journal's migrations have no owner column.
    /// </summary>
    public static DbContextOptionsBuilder UseCurrentPerson(this DbContextOptionsBuilder options, ICurrentPerson person, string? ownerDefaultSql = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(person);
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new PersonOptionsExtension(person, ownerDefaultSql));
        return options.AddInterceptors(new OwnerStamp(person));
    }
}
