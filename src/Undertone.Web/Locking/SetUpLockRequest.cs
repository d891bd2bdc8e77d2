namespace Undertone.Web.Locking;

/// <summary>The body of <c>POST /api/lock/setup</c>.</summary>
public sealed record SetUpLockRequest(string? Passphrase);
