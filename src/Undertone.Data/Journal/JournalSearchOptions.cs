using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Undertone.Data.Journal;

/// <summary>Gives a database other than SQLite its own search engine (server mode's PostgreSQL).</summary>
public static class JournalSearchOptions
{
    /// <summary><see cref="JournalSearch"/> on contexts made from these options runs <paramref name="engine"/>.</summary>
    public static DbContextOptionsBuilder UseJournalSearchEngine(this DbContextOptionsBuilder options, IJournalSearchEngine engine)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(engine);
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new JournalSearchEngineExtension(engine));
        return options;
    }
}
