namespace Undertone.Domain.Consent;

/// <summary>Part 2, the record the person would like.</summary>
internal static partial class Wording
{
    public static void Format(ScriptWriter w, RecordFormat format, Tone tone, MessageLength length)
    {
        var lead = tone switch
        {
            Tone.Warm => "I'm wondering about ",
            Tone.Neutral => "I'm thinking of ",
            Tone.Direct => "I'd like ",
        };
        _ = format switch
        {
            RecordFormat.Audio => Audio(w, lead, length),
            RecordFormat.Transcript => Offer(w, lead, length,
                "a written transcript of the session.",
                "It's easier to look back on than audio.",
                "It would still hold everything we say, so I'd treat it with care."),
            RecordFormat.ShortRecap => Offer(w, lead, length,
                "a short written recap, not a recording.",
                "A recap keeps the focus on what matters most.",
                "It leaves the rest of the session in the room."),
            RecordFormat.TakeawaysTogether => TakeawaysTogether(w, tone, length),
            RecordFormat.YourRecommendation => YourRecommendation(w, tone, length),
        };
    }

    private static ScriptWriter Audio(ScriptWriter w, string lead, MessageLength length)
    {
        if (length == MessageLength.Short)
        {
            return w.Begin().Add(lead).Add("audio, which I know asks more of you.");
        }

        w.Begin().Add(lead).Add("an audio recording.");
        w.Sentence("I know that asks more of you than a short recap would.");
        if (length == MessageLength.Detailed)
        {
            w.Sentence("It holds everything we say, so it raises more privacy questions.");
            w.Sentence("If a recap would suit you better, I'd be glad to start there.");
        }

        return w;
    }

    /// <summary>
    /// A format said in one go: what it is, then (unless the message is short) why it suits, then (only when the
    /// message is detailed) one more word on it.
    /// </summary>
    private static ScriptWriter Offer(ScriptWriter w, string lead, MessageLength length, string what, string why, string more)
    {
        w.Begin().Add(lead).Add(what);
        if (length != MessageLength.Short)
        {
            w.Sentence(why);
        }

        if (length == MessageLength.Detailed)
        {
            w.Sentence(more);
        }

        return w;
    }

    private static ScriptWriter TakeawaysTogether(ScriptWriter w, Tone tone, MessageLength length) => Suggest(w, length,
        shortSay: tone switch
        {
            Tone.Warm => "Could we name the main takeaways together at the end?",
            Tone.Neutral => "Could we name the main takeaways together at the end?",
            Tone.Direct => "I'd like us to name the main takeaways together at the end.",
        },
        opening: tone switch
        {
            Tone.Warm => "Could we spend the last few minutes naming the main takeaways together?",
            Tone.Neutral => "Could we use a few minutes at the end to name the main takeaways together?",
            Tone.Direct => "I'd like us to name the main takeaways together at the end of each session.",
        },
        then: "I'd write them down.",
        more: "That way nothing is recorded, and we agree on what matters.");

    private static ScriptWriter YourRecommendation(ScriptWriter w, Tone tone, MessageLength length) => Suggest(w, length,
        shortSay: "I'm open on the format and would value your recommendation.",
        opening: tone switch
        {
            Tone.Warm => "I'm not set on a format, and I'd really value your recommendation.",
            Tone.Neutral => "I'm open on the format, and I'd value your recommendation.",
            Tone.Direct => "I'd like your recommendation on the format.",
        },
        then: "A recap or notes could work well.",
        more: "A smaller record is often easier to agree to, and that would be fine with me.");

    /// <summary>
    /// A format put as a suggestion in whole sentences: one sentence when the message is short; otherwise the opening
    /// and what follows from it, and (only when the message is detailed) one more word on it.
    /// </summary>
    private static ScriptWriter Suggest(ScriptWriter w, MessageLength length, string shortSay, string opening, string then, string more)
    {
        if (length == MessageLength.Short)
        {
            return w.Sentence(shortSay);
        }

        w.Sentence(opening);
        w.Sentence(then);
        if (length == MessageLength.Detailed)
        {
            w.Sentence(more);
        }

        return w;
    }
}
