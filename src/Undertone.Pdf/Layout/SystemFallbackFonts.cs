using System.Collections.Concurrent;
using SkiaSharp;

namespace Undertone.Pdf.Layout;

/// <summary>
/// Asks the operating system's font manager (fontconfig on Linux) for an installed font that has the character,
/// e.g. Noto Sans CJK or Noto Color Emoji. Answers are cached for the life of the process.
/// </summary>
internal sealed class SystemFallbackFonts : IFallbackFonts
{
    public static readonly SystemFallbackFonts Instance = new();

    private readonly ConcurrentDictionary<(int CodePoint, bool Bold), SKTypeface?> _cache = new();

    private readonly ConcurrentDictionary<string, SKTypeface> _byFamily = new(StringComparer.Ordinal);

    public SKTypeface? Find(int codePoint, bool bold) => _cache.GetOrAdd((codePoint, bold), Match);

    private SKTypeface? Match((int CodePoint, bool Bold) key)
    {
        var weight = key.Bold ? SKFontStyleWeight.Bold : SKFontStyleWeight.Normal;
        var found = SKFontManager.Default.MatchCharacter(
            null, weight, SKFontStyleWidth.Normal, SKFontStyleSlant.Upright, null, key.CodePoint);
        if (found is null)
        {
            return null;
        }

        if (!FontResolver.Contains(found, key.CodePoint))
        {
            found.Dispose();
            return null;
        }

        // One typeface object per family and style, so each font is embedded once per PDF.
        var name = string.Concat(found.FamilyName, "|", found.FontStyle.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var shared = _byFamily.GetOrAdd(name, found);
        if (!ReferenceEquals(shared, found))
        {
            found.Dispose();
        }

        return shared;
    }
}
