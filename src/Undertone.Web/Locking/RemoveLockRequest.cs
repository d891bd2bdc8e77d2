namespace Undertone.Web.Locking;

/// <summary>The body of <c>DELETE /api/lock</c>: the passphrase, to confirm.</summary>
public sealed record RemoveLockRequest(string? Passphrase);
