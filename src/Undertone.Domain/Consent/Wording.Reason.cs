namespace Undertone.Domain.Consent;

/// <summary>Part 1, why the person is asking: their reasons, memory context and own words.</summary>
internal static partial class Wording
{
    private static readonly string[] ReasonPhrases =
    [
        "remember the key takeaways",
        "revisit hard moments once I'm calmer",
        "track homework and next steps",
        "notice patterns instead of starting over",
        "keep our work present between sessions",
    ];

    private static readonly string[] ShortReasonPhrases =
    [
        "remember key takeaways",
        "revisit hard moments later",
        "track next steps",
        "notice patterns",
        "keep our work present",
    ];

    private const int ReasonsPerSentence = 3;

    private static readonly string[] MemoryPhrases = ["ADHD", "brain fog", "overwhelm", "dissociation", "memory gaps"];

    public static void Reason(
        ScriptWriter w,
        ConsentAsk ask,
        ReadOnlySpan<AskReason> reasons,
        ReadOnlySpan<MemoryContext> memory,
        string? custom,
        bool spoken)
    {
        var isShort = ask.Length == MessageLength.Short;
        if (isShort)
        {
            ShortReason(w, ask.Tone, reasons, memory);
        }
        else
        {
            if (reasons.Length > 0)
            {
                w.Begin().Add(ask.Tone switch
                {
                    Tone.Warm => "I'd love a way to ",
                    Tone.Neutral => "I'd like a way to ",
                    Tone.Direct => "My goal is to ",
                });

                // Up to two reasons read well in full; more are said briefly, at most three to a sentence.
                if (reasons.Length <= 2)
                {
                    AddReasons(w, reasons, ReasonPhrases);
                    w.Add('.');
                }
                else
                {
                    AddReasons(w, reasons[..ReasonsPerSentence], ShortReasonPhrases);
                    w.Add('.');
                    if (reasons.Length > ReasonsPerSentence)
                    {
                        w.Begin().Add("It would also help me ");
                        AddReasons(w, reasons[ReasonsPerSentence..], ShortReasonPhrases);
                        w.Add('.');
                    }
                }
            }

            AddCustom(w, custom, reasons.Length == 0);

            w.Sentence(ask.Tone switch
            {
                Tone.Warm => spoken ? "It's really just about remembering and reflecting." : "It's simply about remembering and reflecting.",
                Tone.Neutral => "It's for remembering and reflecting.",
                Tone.Direct => "It's only for remembering and reflecting.",
            });

            if (memory.Length > 0)
            {
                w.Begin();
                if (ask.Tone == Tone.Direct)
                {
                    w.Add("Because of ");
                    AddMemory(w, memory, summarise: ask.Length == MessageLength.Standard && memory.Length >= 4);
                    w.Add(", remembering is hard for me.");
                }
                else
                {
                    w.Add("Remembering is hard for me because of ");
                    AddMemory(w, memory, summarise: ask.Length == MessageLength.Standard && memory.Length >= 4);
                    w.Add('.');
                }
            }

            if (ask.Length == MessageLength.Detailed)
            {
                w.Sentence(ask.Tone switch
                {
                    Tone.Warm => "Our sessions matter to me, and I don't want to lose what we build.",
                    Tone.Neutral => "Sessions can be a lot to take in, and details fade quickly.",
                    Tone.Direct => "Without a record, much of what we cover fades by the next day.",
                });
            }
        }

        if (isShort)
        {
            AddCustom(w, custom, reasons.Length == 0);
        }
    }

    /// <summary>
    /// The person's own reason as a whole sentence. A reason that starts like the end of a sentence ("so I can…",
    /// "because…", "to…") gets "I'm asking" in front; anything else stands on its own, with a capital and a full stop.
    /// </summary>
    private static void AddCustom(ScriptWriter w, string? custom, bool onlyReason)
    {
        if (custom is null)
        {
            return;
        }

        w.Begin();
        if (StartsWithConnector(custom))
        {
            w.Add(onlyReason ? "I'm asking " : "I'm also asking ").Add(char.ToLowerInvariant(custom[0])).Add(custom[1..]);
        }
        else if (onlyReason)
        {
            w.Add("Here's why: ").Add(custom);
        }
        else
        {
            w.Add(char.ToUpperInvariant(custom[0])).Add(custom[1..]);
        }

        w.Add('.');
    }

    private static readonly string[] Connectors = ["so", "so that", "because", "since", "as", "to", "in order to", "for"];

    private static bool StartsWithConnector(string text)
    {
        foreach (var connector in Connectors)
        {
            if (text.Length > connector.Length
                && text.StartsWith(connector, StringComparison.OrdinalIgnoreCase)
                && text[connector.Length] == ' ')
            {
                return true;
            }
        }

        return false;
    }

    private static void ShortReason(ScriptWriter w, Tone tone, ReadOnlySpan<AskReason> reasons, ReadOnlySpan<MemoryContext> memory)
    {
        if (reasons.Length == 0)
        {
            if (memory.Length > 0)
            {
                w.Begin().Add("Because of ");
                AddMemory(w, memory, summarise: true);
                w.Add(", remembering is hard for me.");
            }

            return;
        }

        w.Begin();
        if (memory.Length > 0)
        {
            w.Add("Because of ");
            AddMemory(w, memory, summarise: true);
            w.Add(", ");
        }

        w.Add(tone switch
        {
            Tone.Warm => "I'd love to ",
            Tone.Neutral => "I'd like to ",
            Tone.Direct => "I want to ",
        });

        // Many reasons: say what they add up to instead of listing them.
        if (reasons.Length >= 3 || (reasons.Length == 2 && memory.Length > 0))
        {
            w.Add("hold on to what we work on");
        }
        else
        {
            AddReasons(w, reasons, ShortReasonPhrases);
        }

        w.Add('.');
    }

    private static void AddReasons(ScriptWriter w, ReadOnlySpan<AskReason> reasons, string[] phrases)
    {
        Span<string> chosen = new string[reasons.Length];
        for (var i = 0; i < reasons.Length; i++)
        {
            chosen[i] = phrases[(int)reasons[i]];
        }

        w.List(chosen);
    }

    private static void AddMemory(ScriptWriter w, ReadOnlySpan<MemoryContext> memory, bool summarise)
    {
        if (summarise && memory.Length >= 3)
        {
            w.Add(MemoryPhrases[(int)memory[0]]).Add(", ").Add(MemoryPhrases[(int)memory[1]]).Add(" and more");
            return;
        }

        Span<string> phrases = new string[memory.Length];
        for (var i = 0; i < memory.Length; i++)
        {
            phrases[i] = MemoryPhrases[(int)memory[i]];
        }

        w.List(phrases);
    }
}
