namespace Undertone.Domain.Consent;

/// <summary>
/// Our own words for every part of the ask, by tone, length and delivery. Kept together so the copy can be read and
/// reviewed as a whole: this file holds what frames the message (subject, greeting, intro, sign-off); each of the five
/// parts has its own file beside it (<c>Wording.Reason.cs</c>, <c>Wording.Format.cs</c>, <c>Wording.Privacy.cs</c>,
/// <c>Wording.Use.cs</c>, <c>Wording.Room.cs</c>). Every switch is exhaustive: a new option breaks the build until it
/// has words.
/// </summary>
internal static partial class Wording
{
    /// <summary>What the record is called in the privacy and use parts, and the pronoun that refers back to it.</summary>
    internal readonly record struct Thing(string Noun, string It);

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
}
