namespace Undertone.Domain.Consent;

/// <summary>
/// Our own words for every part of the ask, by tone, length and delivery. Kept in one place so the copy can be
/// read and reviewed as a whole. Every switch is exhaustive: a new option breaks the build until it has words.
/// </summary>
internal static class Wording
{
    /// <summary>What the record is called in the privacy and use parts, and the pronoun that refers back to it.</summary>
    internal readonly record struct Thing(string Noun, string It);

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

    public static Thing ThingFor(RecordFormat format) => format switch
    {
        RecordFormat.Audio => new("the recording", "it"),
        RecordFormat.Transcript => new("the transcript", "it"),
        RecordFormat.ShortRecap => new("the recap", "it"),
        RecordFormat.TakeawaysTogether => new("my notes", "them"),
        RecordFormat.YourRecommendation => new("the record", "it"),
    };

    public static string Subject(Tone tone, RecordFormat format)
    {
        var topic = format switch
        {
            RecordFormat.Audio => "recording our sessions",
            RecordFormat.Transcript => "a transcript of our sessions",
            RecordFormat.ShortRecap => "a short recap of our sessions",
            RecordFormat.TakeawaysTogether => "naming takeaways together",
            RecordFormat.YourRecommendation => "keeping a record of our sessions",
        };
        return tone switch
        {
            Tone.Warm => "A gentle question about " + topic,
            Tone.Neutral => "A question about " + topic,
            Tone.Direct => "Request: " + topic,
        };
    }

    /// <summary>True for words said aloud: they have no subject line, greeting or sign-off.</summary>
    public static bool IsSpoken(Delivery delivery) => delivery switch
    {
        Delivery.Written => false,
        Delivery.Spoken => true,
    };

    public static void Greeting(ScriptWriter w, Tone tone, string? therapist)
    {
        w.Begin().Add(tone switch
        {
            Tone.Warm => "Hi",
            Tone.Neutral => "Hello",
            Tone.Direct => "Hi",
        });
        if (therapist is not null)
        {
            w.Add(' ').Add(therapist);
        }

        w.Add(',');
    }

    public static void SignOff(ScriptWriter w, Tone tone, string? user)
    {
        w.Begin().Add(tone switch
        {
            Tone.Warm => "With thanks",
            Tone.Neutral => "Thank you",
            Tone.Direct => "Thanks",
        });
        if (user is null)
        {
            w.Add('.');
            return;
        }

        w.Add(',');
        w.LineBreak();
        w.Add(user);
    }

    public static void Intro(ScriptWriter w, Tone tone, MessageLength length, bool spoken)
    {
        if (spoken)
        {
            w.Sentence(tone switch
            {
                Tone.Warm => "Before we start, there's something I'd like to ask you.",
                Tone.Neutral => "Before we start, I'd like to ask you something.",
                Tone.Direct => "I have a request before we start.",
            });
        }
        else
        {
            if (tone == Tone.Warm && length == MessageLength.Detailed)
            {
                w.Sentence("I hope you're doing well.");
            }

            w.Sentence(tone switch
            {
                Tone.Warm => "Before our next session, I wanted to ask you something.",
                Tone.Neutral => "Before our next session, I'd like to ask you something.",
                Tone.Direct => "I have a request before our next session.",
            });
        }

        if (length == MessageLength.Detailed)
        {
            w.Sentence(spoken
                ? "I wanted to ask at the start so we have time to talk about it."
                : "I'm asking ahead of time so you have a chance to think it over.");
        }
    }

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

    private static ScriptWriter TakeawaysTogether(ScriptWriter w, Tone tone, MessageLength length)
    {
        if (length == MessageLength.Short)
        {
            return w.Sentence(tone switch
            {
                Tone.Warm => "Could we name the main takeaways together at the end?",
                Tone.Neutral => "Could we name the main takeaways together at the end?",
                Tone.Direct => "I'd like us to name the main takeaways together at the end.",
            });
        }

        w.Sentence(tone switch
        {
            Tone.Warm => "Could we spend the last few minutes naming the main takeaways together?",
            Tone.Neutral => "Could we use a few minutes at the end to name the main takeaways together?",
            Tone.Direct => "I'd like us to name the main takeaways together at the end of each session.",
        });
        w.Sentence("I'd write them down.");
        if (length == MessageLength.Detailed)
        {
            w.Sentence("That way nothing is recorded, and we agree on what matters.");
        }

        return w;
    }

    private static ScriptWriter YourRecommendation(ScriptWriter w, Tone tone, MessageLength length)
    {
        if (length == MessageLength.Short)
        {
            return w.Sentence("I'm open on the format and would value your recommendation.");
        }

        w.Sentence(tone switch
        {
            Tone.Warm => "I'm not set on a format, and I'd really value your recommendation.",
            Tone.Neutral => "I'm open on the format, and I'd value your recommendation.",
            Tone.Direct => "I'd like your recommendation on the format.",
        });
        w.Sentence("A recap or notes could work well.");
        if (length == MessageLength.Detailed)
        {
            w.Sentence("A smaller record is often easier to agree to, and that would be fine with me.");
        }

        return w;
    }

