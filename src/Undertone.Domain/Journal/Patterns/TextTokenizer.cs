using System.Globalization;

namespace Undertone.Domain.Journal.Patterns;

/// <summary>
/// Splits recap text into words. A word is a run of letters and digits, with an apostrophe or hyphen inside
/// it ("don't", "self-care"). Spaces and tabs sit between words of one phrase; any other character (a full
/// stop, a comma, a line break, an emoji) ends the phrase, so a phrase never runs across sentences or lines.
/// </summary>
internal ref struct TextTokenizer
{
    /// <summary>Longer "words" (a pasted link, text with no spaces) are skipped, ending the phrase.</summary>
    public const int MaxTokenLength = 40;

    private readonly ReadOnlySpan<char> _text;
    private int _position;

    public TextTokenizer(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
    }

    /// <summary>
    /// The next word, and whether something that ends a phrase came between it and the previous word.
    /// Returns false at the end of the text (<paramref name="brokeBefore"/> then tells whether the text
    /// ended with a phrase break, which callers can ignore).
    /// </summary>
    public bool Next(out ReadOnlySpan<char> word, out bool brokeBefore)
    {
        brokeBefore = false;
        var text = _text;
        var i = _position;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                var start = i;
                i++;
                while (i < text.Length)
                {
                    c = text[i];
                    if (IsWordChar(c))
                    {
                        i++;
                    }
                    else if (IsJoiner(c) && i + 1 < text.Length && IsWordChar(text[i + 1]))
                    {
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                if (i - start > MaxTokenLength)
                {
                    brokeBefore = true;
                    continue;
                }

                _position = i;
                word = text[start..i];
                return true;
            }

            if (c is not (' ' or '\t' or '\u00A0'))
            {
                brokeBefore = true;
            }

            i++;
        }

        _position = i;
        word = default;
        return false;
    }

    /// <summary>Lower-cases a word and straightens curly apostrophes and hyphens into <paramref name="destination"/>.</summary>
    public static ReadOnlySpan<char> Normalize(ReadOnlySpan<char> word, Span<char> destination)
    {
        var written = word.ToLowerInvariant(destination);
        var result = destination[..written];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = result[i] switch
            {
                '\u2019' or '\u2018' or '\u02BC' => '\'',
                '\u2010' or '\u2011' => '-',
                var other => other,
            };
        }

        return result;
    }

    /// <summary>Whether a normalized word has at least one letter (numbers alone are not patterns).</summary>
    public static bool HasLetter(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWordChar(char c)
    {
        if (c < 128)
        {
            return (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;
        }

        return char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber => true,
            _ => false,
        };
    }

    private static bool IsJoiner(char c) => c is '\'' or '\u2019' or '-' or '\u2010' or '\u2011';
}
