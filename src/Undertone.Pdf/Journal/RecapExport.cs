namespace Undertone.Pdf.Journal;

/// <summary>What goes into a recap PDF besides the user's own words.</summary>
public sealed record RecapExport
{
    public static readonly RecapExport Default = new();

    /// <summary>
    /// "Something my therapist said" is someone else's words, so it is left out unless the user ticks it in.
    /// </summary>
    public bool IncludeTherapistSaid { get; init; }

    /// <summary>The theme the recaps were chosen by, said under the dates; null when every theme is in.</summary>
    public string? ThemeName { get; init; }
}
