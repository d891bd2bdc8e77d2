using System.Threading.Channels;
using Microsoft.JSInterop;

namespace Undertone.Web.Tests.Export;

/// <summary>The journal list's "Download PDF", end to end through the real store and PDF code.</summary>
public sealed class RecapsPdfDownloadTests : ComponentTestBase
{
    private readonly Channel<byte[]> _downloads = Channel.CreateUnbounded<byte[]>();

    private async Task<TestJournal> UseStoresAsync()
    {
        var journal = await UseJournalAsync();
        Services.AddSingleton<SettingsStore>();
        Services.AddSingleton<PdfExports>();
        JSInterop.SetupVoid("undertone.downloadPdf", invocation =>
        {
            using var copy = new MemoryStream();
            ((DotNetStreamReference)invocation.Arguments[1]!).Stream.CopyTo(copy);
            return _downloads.Writer.TryWrite(copy.ToArray());
        }).SetVoidResult();
        return journal;
    }

    private static async Task SaveAsync(TestJournal store, DateOnly date, string whatCameUp, string therapistSaid = "", string[]? themes = null)
    {
        var draft = new RecapDraft { SessionDate = date, WhatCameUp = whatCameUp, TherapistSaid = therapistSaid, ThemeNames = themes ?? [] };
        Assert.True((await store.Recaps.SaveRecapAsync(null, draft, 0)).IsSaved);
    }

    private IRenderedComponent<RecapsPdfDownload> RenderWithDialogs(DateOnly? from, DateOnly? to, ThemeUsage? theme = null)
    {
        Render<MudDialogProvider>();
        return Render<RecapsPdfDownload>(p => p.Add(c => c.From, from).Add(c => c.To, to)
            .Add(c => c.ThemeId, theme?.Id).Add(c => c.ThemeName, theme?.Name));
    }

    /// <summary>Presses "Download PDF" and reads back the file the page hands to the browser.</summary>
    private async Task<DownloadedPdf> DownloadAsync(IRenderedComponent<RecapsPdfDownload> cut)
    {
        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Download PDF").Click();
        return DownloadedPdf.Read(await _downloads.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30)));
    }

    private string DownloadedName => (string)JSInterop.Invocations.Single(i => i.Identifier == "undertone.downloadPdf").Arguments[0]!;

    [Fact]
    public async Task Download_UsesTheFilterDates_AndNamesTheFileByThemOnly()
    {
        var store = await UseStoresAsync();
        await SaveAsync(store, new DateOnly(2026, 9, 30), "Before the range.");
        await SaveAsync(store, new DateOnly(2026, 10, 5), "Inside — Zoë’s “first”.", therapistSaid: "Their words.");
        await SaveAsync(store, new DateOnly(2026, 11, 2), "After the range.");
        var cut = RenderWithDialogs(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31));
        Assert.Contains("Recaps from 1 Oct 2026 to 31 Oct 2026, every theme.", cut.Markup, StringComparison.Ordinal);

        var pdf = await DownloadAsync(cut);

        Assert.Equal("undertone-recaps-2026-10-01-to-2026-10-31.pdf", DownloadedName);
        TextAssert.Says(pdf.Text, "Inside — Zoë’s “first”.");
        TextAssert.DoesNotSay(pdf.Text, "Before the range.", "After the range.", "Their words.");
    }

    [Fact]
    public async Task FilteredByATheme_ThePdfHoldsOnlyThoseRecaps_AndSaysWhichTheme()
    {
        var store = await UseStoresAsync();
        await SaveAsync(store, new DateOnly(2026, 10, 5), "About sleep.", themes: ["sleep"]);
        await SaveAsync(store, new DateOnly(2026, 10, 12), "About work.", themes: ["work"]);
        await SaveAsync(store, new DateOnly(2026, 10, 19), "Sleep and work.", themes: ["sleep", "work"]);
        var sleep = (await store.Themes.ListThemesAsync()).Single(t => t.Name == "sleep");
        var cut = RenderWithDialogs(null, null, sleep);
        Assert.Contains("All your recaps, only the theme “sleep”.", cut.Markup, StringComparison.Ordinal);

        var pdf = await DownloadAsync(cut);

        TextAssert.Says(pdf.Text, "About sleep.", "Sleep and work.", "2 sessions · only the theme “sleep”");
        TextAssert.DoesNotSay(pdf.Text, "About work.");
    }

    [Fact]
    public async Task AThemeDeletedMeanwhile_SaysSo_AndMakesNothing()
    {
        var store = await UseStoresAsync();
        await SaveAsync(store, new DateOnly(2026, 10, 5), "About sleep.", themes: ["sleep"]);
        var cut = RenderWithDialogs(null, null, new ThemeUsage(999, "gone", null, 0, false));

        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Download PDF").Click();

        cut.WaitForAssertion(() => Assert.Contains("That theme isn't in your journal any more.", cut.Find("[role=alert]").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain(JSInterop.Invocations, i => i.Identifier == "undertone.downloadPdf");
    }

    [Fact]
    public async Task TickingTherapistWords_PutsThemInTheFile()
    {
        var store = await UseStoresAsync();
        await SaveAsync(store, new DateOnly(2026, 10, 5), "Mine.", therapistSaid: "Their words.");
        var cut = RenderWithDialogs(null, null);

        cut.Find("input[type=checkbox]").Change(true);
        var pdf = await DownloadAsync(cut);

        TextAssert.Says(pdf.Text, "Their words.");
        Assert.Equal("undertone-recaps-2026-10-05-to-2026-10-05.pdf", DownloadedName);
    }

    [Fact]
    public async Task Download_HonoursThePaperSetting()
    {
        var store = await UseStoresAsync();
        await SaveAsync(store, new DateOnly(2026, 10, 5), "Mine.");
        await Services.GetRequiredService<SettingsStore>().SetAsync(SettingKeys.PdfPaper, "UsLetter");
        var cut = RenderWithDialogs(null, null);

        var pdf = await DownloadAsync(cut);

        Assert.Equal(792, pdf.PageHeight, 0);
    }

    [Fact]
    public async Task EndBeforeStart_SaysSo_AndMakesNothing()
    {
        await UseStoresAsync();
        var cut = RenderWithDialogs(new DateOnly(2026, 10, 31), new DateOnly(2026, 10, 1));

        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Download PDF").Click();

        cut.WaitForAssertion(() => Assert.Contains("The end date comes before the start date.", cut.Find("[role=alert]").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain(JSInterop.Invocations, i => i.Identifier == "undertone.downloadPdf");
    }
}
