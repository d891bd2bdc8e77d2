namespace Undertone.Domain.Tests.Journal.Patterns;

public class PatternAnalysisTests
{
    private static readonly DateOnly Today = Start.AddDays(60);

    [Fact]
    public void Analyze_EmptyJournal_GivesAnEmptyReport()
    {
        var report = PatternAnalysis.Analyze([], [], [], Today);

        Assert.Equal(0, report.RecapCount);
        Assert.Empty(report.Themes.Themes);
        Assert.Empty(report.Phrases);
        Assert.Empty(report.Revisit);
        Assert.Null(report.Nudge);
    }

    [Fact]
    public void Analyze_EmptyJournalWithAnOpenQuestion_StillListsTheQuestion()
    {
        var report = PatternAnalysis.Analyze([], [new PatternQuestion(1, "How do I rest?", Today, true)], [], Today);

        Assert.Equal("How do I rest?", Assert.Single(report.Revisit).Text);
    }

    [Fact]
    public void Analyze_PutsItAllTogether()
    {
        PatternRecap[] recaps =
        [
            Recap(1, themes: ["work"], cameUp: "Setting limits at work.", revisit: "my manager"),
            Recap(2, themes: ["work"], cameUp: "Setting limits again."),
            Recap(3, themes: ["work"], cameUp: "Setting limits felt scary.", nextSteps: "Try once"),
        ];

        var report = PatternAnalysis.Analyze(recaps, [], [], Today);

        Assert.Equal(3, report.RecapCount);
        Assert.Equal("work", Assert.Single(report.Themes.Themes).Name);
        Assert.Equal("setting limits", report.Phrases[0].Text);
        Assert.Equal("my manager", Assert.Single(report.Revisit).Text);
        Assert.Equal("work", report.Nudge?.ThemeName);
    }

    [Fact]
    public void Prep_EmptyJournal_IsEmpty()
    {
        var sheet = PatternAnalysis.Prep([], [], [], Today);

        Assert.True(sheet.IsEmpty);
        Assert.Null(sheet.LastSession);
    }

    [Fact]
    public void Prep_HasQuestionsRevisitItemsRecurringThemesAndLastNextSteps()
    {
        PatternRecap[] recaps =
        [
            Recap(1, themes: ["sleep", "once"], nextSteps: "old step", revisit: "the dream"),
            Recap(3, themes: ["sleep"], nextSteps: "- walk after lunch\n- text Jo"),
            Recap(2, themes: ["sleep", "work"], revisit: "work party"),
        ];
        PatternQuestion[] questions =
        [
            new(7, "Why mornings?", Start, true),
            new(8, "Resolved one", Start, false),
        ];

        var sheet = PatternAnalysis.Prep(recaps, questions, [RevisitItemKey.For(2, "work party")], Today);

        Assert.Equal(["Why mornings?"], sheet.OpenQuestions.Select(q => q.Text));
        Assert.Equal(["the dream"], sheet.RevisitItems.Select(q => q.Text));
        Assert.Equal(["sleep"], sheet.TopThemes.Select(t => t.Name));
        Assert.Equal(3, sheet.LastSession?.RecapId);
        Assert.Equal(["walk after lunch", "text Jo"], sheet.LastSessionNextSteps);
        Assert.False(sheet.IsEmpty);
    }

    [Fact]
    public void Prep_TopThemes_AreLimited()
    {
        var themes = Enumerable.Range(0, 9).Select(i => "theme " + i).ToArray();
        var recaps = Tagged(themes, themes);

        var sheet = PatternAnalysis.Prep(recaps, [], [], Today);

        Assert.Equal(PatternOptions.Default.PrepThemes, sheet.TopThemes.Count);
    }

    [Fact]
    public void Analyze_NullRecapsOrQuestions_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => PatternAnalysis.Analyze(null!, [], [], Today));
        Assert.Throws<ArgumentNullException>(() => PatternAnalysis.Analyze([], null!, [], Today));
    }
}
