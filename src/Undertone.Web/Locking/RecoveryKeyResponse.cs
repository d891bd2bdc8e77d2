namespace Undertone.Web.Locking;

/// <summary>The answer to <c>POST /api/lock/setup</c>: the recovery key, shown this once and stored nowhere.</summary>
public sealed record RecoveryKeyResponse(string RecoveryKey);
