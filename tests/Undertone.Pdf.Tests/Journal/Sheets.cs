using Undertone.Domain.Journal.Patterns;

namespace Undertone.Pdf.Tests.Journal;

internal static class Sheets
{
    public static readonly DateOnly Today = new(2026, 11, 24);

    /// <summary>What a sheet looks like after a few months of use: a handful of each.</summary>
    public static PrepSheet Typical() => new(
        Today,
        [
            Question(1, "Why do I freeze when my boss asks a “quick question”?", 20),
            Question(2, "Can we talk about how to say no to my sister without feeling guilty for days afterwards?", 14),
            Question(3, "Is it normal that I feel worse right after a session — and better two days later?", 10),
            Question(4, "What does “grounding” look like when I’m on a crowded train?", 7),
            Question(5, "Could we try the worksheet you mentioned?", 1),
        ],
        [
            Revisit("The “quick question” freeze", new DateOnly(2026, 11, 10)),
            Revisit("What my dad said at dinner and why it stuck", new DateOnly(2026, 10, 27)),
            Revisit("Sleep: the 2 a.m. wake-ups", new DateOnly(2026, 10, 13)),
        ],
        [Theme("work", 4), Theme("family", 3), Theme("sleep", 2), Theme("self-worth", 2)],
        new SessionRef(12, Today),
        ["Walk after lunch.", "Write three lines before bed."]);

    public static PrepSheet Empty() => new(Today, [], [], [], null, []);

    private static RevisitEntry Question(int id, string text, int ageDays) =>
        new(RevisitKind.OpenQuestion, text, Today.AddDays(-ageDays), ageDays, null, id, null);

    private static RevisitEntry Revisit(string text, DateOnly since) =>
        new(RevisitKind.RevisitItem, text, since, Today.DayNumber - since.DayNumber, 7, null, null);

    private static ThemeSummary Theme(string name, int recent) =>
        new(name, recent, 5, recent + 2, 12, new DateOnly(2026, 6, 1), Today, ThemeTrend.Steady, [], [], []);
}
