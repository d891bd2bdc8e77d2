namespace Undertone.Web.Locking;

/// <summary>The body of <c>POST /api/unlock</c>: the passphrase or the recovery key (one of them).</summary>
public sealed record UnlockRequest(string? Passphrase, string? RecoveryKey);
