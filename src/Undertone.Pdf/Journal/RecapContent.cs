namespace Undertone.Pdf.Journal;

/// <summary>The fields of one recap as blocks: the user's words exactly as written, blank prompts left out.</summary>
internal static class RecapContent
{
    public const string WhatCameUp = "What came up";
    public const string Takeaways = "What mattered most";
    public const string NextSteps = "Next steps";
    public const string ToRevisit = "What I want to come back to";
    public const string Feeling = "How I feel now";
    public const string Themes = "Themes";
    public const string TherapistSaid = "Something my therapist said that stuck with me";
    public const string TherapistSaidNote = "Their words, as I remember them.";
    public const string NothingWritten = "Only the date was saved for this session.";

    public static void Add(PdfComposer composer, Recap recap, RecapExport export)
    {
        var before = composer.Rows.Count;
        composer.LabelValue(WhatCameUp, recap.WhatCameUp);
        composer.LabelValue(Takeaways, recap.Takeaways);
        composer.LabelValue(NextSteps, recap.NextSteps);
        composer.LabelValue(ToRevisit, recap.ToRevisit);
        composer.LabelValue(Feeling, FeelingText(recap));
        if (recap.Themes.Count > 0)
        {
            var names = recap.Themes.Select(t => t.Name).Order(StringComparer.CurrentCultureIgnoreCase);
            composer.LabelValue(Themes, string.Join(" · ", names));
        }

        if (export.IncludeTherapistSaid && !string.IsNullOrWhiteSpace(recap.TherapistSaid))
        {
            composer.Label(TherapistSaid);
            composer.Paragraph(TherapistSaidNote, TextStyle.Muted);
            composer.Paragraph(recap.TherapistSaid);
        }

        if (composer.Rows.Count == before)
        {
            composer.Paragraph(NothingWritten, TextStyle.Muted);
        }
    }

    /// <summary>The date, then the user's own name for the session if they gave one.</summary>
    public static string Heading(Recap recap) =>
        recap.Label.Length == 0 ? PdfDates.Long(recap.SessionDate) : string.Concat(PdfDates.Long(recap.SessionDate), " · ", recap.Label);

    private static string FeelingText(Recap recap)
    {
        var scale = recap.Feeling is { } value
            ? string.Create(CultureInfo.InvariantCulture, $"{value} of {Recap.MaxFeeling} ({ScaleWord(value)})")
            : "";
        return (scale.Length, recap.FeelingWords.Length) switch
        {
            (0, _) => recap.FeelingWords,
            (_, 0) => scale,
            _ => string.Concat(scale, " — ", recap.FeelingWords),
        };
    }

    private static string ScaleWord(int value) => value switch
    {
        <= 1 => "very low",
        2 => "low",
        3 => "mixed",
        4 => "good",
        _ => "very good",
    };
}
