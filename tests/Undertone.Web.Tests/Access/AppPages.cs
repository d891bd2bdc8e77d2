namespace Undertone.Web.Tests.Access;

/// <summary>The app's pages a person opens from the menu or a link, listed once for the tests that visit every one.</summary>
public static class AppPages
{
    /// <summary>Every page that shows or takes what a person wrote: the menu's pages and the new-recap page.</summary>
    public static readonly IReadOnlyList<string> All =
        ["/", "/script", "/journal", "/journal/new", "/questions", "/patterns", "/prep", "/search", "/settings", "/journal/themes"];
}
