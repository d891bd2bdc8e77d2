using System.Text.RegularExpressions;

namespace Undertone.Web.Tests.Access;

/// <summary>Nothing typed into Undertone lands in the browser's own autofill store.</summary>
public sealed partial class AutocompleteTests(UndertoneWebFactory factory) : IClassFixture<UndertoneWebFactory>
{
    private static readonly string[] NotText = ["radio", "checkbox", "hidden", "number", "button", "submit", "file", "range", "reset"];

    public static TheoryData<string> Pages => [.. AppPages.All];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryTextInput_HasAutocompleteOff(string path)
    {
        using var client = factory.CreateClient();
        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));

        var fields = Field().Matches(html).Select(m => m.Value)
            .Where(tag => !NotText.Contains(Type().Match(tag) is { Success: true } t ? t.Groups[1].Value : "text", StringComparer.OrdinalIgnoreCase))
            .ToList();

        Assert.All(fields, tag => Assert.Contains("autocomplete=\"off\"", tag, StringComparison.Ordinal));
        if (path is "/search" or "/journal/new" or "/script" or "/questions")
        {
            Assert.NotEmpty(fields);
        }
    }

    [GeneratedRegex("<(input|textarea)\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Field();

    [GeneratedRegex("\\btype=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Type();
}
