using System.Collections.Concurrent;
using System.Text;
using SkiaSharp;

namespace Undertone.Pdf.Layout;

/// <summary>
/// Splits text into runs by the typeface that can draw it. The policy for characters the built-in font lacks:
/// each user-perceived character (grapheme) is drawn with an installed font that has it when
/// <see cref="IFallbackFonts"/> finds one, and otherwise printed as <see cref="Replacement"/> so the gap stays visible.
/// Invisible formatting characters (zero-width joiners, variation selectors, bidi marks, soft hyphens) are dropped
/// where the built-in font draws the text. Text is put in Unicode normal form C first, so "e" + combining accent
/// prints as the single letter "é".
/// </summary>
internal sealed class FontResolver(IFallbackFonts fallback)
{
    /// <summary>□ (U+25A1 WHITE SQUARE): printed for a character no available font can draw.</summary>
    public const string Replacement = "\u25A1";

    private static readonly ConcurrentDictionary<(SKTypeface Typeface, int CodePoint), bool> Coverage = new();

    public IReadOnlyList<TextRun> Split(string text, bool bold)
    {
        ArgumentNullException.ThrowIfNull(text);
        var primary = EmbeddedFonts.For(bold);
        if (IsSimple(text))
        {
            return text.Length == 0 ? [] : [new TextRun(text, primary)];
        }

        var runs = new List<TextRun>();
        var current = new StringBuilder();
        SKTypeface? currentFace = null;
        var codePoints = new List<int>(4);
        var elements = StringInfo.GetTextElementEnumerator(Clean(text));
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            codePoints.Clear();
            foreach (var rune in element.EnumerateRunes())
            {
                if (!IsInvisible(rune.Value))
                {
                    codePoints.Add(rune.Value);
                }
            }

            if (codePoints.Count == 0)
            {
                continue;
            }

            SKTypeface face;
            string drawn;
            if (codePoints.TrueForAll(cp => Has(primary, cp)))
            {
                face = primary;
                drawn = codePoints.Count == element.Length ? element : Visible(codePoints);
            }
            else if (fallback.Find(codePoints[0], bold) is { } other && codePoints.TrueForAll(cp => Has(other, cp)))
            {
                face = other;
                drawn = element;
            }
            else
            {
                face = primary;
                drawn = Replacement;
            }

            if (!ReferenceEquals(face, currentFace) && current.Length > 0)
            {
                runs.Add(new TextRun(current.ToString(), currentFace!));
                current.Clear();
            }

            currentFace = face;
            current.Append(drawn);
        }

        if (current.Length > 0)
        {
            runs.Add(new TextRun(current.ToString(), currentFace!));
        }

        return runs;
    }

    /// <summary>True when every character is printable Latin the built-in font certainly has (the common case).</summary>
    private static bool IsSimple(string text)
    {
        foreach (var c in text)
        {
            if (c < ' ' || (c > '~' && c < '\u00A0') || c == '\u00AD' || c > '\u024F')
            {
                return false;
            }
        }

        return true;
    }

    private static string Clean(string text)
    {
        var normal = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(normal.Length);
        foreach (var c in normal)
        {
            if (c == '\t')
            {
                builder.Append(' ');
            }
            else if (!char.IsControl(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsInvisible(int cp) =>
        cp is 0x00AD or 0x034F or 0x061C or 0x180E or (>= 0x200B and <= 0x200F) or (>= 0x202A and <= 0x202E)
            or (>= 0x2060 and <= 0x206F) or 0xFEFF or (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0000 and <= 0xE0FFF);

    private static bool Has(SKTypeface typeface, int cp) =>
        cp is (>= 0x20 and <= 0x7E) or (>= 0xA0 and <= 0x24F) && IsEmbedded(typeface)
        || Coverage.GetOrAdd((typeface, cp), static key => Contains(key.Typeface, key.CodePoint));

    public static bool Contains(SKTypeface typeface, int cp)
    {
        using var font = new SKFont(typeface);
        return font.ContainsGlyph(cp);
    }

    private static bool IsEmbedded(SKTypeface typeface) =>
        ReferenceEquals(typeface, EmbeddedFonts.Regular) || ReferenceEquals(typeface, EmbeddedFonts.Bold);

    private static string Visible(List<int> codePoints)
    {
        var builder = new StringBuilder(codePoints.Count * 2);
        foreach (var cp in codePoints)
        {
            builder.Append(char.ConvertFromUtf32(cp));
        }

        return builder.ToString();
    }
}
