using Microsoft.AspNetCore.Identity;

namespace Undertone.Data.Postgres.Accounts;

/// <summary>
/// A person with an account in server mode. Their id is the owner id of every row of their journal
/// (<see cref="Undertone.Data.Ownership.OwnershipModel"/>).
/// </summary>
public sealed class Account : IdentityUser<Guid>
{
    /// <summary>True for the person who set the server up (through the set-up link): the one who may invite others.</summary>
    public bool IsOwner { get; set; }
}
