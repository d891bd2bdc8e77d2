using System.Text.RegularExpressions;

namespace Undertone.Web.Tests.Hosting;

/// <summary>
/// What a first visit downloads: each page's HTML with the styles and scripts it links, as the browser asks for them
/// (compressed). Goal (issue 19): at most 200 KiB per page.
/// </summary>
public sealed partial class FirstLoadTests(UndertoneWebFactory factory, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<UndertoneWebFactory>
{
    private const long Budget = 200 * 1024;

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/")]
    [InlineData("/script")]
    [InlineData("/journal")]
    [InlineData("/journal/new")]
    [InlineData("/patterns")]
    [InlineData("/questions")]
    [InlineData("/prep")]
    [InlineData("/search")]
    [InlineData("/settings")]
    [InlineData("/settings/data")]
    public async Task EveryPage_WithWhatItLinks_IsUnder200KiB_Compressed(string page)
    {
        using var html = await GetAsync(page);
        var markup = await DecodedTextAsync(html);
        var total = await SizeAsync(html);
        var sizes = new List<string> { $"{page}: {total:N0} B" };
        foreach (var asset in LinkedAssets().Matches(markup).Select(m => m.Groups["url"].Value).Distinct(StringComparer.Ordinal))
        {
            using var response = await GetAsync(asset.StartsWith('/') ? asset : "/" + asset);
            Assert.True(response.IsSuccessStatusCode, $"{asset} answered {(int)response.StatusCode}");
            var size = await SizeAsync(response);
            total += size;
            sizes.Add($"{asset}: {size:N0} B ({string.Join(',', response.Content.Headers.ContentEncoding)})");
        }

        var report = $"{total:N0} bytes on first load:\n{string.Join('\n', sizes)}";
        output.WriteLine(report);
        Assert.True(total <= Budget, report);
        Assert.Contains(html.Content.Headers.ContentEncoding, e => e is "br" or "gzip");
    }

    [Fact]
    public async Task NothingIsCompressed_WhenTheBrowserDoesNotAskForIt()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/script", UriKind.Relative));
        using var response = await _client.SendAsync(request);

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("<html", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        return await _client.SendAsync(request);
    }

    private static async Task<long> SizeAsync(HttpResponseMessage response) => (await response.Content.ReadAsByteArrayAsync()).LongLength;

    private static async Task<string> DecodedTextAsync(HttpResponseMessage response)
    {
        var body = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var encoding = response.Content.Headers.ContentEncoding;
        Stream decoded = encoding.Contains("br") ? new System.IO.Compression.BrotliStream(body, System.IO.Compression.CompressionMode.Decompress)
            : encoding.Contains("gzip") ? new System.IO.Compression.GZipStream(body, System.IO.Compression.CompressionMode.Decompress)
            : body;
        using var reader = new StreamReader(decoded);
        return await reader.ReadToEndAsync();
    }

    // Stylesheets and scripts the page links (not the WebSocket traffic that follows).
    [GeneratedRegex("""<(?:link[^>]+rel="stylesheet"[^>]*href|script[^>]*src)="(?<url>[^"#?]+)[^"]*""", RegexOptions.CultureInvariant)]
    private static partial Regex LinkedAssets();
}
