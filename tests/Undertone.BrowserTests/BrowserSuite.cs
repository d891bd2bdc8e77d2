namespace Undertone.BrowserTests;

/// <summary>All browser tests share one running app and one Chromium (starting them is the slow part).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserSuite : ICollectionFixture<UndertoneAppFixture>
{
    public const string Name = "Browser";
}
