namespace Undertone.Data.Postgres.Accounts;

/// <summary>
/// A one-time invite link the owner made for a new person. Only a hash of the link's secret is kept (SHA-256 of a
/// 256-bit random token: a database reader cannot turn it back into a working link). An invite is open until it is
/// used or <see cref="ExpiresAt"/> passes; withdrawing it deletes the row.
/// </summary>
public sealed class Invite
{
    public const int MaxLabelLength = 100;

    public Guid Id { get; set; }

    /// <summary>SHA-256 of the link's token, as lowercase hex.</summary>
    public required string TokenHash { get; set; }

    /// <summary>A note only the owner sees, to tell invites apart ("for Lee"). Optional.</summary>
    public string? Label { get; set; }

    public Guid CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>When someone made their account with it; a used invite never works again.</summary>
    public DateTimeOffset? UsedAt { get; set; }
}
