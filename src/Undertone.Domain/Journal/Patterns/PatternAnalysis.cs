namespace Undertone.Domain.Journal.Patterns;

/// <summary>
/// The whole patterns analysis in one call, for the patterns page and the bring-to-session sheet. Pure: the
/// same recaps, questions, marks and day always give the same result, in the same order. An empty journal
/// gives an empty result.
/// </summary>
public static class PatternAnalysis
{
    public static PatternReport Analyze(
        IEnumerable<PatternRecap> recaps,
        IEnumerable<PatternQuestion> questions,
        IReadOnlyCollection<RevisitItemKey> addressed,
        DateOnly today,
        PatternOptions? options = null)
    {
        options ??= PatternOptions.Default;
        var sessions = RecapOrder.Chronological(recaps);
        var revisit = RevisitAnalysis.Find(sessions, questions, addressed, today);
        if (sessions.Length == 0)
        {
            return PatternReport.Empty with { Revisit = revisit };
        }

        var themes = ThemeAnalysis.Analyze(sessions, options);
        return new PatternReport(
            sessions.Length,
            themes,
            PhraseAnalysis.Find(sessions, options),
            revisit,
            NudgeAnalysis.Find(sessions, themes, options),
            sessions.DistinctBy(s => s.Id).ToDictionary(s => s.Id, s => s.SessionDate));
    }

    public static PrepSheet Prep(
        IEnumerable<PatternRecap> recaps,
        IEnumerable<PatternQuestion> questions,
        IReadOnlyCollection<RevisitItemKey> addressed,
        DateOnly today,
        PatternOptions? options = null)
    {
        options ??= PatternOptions.Default;
        var sessions = RecapOrder.Chronological(recaps);
        var themes = ThemeAnalysis.Analyze(sessions, options);
        var last = sessions.Length == 0 ? null : sessions[^1];
        return new PrepSheet(
            today,
            RevisitAnalysis.OpenQuestions(questions, today),
            RevisitAnalysis.Items(sessions, addressed, today),
            [.. themes.Themes.Where(t => t.TotalCount >= 2).Take(Math.Max(0, options.PrepThemes))],
            last is null ? null : new SessionRef(last.Id, last.SessionDate),
            ListLines.Split(last?.NextSteps));
    }
}
