namespace Undertone.Domain.Consent;

/// <summary>Part 4, what the record is for.</summary>
internal static partial class Wording
{
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
}
