namespace Undertone.Web.Components.Pages.Script;

/// <summary>What the read-aloud view shows, a quiet note about it, and another version the person can switch to.</summary>
public sealed record ReadAloudText(string Text, string? Note, ReadAloudText? Other);
