using Undertone.Domain.Journal;
using Undertone.Pdf.Journal;

namespace Undertone.Pdf.Tests.Journal;

internal static class Sheets
{
    /// <summary>What a sheet looks like after a few months of use: a handful of each.</summary>
    public static BringToSessionSheet Typical() => new()
    {
        PreparedOn = new DateOnly(2026, 11, 24),
        Questions =
        [
            new Question { Id = 1, Text = "Why do I freeze when my boss asks a “quick question”?" },
            new Question { Id = 2, Text = "Can we talk about how to say no to my sister without feeling guilty for days afterwards?" },
            new Question { Id = 3, Text = "Is it normal that I feel worse right after a session — and better two days later?" },
            new Question { Id = 4, Text = "What does “grounding” look like when I’m on a crowded train?" },
            new Question { Id = 5, Text = "Could we try the worksheet you mentioned?" },
        ],
        RevisitItems =
        [
            new SheetRevisitItem("The “quick question” freeze", new DateOnly(2026, 11, 10)),
            new SheetRevisitItem("What my dad said at dinner and why it stuck", new DateOnly(2026, 10, 27)),
            new SheetRevisitItem("Sleep: the 2 a.m. wake-ups", new DateOnly(2026, 10, 13)),
        ],
        RecurringThemes =
        [
            new SheetTheme("work", 4, 5),
            new SheetTheme("family", 3, 5),
            new SheetTheme("sleep", 2, 5),
            new SheetTheme("self-worth", 2, 5),
        ],
        LastSession = Recaps.Full(),
    };
}
