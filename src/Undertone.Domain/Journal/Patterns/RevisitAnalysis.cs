namespace Undertone.Domain.Journal.Patterns;

/// <summary>
/// What you meant to revisit: every line of every recap's "what I want to revisit" that has not been marked
/// addressed, and every open question, oldest first.
/// </summary>
public static class RevisitAnalysis
{
    public static IReadOnlyList<RevisitEntry> Find(
        IEnumerable<PatternRecap> recaps,
        IEnumerable<PatternQuestion> questions,
        IReadOnlyCollection<RevisitItemKey> addressed,
        DateOnly today)
    {
        return Find(RecapOrder.Chronological(recaps), questions, addressed, today);
    }

    internal static List<RevisitEntry> Find(
        PatternRecap[] sessions,
        IEnumerable<PatternQuestion> questions,
        IReadOnlyCollection<RevisitItemKey> addressed,
        DateOnly today)
    {
        var all = Items(sessions, addressed, today);
        all.AddRange(OpenQuestions(questions, today));
        return Oldest(all);
    }

    internal static List<RevisitEntry> Items(
        PatternRecap[] sessions,
        IReadOnlyCollection<RevisitItemKey> addressed,
        DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(addressed);
        var done = addressed as ISet<RevisitItemKey> ?? addressed.ToHashSet();
        var items = new List<RevisitEntry>();
        foreach (var recap in sessions)
        {
            foreach (var line in ListLines.Split(recap.ToRevisit))
            {
                var key = RevisitItemKey.For(recap.Id, line);
                if (!done.Contains(key))
                {
                    items.Add(new RevisitEntry(
                        RevisitKind.RevisitItem, line, recap.SessionDate, Age(recap.SessionDate, today), recap.Id, null, key));
                }
            }
        }

        return Oldest(items);
    }

    internal static List<RevisitEntry> OpenQuestions(IEnumerable<PatternQuestion> questions, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var open = new List<RevisitEntry>();
        foreach (var question in questions)
        {
            ArgumentNullException.ThrowIfNull(question, nameof(questions));
            var text = question.Text?.Trim();
            if (question.IsOpen && !string.IsNullOrEmpty(text))
            {
                open.Add(new RevisitEntry(
                    RevisitKind.OpenQuestion, text, question.CreatedOn, Age(question.CreatedOn, today), null, question.Id, null));
            }
        }

        return Oldest(open);
    }

    /// <summary>A stable sort, so lines of one recap keep the order they were written in.</summary>
    private static List<RevisitEntry> Oldest(List<RevisitEntry> entries) =>
        [.. entries.Order(Comparer<RevisitEntry>.Create(OldestFirst))];

    private static int Age(DateOnly since, DateOnly today) => Math.Max(0, today.DayNumber - since.DayNumber);

    /// <summary>Oldest first; on the same day revisit items before questions, then by id.</summary>
    private static int OldestFirst(RevisitEntry a, RevisitEntry b)
    {
        var c = a.Since.CompareTo(b.Since);
        if (c == 0)
        {
            c = a.Kind.CompareTo(b.Kind);
        }

        if (c == 0)
        {
            c = (a.RecapId ?? a.QuestionId ?? 0).CompareTo(b.RecapId ?? b.QuestionId ?? 0);
        }

        return c;
    }
}
