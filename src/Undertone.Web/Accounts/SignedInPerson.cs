using Undertone.Data.Ownership;

namespace Undertone.Web.Accounts;

/// <summary>
/// Server mode's <see cref="ICurrentPerson"/>: the person whose request or circuit is running right now. The stores
/// are singletons that make one context per operation, so the person cannot be injected into them; it travels with
/// the async flow instead (an <see cref="AsyncLocal{T}"/>), set for each HTTP request by <see cref="PersonFromRequest"/>
/// and for each piece of circuit work by <see cref="PersonCircuitHandler"/>. Code running outside both (a background
/// job) has nobody: it reads nothing and cannot save (docs/decisions/014).
/// </summary>
public sealed class SignedInPerson : ICurrentPerson
{
    private static readonly AsyncLocal<Guid?> Current = new();

    public Guid? Id => Current.Value;

    /// <summary>
    /// Makes <paramref name="person"/> the signed-in person for the rest of the calling async flow (and everything it
    /// awaits or starts); the caller's own caller is not affected.
    /// </summary>
    public static void Set(Guid? person) => Current.Value = person;
}
