using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components.Sections;
using Microsoft.AspNetCore.Components.Web;
using Undertone.Web.Components.Pages.Patterns;

namespace Undertone.Web.Tests.Patterns;

public sealed partial class PatternsPagesTests : ComponentTestBase
{
    private async Task<(TestJournal Journal, PatternsStore Patterns)> UseStoresAsync()
    {
        Services.AddSingleton<PatternsStore>();
        var journal = await UseJournalAsync();
        return (journal, new PatternsStore(Database, Clock));
    }

    private static async Task SeedAsync(TestJournal journal)
    {
        var today = journal.Recaps.Today;
        string[] texts = ["Inner critic at work.", "A quiet week.", "The inner critic again.", "Inner critic, louder."];
        for (var i = 0; i < texts.Length; i++)
        {
            var saved = await journal.Recaps.SaveRecapAsync(
                null,
                new RecapDraft
                {
                    SessionDate = today.AddDays(-7 * (texts.Length - i)),
                    WhatCameUp = texts[i],
                    ToRevisit = i == 0 ? "my manager's email" : "",
                    NextSteps = i == texts.Length - 1 ? "Walk after lunch" : "",
                    ThemeNames = ["work"],
                },
                0);
            Assert.True(saved.IsSaved);
        }

        await journal.Questions.AddQuestionAsync("Where does the critic come from?");
    }

    /// <summary>The four seeded recaps and the open question, shown on <typeparamref name="TPage"/>.</summary>
    private async Task<(TestJournal Journal, PatternsStore Patterns, IRenderedComponent<TPage> Page)> RenderSeededAsync<TPage>()
        where TPage : IComponent
    {
        var (journal, patterns) = await UseStoresAsync();
        await SeedAsync(journal);
        return (journal, patterns, Render<TPage>());
    }

