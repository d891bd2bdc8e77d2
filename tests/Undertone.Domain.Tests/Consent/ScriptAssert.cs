using System.Text.RegularExpressions;

namespace Undertone.Domain.Tests.Consent;

/// <summary>The properties every composed script must have, whatever the ask.</summary>
internal static partial class ScriptAssert
{
    private static readonly ScriptPartKind[] Order =
        [ScriptPartKind.Reason, ScriptPartKind.Format, ScriptPartKind.Privacy, ScriptPartKind.Use, ScriptPartKind.Room];

    /// <summary>Returns null when the script is well formed, else a description of the first problem.</summary>
    public static string? Problem(ConsentAsk ask, ConsentScript script)
    {
        var text = script.Text;
        if (script.Parts.Count != 5)
        {
            return $"expected 5 parts, got {script.Parts.Count}";
        }

        var previousEnd = 0;
        for (var i = 0; i < 5; i++)
        {
            var part = script.Parts[i];
            if (part.Part != Order[i])
            {
                return $"part {i} is {part.Part}, expected {Order[i]}";
            }

            if (string.IsNullOrWhiteSpace(part.Text) || part.Text.Trim() != part.Text)
            {
                return $"part {part.Part} is empty or untrimmed";
            }

            if (part.Start < previousEnd || part.Start + part.Text.Length > text.Length
                || !string.Equals(text.Substring(part.Start, part.Text.Length), part.Text, StringComparison.Ordinal))
            {
                return $"part {part.Part} is not verbatim at its position, in order";
            }

            previousEnd = part.Start + part.Text.Length;
        }

        var ourWords = TextRules.CountWords(text) - ask.OwnWordCount();
        if (ourWords > ScriptComposer.WordLimit(ask.Length))
        {
            return $"{ourWords} of our words, over the {ask.Length} limit";
        }

        if (script.WordCount != TextRules.CountWords(text))
        {
            return "word count does not match the text";
        }

        if (Placeholder().IsMatch(text))
        {
            return $"placeholder or stray character: '{Placeholder().Match(text).Value}'";
        }

        if (BadSpacing().IsMatch(text) || text != text.Trim())
        {
            return "doubled or stray white space";
        }

        if (StrayPunctuation().IsMatch(text))
        {
            return $"stray punctuation: '{StrayPunctuation().Match(text).Value}'";
        }

        switch (ask.Delivery)
        {
            case Delivery.Spoken:
                if (script.Subject is not null || text.StartsWith("Hi", StringComparison.Ordinal) || text.StartsWith("Hello", StringComparison.Ordinal)
                    || text.Contains("Thank", StringComparison.Ordinal))
                {
                    return "spoken script has a subject, greeting or sign-off";
                }

                break;
            case Delivery.Written:
                if (string.IsNullOrWhiteSpace(script.Subject))
                {
                    return "written script has no subject";
                }

                break;
        }

        var again = ScriptComposer.Compose(ask);
        if (again.Text != text || again.Subject != script.Subject || !again.Parts.SequenceEqual(script.Parts))
        {
            return "not deterministic";
        }

        var findings = MessageCheck.Run(text, ask);
        if (findings.Count > 0)
        {
            return $"check found {findings[0].Kind} at '{text.Substring(findings[0].Start, findings[0].Length)}'";
        }

        return null;
    }

    public static void WellFormed(ConsentAsk ask, ConsentScript script)
    {
        var problem = Problem(ask, script);
        Assert.True(problem is null, $"{problem}\n---\n{script.Text}");
    }

    [GeneratedRegex(@"[{}\[\]<>_]|TODO|\bnull\b|\(\)")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"  | \n|\n |\n\n\n|\t")]
    private static partial Regex BadSpacing();

    [GeneratedRegex(@"\s[,.;:!?]|[,;:][,.;:!?]|[.!?][,.;:!?]|,$|^[,.;:!?]")]
    private static partial Regex StrayPunctuation();
}
