using System.Diagnostics.CodeAnalysis;

namespace Undertone.Web.Components.Shared;

/// <summary>How a store call from a page went: its value, or the calm message to show instead.</summary>
public sealed record StoreOutcome<T>(T? Value, string? Problem)
{
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Problem is null;
}
