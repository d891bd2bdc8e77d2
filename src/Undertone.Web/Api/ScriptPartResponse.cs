namespace Undertone.Web.Api;

/// <summary>One part of a script; its text appears verbatim in the script's text.</summary>
public sealed record ScriptPartResponse(ScriptPartKind Part, string Text);
