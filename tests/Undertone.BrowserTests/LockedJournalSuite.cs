namespace Undertone.BrowserTests;

/// <summary>The passphrase lock's browser tests get an app of their own: its journal ends up encrypted, and locking ends every session.</summary>
[CollectionDefinition(Name)]
public sealed class LockedJournalSuite : ICollectionFixture<UndertoneAppFixture>
{
    public const string Name = "Browser, locked journal";
}
