namespace Undertone.Domain.Consent;

/// <summary>Part 5, room to say no or something else.</summary>
internal static partial class Wording
{
    public static void Room(ScriptWriter w, ConsentAsk ask, bool spoken)
    {
        var isShort = ask.Length == MessageLength.Short;
        w.Sentence(ask.Tone switch
        {
            Tone.Warm => isShort ? "What are you comfortable with, and what does your policy allow?" : "What would you be comfortable with, and what does your policy allow?",
            Tone.Neutral => "What are you comfortable with, and what does your policy allow?",
            Tone.Direct => "Are you comfortable with this, and does your policy allow it?",
        });

        // Part 5's two promises, that no is an acceptable answer and that the user is open to other options, are
        // always said: they are not a choice, so nothing in the ask can switch them off.
        if (isShort)
        {
            w.Sentence("No is okay. I'm open to other ideas.");
            return;
        }

        w.Sentence(ask.Tone switch
        {
            Tone.Warm => "It's completely okay to say no.",
            Tone.Neutral => "No is a fine answer.",
            Tone.Direct => "A no is fine.",
        });
        w.Sentence(ask.Tone switch
        {
            Tone.Warm => "I'm open to other ideas, too.",
            Tone.Neutral => "I'm also open to other options.",
            Tone.Direct => "I'm open to alternatives.",
        });

        if (ask.Length == MessageLength.Detailed)
        {
            w.Sentence(spoken ? "We can talk about it now or next time." : "You don't have to answer right away.");
            w.Sentence("If you'd agree with some conditions, I'd like to hear them.");
        }

        var closing = ask.Tone switch
        {
            Tone.Warm => "I'd value hearing what you think.",
            Tone.Neutral => "I'd like to hear your view.",
            Tone.Direct => null,
        };
        if (closing is not null)
        {
            w.Sentence(closing);
        }
    }
}
