namespace Undertone.Domain.Consent;

/// <summary>One of the five parts of a script; <see cref="Text"/> appears verbatim in the script at <see cref="Start"/>.</summary>
public sealed record ScriptPart(ScriptPartKind Part, string Text, int Start);
