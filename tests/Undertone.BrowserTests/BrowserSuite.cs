namespace Undertone.BrowserTests;

/// <summary>Most browser tests share one running app and one Chromium (starting them is the slow part).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserSuite : ICollectionFixture<UndertoneAppFixture>
{
    public const string Name = "Browser";
}

/// <summary>
/// Tests that read the whole journal (patterns, the prep sheet) get an app of their own, so recaps written by other
/// tests can never change what they see.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SeededJournalSuite : ICollectionFixture<UndertoneAppFixture>
{
    public const string Name = "Browser, seeded journal";
}

/// <summary>
/// The published download: its fixture may run <c>dotnet publish</c>, which takes both cores for a few minutes, so
/// it runs alone, after the other collections, and never slows their pages past their timeouts.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PublishedAppSuite : ICollectionFixture<PublishedApp>
{
    public const string Name = "Published app";
}

/// <summary>Pages measured as Lighthouse measures them, with the sample entries in an app of their own.</summary>
[CollectionDefinition(Name)]
public sealed class SampleJournalSuite : ICollectionFixture<UndertoneAppFixture>
{
    public const string Name = "Browser, sample entries";
}
