namespace Undertone.Data.Journal;

/// <summary>A theme as shown on a recap: id, name and optional colour.</summary>
public sealed record ThemeTag(int Id, string Name, string? Colour);