    /// <summary>Waits for <paramref name="item"/> in the revisit list, presses its <paramref name="button"/>, and waits for it to leave.</summary>
    private static void MarkRevisitItem(IRenderedComponent<PatternsPage> cut, string item, string button)
    {
        cut.WaitForAssertion(() => Assert.Contains(item, cut.Find("[data-testid=revisit]").TextContent, StringComparison.Ordinal));

        cut.FindAll("[data-testid=revisit] button").First(b => b.TextContent.Contains(button, StringComparison.Ordinal)).Click();

        cut.WaitForAssertion(() => Assert.DoesNotContain(item, cut.Find("[data-testid=revisit]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Patterns_EmptyJournal_ShowsAFriendlyEmptyState_AndSamplesFillIt()
    {
        await UseStoresAsync();
        var cut = Render<PatternsPage>();
        cut.WaitForAssertion(() => Assert.Contains("Patterns show up after a few recaps", cut.Markup, StringComparison.Ordinal));

        cut.FindAll("button").First(b => b.TextContent.Contains("Try it with sample entries", StringComparison.Ordinal)).Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=themes-table]")));
        Assert.Contains("Boundaries", cut.Find("[data-testid=themes-table]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=patterns-empty]"));
    }

    [Fact]
    public async Task Patterns_ShowsThePhraseWithItsCount_AndLinksToItsRecaps()
    {
        var (_, _, cut) = await RenderSeededAsync<PatternsPage>();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=phrases]")));
        var item = cut.FindAll("[data-testid=phrases] li").Single(li => li.TextContent.Contains("inner critic", StringComparison.Ordinal));
        Assert.Contains("in 3 of your last 4 recaps", item.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, item.QuerySelectorAll("a[href^='journal/']").Length);
        var row = cut.FindAll("[data-testid=themes-table] tbody tr").Single();
        Assert.Contains("4 of 4", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Patterns_AThemeLinksToItsRecaps()
    {
        var (_, _, cut) = await RenderSeededAsync<PatternsPage>();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=themes-table]")));

        cut.Find("[data-testid=themes-table] button.link-button").Click();

        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("[data-testid=themes-table] a[href^='journal/']").Count));
        Assert.Equal("true", cut.Find("[data-testid=themes-table] button.link-button").GetAttribute("aria-expanded"));
    }

    [Fact]
    public async Task Patterns_AddAsATheme_TagsTheRecapsInOneClick()
    {
        var (journal, _, cut) = await RenderSeededAsync<PatternsPage>();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=phrases]")));

        cut.FindAll("button").Single(b => b.GetAttribute("aria-label") == "Add as a theme: “inner critic”").Click();

        cut.WaitForAssertion(() => Assert.Contains("inner critic", cut.Find("[data-testid=themes-table]").TextContent, StringComparison.Ordinal));
        var theme = (await journal.Themes.ListThemesAsync()).Single(t => t.Name == "inner critic");
        Assert.Equal(3, theme.RecapCount);
        Assert.Contains("already a theme", cut.Find("[data-testid=phrases]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Patterns_MarkAddressed_TakesTheItemOffTheList()
    {
        var (_, patterns, cut) = await RenderSeededAsync<PatternsPage>();

        MarkRevisitItem(cut, "my manager's email", "Mark addressed");

        Assert.DoesNotContain((await patterns.GetReportAsync()).Revisit, e => e.Text == "my manager's email");
    }

    [Fact]
    public async Task Patterns_RevisitItems_ShowADateNotHowManyDaysAgo()
    {
        var (journal, _, cut) = await RenderSeededAsync<PatternsPage>();
        cut.WaitForAssertion(() => Assert.Contains("my manager's email", cut.Find("[data-testid=revisit]").TextContent, StringComparison.Ordinal));

        var revisit = string.Join(' ', cut.Find("[data-testid=revisit]").TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("days ago", revisit, StringComparison.Ordinal);
        Assert.Contains("From the recap of " + PatternsText.Date(journal.Recaps.Today.AddDays(-28)), revisit, StringComparison.Ordinal);
        Assert.Contains("Open question, written on " + PatternsText.Date(journal.Recaps.Today), revisit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Patterns_EveryButtonsAccessibleName_ContainsItsVisibleText()
    {
        var (_, _, cut) = await RenderSeededAsync<PatternsPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=phrases] button")));

        foreach (var button in cut.FindAll("button"))
        {
            var visible = string.Join(' ', button.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (button.GetAttribute("aria-label") is { } name && visible.Length > 0)
            {
                Assert.Contains(visible, name, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public async Task Patterns_MarkAsked_MovesTheQuestionOn()
    {
        var (journal, _, cut) = await RenderSeededAsync<PatternsPage>();

        MarkRevisitItem(cut, "Where does the critic come from?", "Mark as asked");

        var question = Assert.Single(await journal.Questions.ListQuestionsAsync());
        Assert.Equal(QuestionStatus.Asked, question.Status);
    }

    [Fact]
    public async Task Prep_EmptyJournal_SaysSoKindly()
    {
        await UseStoresAsync();

        var cut = Render<PrepPage>();

        cut.WaitForAssertion(() => Assert.Contains("Nothing to bring yet", cut.Find("[data-testid=prep-empty]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Prep_ListsQuestionsRevisitItemsThemesAndLastNextSteps()
    {
        var (_, _, cut) = await RenderSeededAsync<PrepPage>();

        cut.WaitForAssertion(() => Assert.Contains("Where does the critic come from?", cut.Find("[data-testid=prep-questions-list]").TextContent, StringComparison.Ordinal));
        TextAssert.Says(cut.Markup, "my manager's email", "Walk after lunch", "Print this page");
        Assert.Contains(cut.FindAll("li"), li => li.TextContent.Contains("work — in 4 of your last 4 sessions, 4 in all", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Patterns_Nudge_IsWarm_AndDoesNotScold()
    {
        var (_, _, cut) = await RenderSeededAsync<PatternsPage>();

        var nudge = cut.WaitForElement("[data-testid=nudge]").TextContent;

        Assert.Contains("“work” has come up in 4 of your last 4 sessions.", nudge, StringComparison.Ordinal);
        Assert.Contains(cut.FindAll("[data-testid=themes-table] tr"), tr => tr.TextContent.Contains("work", StringComparison.Ordinal)
            && tr.TextContent.Contains("4 of 4", StringComparison.Ordinal));
        Assert.Contains("Maybe bring it into the room next time.", nudge, StringComparison.Ordinal);
        Assert.DoesNotContain("without", nudge, StringComparison.Ordinal);
        Assert.DoesNotContain("in a row", nudge, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Patterns_Chart_DrawsEachThemesCounts_AndNamesItsLinesInWords()
    {
        var (_, patterns, cut) = await RenderSeededAsync<PatternsPage>();
        var chart = cut.WaitForElement("[data-testid=theme-chart]");
        var themes = (await patterns.GetReportAsync()).Themes;

        // Each theme's line goes through one point per session, as high as its count of the recent sessions.
        var theme = Assert.Single(themes.Themes);
        var points = PathPoints().Matches(chart.QuerySelector(".chart-series-0 .chart-line")!.GetAttribute("d")!)
            .Select(m => double.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture));
        Assert.Equal(theme.RollingCount.Select(c => 100 - (100.0 * c / themes.RecentSessions)), points);
        Assert.Equal(themes.Timeline.Count, theme.RollingCount.Count);
        Assert.Contains(4, theme.RollingCount);

        // For screen readers: the drawing is an image with a title naming its lines, the legend lists them, and the
        // chart's table says the same numbers.
        var svg = chart.QuerySelector("svg[role=img]")!;
        var title = cut.Find("#" + svg.GetAttribute("aria-labelledby"));
        Assert.Contains("work", title.TextContent, StringComparison.Ordinal);
        Assert.Equal(["work"], chart.QuerySelectorAll(".chart-legend li").Select(li => li.TextContent.Trim()));
        Assert.Contains("last 4 sessions", cut.Find("#" + chart.GetAttribute("aria-describedby")).TextContent, StringComparison.Ordinal);
        var tableCells = cut.FindAll(".chart-data tbody td").Select(td => td.TextContent.Split(' ')[0]);
        Assert.Equal(theme.RollingCount.Select(c => c.ToString(CultureInfo.InvariantCulture)), tableCells);
    }

    [Fact]
    public async Task Patterns_WithEntries_HoldsNoMudBlazorComponent_AndCallsNoScript()
    {
        var (_, _, cut) = await RenderSeededAsync<PatternsPage>();
        cut.WaitForElement("[data-testid=theme-chart]");
        cut.WaitForElement("[data-testid=revisit]");

        // MudChart was a tree of components per series and axis, held by every visitor; MudText, MudPaper, MudAlert
        // and the rest one each (docs/decisions/015-lighter-circuits.md). The page is its own markup now.
        var components = cut.FindComponents<IComponent>().Select(c => c.Instance.GetType()).ToList();
        Assert.DoesNotContain(components, type => type.Namespace?.StartsWith("MudBlazor", StringComparison.Ordinal) == true);
        Assert.Equal([typeof(PageTitle), typeof(SectionContent), typeof(ThemeChart)], components);
        Assert.Empty(JSInterop.Invocations);
    }

    [Fact]
    public async Task Prep_HoldsNoMudBlazorComponent_AndItsButtonsStillPrintAndDownload()
    {
        var (_, _, cut) = await RenderSeededAsync<PrepPage>();
        cut.WaitForElement("[data-testid=prep-questions-list]");

        Assert.DoesNotContain(cut.FindComponents<IComponent>(), c => c.Instance.GetType().Namespace?.StartsWith("MudBlazor", StringComparison.Ordinal) == true);
        Assert.Equal("api/export/bring-to-session.pdf", cut.FindAll("a[download]").Single(a => a.TextContent.Contains("Download PDF", StringComparison.Ordinal)).GetAttribute("href"));
        cut.FindAll("button").Single(b => b.TextContent.Contains("Print this page", StringComparison.Ordinal)).Click();
        Assert.Single(JSInterop.Invocations, i => i.Identifier == "print");
    }

    [GeneratedRegex(@"[ML](?<x>[\d.]+) (?<y>[\d.]+)")]
    private static partial Regex PathPoints();
}