    /// <summary>
    /// Who besides the user could open the record: the person given access and the person it would be shared with,
    /// once each. The privacy part names exactly these people and the use part never says more or fewer, so the two
    /// can't contradict each other. A person left unnamed on one side is taken to be the one named on the other.
    /// </summary>
    internal readonly record struct People(string? First, string? Second, bool Undecided)
    {
        public bool Any => First is not null;

        /// <summary>The user shares it with someone other than the person who already has access.</summary>
        public bool ShareIsExtra => Second is not null;
    }

    internal const string UnnamedPerson = "one other person";

    internal static People PeopleFor(ConsentAsk ask)
    {
        var accessName = ask.Access switch
        {
            RecordAccess.OnlyMe => null,
            RecordAccess.MeAndSomeone => TextRules.Tidy(ask.AccessPerson) ?? UnnamedPerson,
        };
        var (shareName, undecided) = ask.Use switch
        {
            RecordUse.PersonalOnly => ((string?)null, false),
            RecordUse.ShareWith => (TextRules.Tidy(ask.SharePerson) ?? UnnamedPerson, false),
            RecordUse.Undecided => (null, true),
        };

        if (accessName is null || shareName is null)
        {
            return new People(accessName ?? shareName, null, undecided);
        }

        if (shareName == UnnamedPerson || string.Equals(accessName, shareName, StringComparison.OrdinalIgnoreCase))
        {
            return new People(accessName, null, undecided);
        }

        if (accessName == UnnamedPerson)
        {
            return new People(shareName, null, undecided);
        }

        return new People(accessName, shareName, undecided);
    }

    private static ScriptWriter AddPeople(ScriptWriter w, People people) =>
        people.Second is null ? w.Add(people.First!) : w.Add(people.First!).Add(" and ").Add(people.Second);

    public static void Privacy(ScriptWriter w, ConsentAsk ask, Thing thing)
    {
        var isShort = ask.Length == MessageLength.Short;
        var people = PeopleFor(ask);

        if (isShort)
        {
            w.Begin().Add("I'd keep ").Add(thing.It).Add(ask.Storage switch
            {
                StoragePlace.DeviceOnly => " on my device, ",
                StoragePlace.EncryptedApp => " in an encrypted app, ",
                StoragePlace.CloudAccount => " in my cloud account, ",
            });
            if (!people.Any)
            {
                w.Add("just for me");
            }
            else
            {
                AddPeople(w.Add(people.ShareIsExtra ? "for me, " : "for me and "), people);
            }

            if (people.Undecided)
            {
                w.Add(" for now");
            }

            w.Add(", deleted ");
            _ = ask.Retention.Kind switch
            {
                RetentionKind.DeleteAfterReview => w.Add("after review"),
                RetentionKind.DeleteAfterDays => AddDays(w.Add("after "), ask.Retention),
                RetentionKind.KeepUntilTherapyEnds => w.Add("when therapy ends"),
            };
            w.Add('.');
            return;
        }

        w.Begin().Add("I'd keep ").Add(thing.Noun).Add(ask.Storage switch
        {
            StoragePlace.DeviceOnly => " only on my own device.",
            StoragePlace.EncryptedApp => " in an encrypted app.",
            StoragePlace.CloudAccount => " in my own cloud account.",
        });
        if (ask.Length == MessageLength.Detailed)
        {
            _ = ask.Storage switch
            {
                StoragePlace.DeviceOnly => w.Sentence(ask.Use == RecordUse.PersonalOnly
                    ? "Nothing would be uploaded anywhere."
                    : "It wouldn't be stored anywhere online."),
                StoragePlace.EncryptedApp => w.Begin().Add("That protects ").Add(thing.It).Add(" if my device is lost."),
                StoragePlace.CloudAccount => w.Sentence("A cloud account is less private than my device, so I'd use a strong password."),
            };
        }

        w.Begin();
        if (people.Undecided)
        {
            w.Add("For now, ");
        }

        if (!people.Any)
        {
            w.Add(people.Undecided ? "no one" : "No one").Add(" else could open ").Add(thing.It).Add('.');
        }
        else
        {
            AddPeople(w.Add(people.Undecided ? "apart" : "Apart").Add(" from me, only "), people).Add(" could open ").Add(thing.It).Add('.');
        }

        w.Begin().Add("I'd ");
        _ = ask.Retention.Kind switch
        {
            RetentionKind.DeleteAfterReview => w.Add("delete ").Add(thing.It).Add(" once I've reviewed ").Add(thing.It),
            RetentionKind.DeleteAfterDays => AddDays(w.Add("delete ").Add(thing.It).Add(" after "), ask.Retention),
            RetentionKind.KeepUntilTherapyEnds => w.Add("delete ").Add(thing.It).Add(" when we finish working together"),
        };
        w.Add('.');
    }

