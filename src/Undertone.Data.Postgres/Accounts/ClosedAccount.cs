namespace Undertone.Data.Postgres.Accounts;

/// <summary>
/// The id of an account its person deleted, and when: nothing else. A save that was already on its way when the account
/// went (an open tab's autosave in the minute before it checks the session again, a slow upload) can still land after
/// the journal was emptied, under an id nobody can sign in as any more; the closed-account sweep empties that journal
/// again until <see cref="ClosedAt"/> is a day old, and then forgets the id.
/// </summary>
public sealed class ClosedAccount
{
    public Guid Id { get; set; }

    public DateTimeOffset ClosedAt { get; set; }
}
