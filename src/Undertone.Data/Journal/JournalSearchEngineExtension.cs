namespace Undertone.Data.Journal;

/// <summary>Carries a database's search engine in its context options (<see cref="JournalSearchOptions"/>).</summary>
internal sealed class JournalSearchEngineExtension(IJournalSearchEngine engine) : CarrierOptionsExtension("JournalSearchEngine")
{
    public IJournalSearchEngine Engine { get; } = engine;
}
