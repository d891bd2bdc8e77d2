namespace Undertone.Domain.Consent;

/// <summary>
/// A short, gracious follow-up for when the answer was no: it thanks them, keeps the need in view without
/// arguing, and offers one or more smaller alternatives. Pure and deterministic.
/// </summary>
public static class FollowUpComposer
{
    private static readonly string[] Phrases =
    [
        "recording a short recap in my own voice after the session",
        "using the last two minutes to name the key takeaways together",
        "writing down my next steps before I leave",
        "a transcript, worksheet or summary instead of audio",
        "writing a private note for myself right after the session",
    ];

    private static readonly string[] Bullets =
    [
        "- Recording a short recap in my own voice after the session",
        "- Using the last two minutes to name the key takeaways together",
        "- Writing down my next steps before I leave",
        "- A transcript, worksheet or summary instead of audio",
        "- Writing a private note for myself right after the session",
    ];

    private static readonly string[] SpokenIdeas =
    [
        "I could record a short recap in my own voice after the session.",
        "We could use the last two minutes to name the key takeaways together.",
        "I could write down my next steps before I leave.",
        "We could use a transcript, worksheet or summary instead of audio.",
        "I could write a private note for myself right after the session.",
    ];

    public static string Compose(FollowUpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        FieldError.ThrowIfAny(request.Validate(), "follow-up", nameof(request));
        var spoken = Wording.IsSpoken(request.Delivery);
        var mask = 0;
        foreach (var alternative in request.Alternatives)
        {
            mask |= 1 << (int)alternative;
        }

        var count = System.Numerics.BitOperations.PopCount((uint)mask);
        var w = ScriptWriter.Rent();
        if (!spoken)
        {
            Wording.Greeting(w, request.Tone, TextRules.Tidy(request.TherapistName));
            w.Paragraph();
        }

        w.Sentence(request.Tone switch
        {
            Tone.Warm => spoken ? "Thank you for being honest with me about recording." : "Thank you for being honest with me about recording our sessions.",
            Tone.Neutral => "Thank you for your answer about recording.",
            Tone.Direct => "Thanks for your answer about recording.",
        });
        w.Sentence(request.Tone switch
        {
            Tone.Warm => "I understand, and I'm glad you told me.",
            Tone.Neutral => "I understand.",
            Tone.Direct => "That's fine.",
        });
        w.Sentence(request.Tone switch
        {
            Tone.Warm => "I'd still love a way to hold on to what we work on, if we can find one that suits you.",
            Tone.Neutral => "I'd still like a way to hold on to what we work on.",
            Tone.Direct => "I'd still like a way to keep hold of our work.",
        });

        if (count == 1)
        {
            var only = System.Numerics.BitOperations.TrailingZeroCount(mask);
            w.Begin().Add("Would you be comfortable with ").Add(Phrases[only]).Add('?');
        }
        else if (spoken)
        {
            w.Sentence("I have a few ideas.");
            for (var i = 0; i < Phrases.Length; i++)
            {
                if ((mask & (1 << i)) != 0)
                {
                    w.Sentence(SpokenIdeas[i]);
                }
            }

            w.Sentence("Would any of those work for you?");
        }
        else
        {
            w.Sentence("Would one of these work for you?");
            w.Paragraph();
            var first = true;
            for (var i = 0; i < Bullets.Length; i++)
            {
                if ((mask & (1 << i)) != 0)
                {
                    if (!first)
                    {
                        w.LineBreak();
                    }

                    w.Add(Bullets[i]);
                    first = false;
                }
            }

            w.Paragraph();
        }

        w.Sentence(request.Tone switch
        {
            Tone.Warm => "Whatever you're comfortable with is okay with me.",
            Tone.Neutral => "I'm happy to go with what works for you.",
            Tone.Direct => "Let me know which works best for you.",
        });

        if (!spoken)
        {
            w.Paragraph();
            Wording.SignOff(w, request.Tone, TextRules.Tidy(request.UserName));
        }

        return w.ToString();
    }
}
