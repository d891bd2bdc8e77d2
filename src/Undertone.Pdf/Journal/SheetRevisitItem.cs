namespace Undertone.Pdf.Journal;

/// <summary>Something the user meant to come back to, and the session date it was written on.</summary>
public sealed record SheetRevisitItem(string Text, DateOnly Since);
