namespace Undertone.BrowserTests;

/// <summary>
/// A page must not move under the reader while it loads: not when the text's own font arrives, not when the circuit's
/// first render replaces the prerendered page, not when the journal's list draws its first cards. Measured the way
/// Lighthouse's CLS is (the browser's own layout-shift entries), on a phone-sized window, with the sample entries in
/// the journal; issue 19 asks for less than 0.1 (Lighthouse's CLS).
/// </summary>
[Collection(SampleJournalSuite.Name)]
public sealed class LayoutShiftTests(UndertoneAppFixture app)
{
    /// <summary>
    /// A tenth of the goal: these pages now do not move at all, and each shift that was removed was bigger (the font
    /// swap 0.03-0.25 depending on the page, the journal's first cards 0.07).
    /// </summary>
    private const double Allowed = 0.01;

    private static readonly SemaphoreSlim SeedLock = new(1, 1);
    private static bool _seeded;

    /// <summary>Every layout shift from the first paint on, kept by the page before any of its own scripts run.</summary>
    private const string RecordShifts = """
        window.__layoutShifts = [];
        window.__layoutShiftObserver = new PerformanceObserver(list => window.__layoutShifts.push(...list.getEntries()));
        window.__layoutShiftObserver.observe({ type: 'layout-shift', buffered: true });
        """;

    /// <summary>
    /// Once the fonts are in and two more frames are drawn, the shifts so far: their total and, for a failure message,
    /// what moved from where to where.
    /// </summary>
    private const string ReadShifts = """
        async () => {
          await document.fonts.ready;
          await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
          const shifts = [...window.__layoutShifts, ...window.__layoutShiftObserver.takeRecords()].filter(s => !s.hadRecentInput);
          const rect = r => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
          const what = shifts.flatMap(s => (s.sources || []).map(x =>
            `${s.value.toFixed(3)}: ${x.node && x.node.nodeType === 1 ? x.node.outerHTML.slice(0, 80) : x.node ? '"' + x.node.textContent.slice(0, 40) + '"' : '?'} ${rect(x.previousRect)} -> ${rect(x.currentRect)}`));
          return { total: shifts.reduce((sum, s) => sum + s.value, 0), what: what.join('\n') };
        }
        """;

    private async Task SeedAsync()
    {
        await SeedLock.WaitAsync();
        try
        {
            if (!_seeded)
            {
                await app.Services.GetRequiredService<SampleEntries>().AddSampleEntriesAsync();
                _seeded = true;
            }
        }
        finally
        {
            SeedLock.Release();
        }
    }

    [Theory]
    [InlineData("/journal", ".recap-card")]
    [InlineData("/journal/new", "text=Records of this session")]
    [InlineData("/patterns", "[data-testid=themes-table]")]
    [InlineData("/script", "aside[aria-label='Before you ask']")]
    public async Task Page_DoesNotMoveWhileItLoads(string path, string loaded)
    {
        await SeedAsync();
        var page = await app.NewPageAsync(412, 823);
        await using var context = page.Context;
        await page.AddInitScriptAsync(RecordShifts);

        await UndertoneAppFixture.GotoAsync(page, path);
        await page.Locator(loaded).First.WaitForAsync();
        var shifts = await page.EvaluateAsync<JsonElement>(ReadShifts);

        var total = shifts.GetProperty("total").GetDouble();
        Assert.True(total < Allowed, $"{path} moved by {total:0.000} while it loaded:\n{shifts.GetProperty("what").GetString()}");
    }
}
