using Microsoft.Extensions.DependencyInjection;

namespace Undertone.Data.Tests.Journal;

/// <summary>The journal's stores on one database, for tests that arrange recaps, questions and themes together.</summary>
public sealed record TestJournal(RecapStore Recaps, QuestionStore Questions, ThemeStore Themes, JournalSearch Search, SampleEntries Samples)
{
    public TestJournal(IDbContextFactory<UndertoneDbContext> factory, TimeProvider clock)
        : this(new RecapStore(factory, clock), new QuestionStore(factory, clock), new ThemeStore(factory), new JournalSearch(factory), new SampleEntries(factory, clock))
    {
    }

    /// <summary>The stores an app (or a test's service collection) has registered.</summary>
    public static TestJournal From(IServiceProvider services) => new(
        services.GetRequiredService<RecapStore>(), services.GetRequiredService<QuestionStore>(), services.GetRequiredService<ThemeStore>(),
        services.GetRequiredService<JournalSearch>(), services.GetRequiredService<SampleEntries>());
}
