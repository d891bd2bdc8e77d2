namespace Undertone.Pdf.Journal;

/// <summary>A theme that keeps coming up: in <paramref name="RecentCount"/> of the last <paramref name="RecentSessions"/> sessions.</summary>
public sealed record SheetTheme(string Name, int RecentCount, int RecentSessions);