    private static ScriptWriter AddDays(ScriptWriter w, RetentionRule retention)
    {
        var days = retention.Days ?? RetentionRule.MinDays;
        return w.Add(days).Add(days == 1 ? " day" : " days");
    }

    public static void Use(ScriptWriter w, ConsentAsk ask, Thing thing)
    {
        var people = PeopleFor(ask);
        _ = ask.Use switch
        {
            RecordUse.PersonalOnly => PersonalOnly(w, ask, thing, people),
            RecordUse.ShareWith => ShareWith(w, ask, thing, people),
            RecordUse.Undecided => Undecided(w, ask, thing, people),
        };
    }

    private static ScriptWriter PersonalOnly(ScriptWriter w, ConsentAsk ask, Thing thing, People people)
    {
        if (people.Any)
        {
            // Someone else could open it, so it is not "just for me": say what it is for, and that it goes no further.
            w.Sentence(ask.Tone switch
            {
                Tone.Warm => "It would be for my own reflection.",
                Tone.Neutral => "It would be for my personal reflection.",
                Tone.Direct => "It's for my own reflection.",
            });
            if (ask.Length == MessageLength.Detailed)
            {
                w.Begin().Add("I wouldn't share ").Add(thing.It).Add(" with anyone else.");
            }

            return w;
        }

        w.Sentence(ask.Tone switch
        {
            Tone.Warm => ask.Length == MessageLength.Short
                ? "It would be just for my own reflection."
                : "It would be just for me, to help my own reflection.",
            Tone.Neutral => "It would be for my personal reflection only.",
            Tone.Direct => "It's for my own use only.",
        });
        if (ask.Length == MessageLength.Detailed)
        {
            w.Begin().Add("I wouldn't share ").Add(thing.It).Add(" with anyone.");
        }

        return w;
    }

    private static ScriptWriter ShareWith(ScriptWriter w, ConsentAsk ask, Thing thing, People people)
    {
        if (people.ShareIsExtra)
        {
            // The privacy part has already named both people; here only the sharing is added, with no "no one else"
            // that would leave out the person who has access.
            w.Begin().Add(ask.Tone switch
            {
                Tone.Warm => ask.Length == MessageLength.Short ? "I'd also share " : "I might also want to share ",
                Tone.Neutral => "I'd also share ",
                Tone.Direct => "I'd also share ",
            }).Add(thing.It).Add(" with ").Add(people.Second!).Add('.');
            if (ask.Length == MessageLength.Detailed)
            {
                w.Sentence("It would go no further than that.");
            }

            return w;
        }

        var person = people.First!;
        if (ask.Length == MessageLength.Short)
        {
            return w.Begin().Add("I'd share ").Add(thing.It).Add(" only with ").Add(person).Add('.');
        }

        w.Begin().Add(ask.Tone switch
        {
            Tone.Warm => "I might want to share ",
            Tone.Neutral => "I'd share ",
            Tone.Direct => "I'd share ",
        }).Add(thing.It).Add(ask.Tone switch
        {
            Tone.Warm => " with ",
            Tone.Neutral => " with ",
            Tone.Direct => " only with ",
        }).Add(person).Add(ask.Tone switch
        {
            Tone.Warm => ", but no one else.",
            Tone.Neutral => " and no one else.",
            Tone.Direct => ".",
        });
        if (ask.Length == MessageLength.Detailed)
        {
            w.Sentence("It would go no further than that.");
        }

        return w;
    }

    private static ScriptWriter Undecided(ScriptWriter w, ConsentAsk ask, Thing thing, People people)
    {
        var anyoneElse = people.Any ? " with anyone else" : " with anyone";
        if (ask.Length == MessageLength.Short)
        {
            return w.Begin().Add("I haven't decided about sharing ").Add(thing.It).Add(people.Any ? " further." : ".");
        }

        return w.Begin().Add(ask.Tone switch
        {
            Tone.Warm => "I haven't decided about sharing ",
            Tone.Neutral => "I haven't decided yet whether to share ",
            Tone.Direct => "I haven't decided whether to share ",
        }).Add(thing.It).Add(ask.Tone switch
        {
            Tone.Warm => people.Any ? " further, and I'd like to talk that through together." : ", and I'd like to talk that through together.",
            Tone.Neutral => anyoneElse + ", and I'd like to talk that through.",
            Tone.Direct => anyoneElse + " yet. I'd like to talk that through.",
        });
    }

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
