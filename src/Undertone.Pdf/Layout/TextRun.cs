using SkiaSharp;

namespace Undertone.Pdf.Layout;

/// <summary>A piece of text drawn with one typeface.</summary>
internal readonly record struct TextRun(string Text, SKTypeface Typeface);
