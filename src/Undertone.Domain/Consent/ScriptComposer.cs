namespace Undertone.Domain.Consent;

/// <summary>
/// Turns an ask into a message with five parts in a fixed order: reason, format, privacy, use, room.
/// Pure and deterministic: the same ask always gives the same script.
/// </summary>
public static class ScriptComposer
{
    /// <summary>Word limits for our own words (the user's names and free text are not counted).</summary>
    public static int WordLimit(MessageLength length) => length switch
    {
        MessageLength.Short => 80,
        MessageLength.Standard => 160,
        MessageLength.Detailed => 260,
    };

    public static ConsentScript Compose(ConsentAsk ask)
    {
        ArgumentNullException.ThrowIfNull(ask);
        FieldError.ThrowIfAny(ask.Validate(), "ask", nameof(ask));
        var spoken = Wording.IsSpoken(ask.Delivery);
        var reasons = Distinct(ask.Reasons, AllReasons, out var reasonCount);
        var memory = Distinct(ask.MemoryContexts, AllMemoryContexts, out var memoryCount);
        var custom = TextRules.Tidy(ask.CustomReason);
        var therapist = TextRules.Tidy(ask.TherapistName);
        var user = TextRules.Tidy(ask.UserName);
        var thing = Wording.ThingFor(ask.Format);

        var w = ScriptWriter.Rent();
        if (!spoken)
        {
            Wording.Greeting(w, ask.Tone, therapist);
            w.Paragraph();
        }

        if (ask.Length != MessageLength.Short)
        {
            Wording.Intro(w, ask.Tone, ask.Length, spoken);
        }

        var starts = new int[5];
        var ends = new int[5];

        starts[0] = w.Mark();
        Wording.Reason(w, ask, reasons.AsSpan(0, reasonCount), memory.AsSpan(0, memoryCount), custom, spoken);
        ends[0] = w.Length;
        if (ask.Length != MessageLength.Short)
        {
            w.Paragraph();
        }

        starts[1] = w.Mark();
        Wording.Format(w, ask.Format, ask.Tone, ask.Length);
        ends[1] = w.Length;
        if (ask.Length == MessageLength.Detailed)
        {
            w.Paragraph();
        }

        starts[2] = w.Mark();
        Wording.Privacy(w, ask, thing);
        ends[2] = w.Length;

        starts[3] = w.Mark();
        Wording.Use(w, ask, thing);
        ends[3] = w.Length;
        if (ask.Length != MessageLength.Short)
        {
            w.Paragraph();
        }

        starts[4] = w.Mark();
        Wording.Room(w, ask, spoken);
        ends[4] = w.Length;

        if (!spoken)
        {
            w.Paragraph();
            Wording.SignOff(w, ask.Tone, user);
        }

        var text = w.ToString();
        var parts = new ScriptPart[5];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = new ScriptPart((ScriptPartKind)i, text[starts[i]..ends[i]], starts[i]);
        }

        var subject = spoken ? null : Wording.Subject(ask.Tone, ask.Format);
        return new ConsentScript(subject, text, TextRules.CountWords(text), parts);
    }

    // Every value, in declaration order: a new reason or context is picked up here without touching this code.
    private static readonly AskReason[] AllReasons = Enum.GetValues<AskReason>();
    private static readonly MemoryContext[] AllMemoryContexts = Enum.GetValues<MemoryContext>();

    /// <summary>The chosen values once each, in declaration order (<paramref name="all"/>), with how many there are.</summary>
    private static T[] Distinct<T>(IReadOnlyList<T> chosen, T[] all, out int count)
        where T : struct, Enum
    {
        var result = new T[all.Length];
        count = 0;
        foreach (var value in all)
        {
            for (var i = 0; i < chosen.Count; i++)
            {
                if (EqualityComparer<T>.Default.Equals(chosen[i], value))
                {
                    result[count++] = value;
                    break;
                }
            }
        }

        return result;
    }
}
