namespace Undertone.Pdf.Tests.Journal;

/// <summary>Recaps with text in several languages and typographic punctuation, the way people really write.</summary>
internal static class Recaps
{
    public static Recap Full(int id = 1, DateOnly? date = null) => new()
    {
        Id = id,
        SessionDate = date ?? new DateOnly(2026, 11, 24),
        Label = "Session 12 — after the holiday",
        WhatCameUp = "Work stress again, and the café meeting with my sister. I said “I’m fine” when I wasn’t.",
        Takeaways = "It’s okay to pause before answering — I don’t owe anyone an instant reply.\nÜbung macht den Meister.",
        NextSteps = "Walk after lunch.\nWrite three lines before bed.",
        ToRevisit = "Why the “quick question” from my boss makes me freeze…",
        Feeling = 4,
        FeelingWords = "tired but hopeful, soulagée",
        TherapistSaid = "You’re allowed to take up space.",
        Themes = [new Theme { Name = "work" }, new Theme { Name = "family" }],
    };

    public static IReadOnlyList<Recap> Many(int count, DateOnly start) =>
        Enumerable.Range(0, count).Select(i => Full(i + 1, start.AddDays(i * 7))).ToList();
}
