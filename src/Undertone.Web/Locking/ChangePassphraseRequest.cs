namespace Undertone.Web.Locking;

/// <summary>The body of <c>POST /api/lock/passphrase</c>.</summary>
public sealed record ChangePassphraseRequest(string? Current, string? Next);
