namespace Undertone.Domain.Journal;

/// <summary>
/// The "try it with sample entries" content: a few weeks of made-up recaps, questions and themes, each clearly marked
/// as a sample, so a newcomer can see the journal and the patterns before writing their own. Dates count back from
/// the given day.
/// </summary>
public sealed record SampleJournal(
    IReadOnlyList<RecapDraft> Recaps,
    IReadOnlyList<string> Questions,
    IReadOnlyList<(string Name, string Colour)> Themes)
{
    public const string LabelPrefix = "Sample: ";

    public static SampleJournal Create(DateOnly today)
    {
        RecapDraft Recap(int weeksAgo, string label, string cameUp, string takeaways, string next, string revisit, int feeling, string feelingWords, string said, params string[] themes) => new()
        {
            SessionDate = today.AddDays(-7 * weeksAgo),
            Label = LabelPrefix + label,
            WhatCameUp = cameUp,
            Takeaways = takeaways,
            NextSteps = next,
            ToRevisit = revisit,
            Feeling = feeling,
            FeelingWords = feelingWords,
            TherapistSaid = said,
            ThemeNames = themes,
        };

        return new SampleJournal(
            [
                Recap(7, "First session back", "Talked about why I wanted to start again, and how the last few months went.",
                    "It is okay to start where I am.", "Notice when I feel tired after work.", "What made me stop last time.",
                    3, "a bit nervous", "", "Work", "Sleep"),
                Recap(6, "Busy week", "Work felt like too much. I said yes to everything again.",
                    "Saying yes is how I avoid feeling guilty.", "Try one small no this week.", "Where the guilt comes from.",
                    2, "tired", "A no can be kind too.", "Work", "Boundaries"),
                Recap(5, "The small no", "I said no to one extra task. Nothing bad happened.",
                    "The fear was bigger than what happened.", "Write down one more no.", "",
                    4, "lighter", "", "Boundaries"),
                Recap(4, "Sleep", "I have been sleeping badly. My mind races at night.",
                    "Racing thoughts are often worries I have not said out loud.", "Keep a notebook by the bed.", "Talk about evenings.",
                    2, "foggy", "", "Sleep", "Worry"),
                Recap(3, "Family visit", "Seeing my family brought up old feelings about being the responsible one.",
                    "I can love them and still keep my own plans.", "Plan one thing just for me next weekend.", "Being the responsible one.",
                    3, "mixed", "You can care without carrying everything.", "Family", "Boundaries"),
                Recap(2, "Worry at night", "The notebook helped a little. The worries look smaller on paper.",
                    "Writing it down gives my mind permission to rest.", "Keep the notebook going.", "",
                    4, "calmer", "", "Sleep", "Worry"),
                Recap(1, "Work again", "A deadline moved and I panicked. Then I asked for help.",
                    "Asking for help did not make me look weak.", "Notice the panic early.", "Being the responsible one.",
                    3, "proud, a bit shaky", "", "Work", "Worry"),
                Recap(0, "Looking back", "We looked at the last few weeks together.",
                    "Boundaries keep coming up. Maybe that is the real topic.", "Bring the list of questions next time.", "Where the guilt comes from.",
                    4, "hopeful", "", "Boundaries", "Family"),
            ],
            [
                "Sample: How do I know when I am overcommitting?",
                "Sample: Can we talk more about the guilt I feel after saying no?",
                "Sample: What can I do on nights when the notebook does not help?",
                "Sample: How often should we check in on my goals?",
            ],
            [
                ("Work", "#2f6f8f"),
                ("Sleep", "#5b5694"),
                ("Boundaries", "#8a4f3d"),
                ("Worry", "#7a6a2a"),
                ("Family", "#2f5f5a"),
            ]);
    }
}
