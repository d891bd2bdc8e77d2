namespace Undertone.Web.Hosting;

/// <summary>How Undertone runs (<c>Undertone:Mode</c>; docs/decisions/014-server-mode-postgres.md).</summary>
public enum AppMode
{
    /// <summary>The default: one person on their own computer, an SQLite file, the launch link and the passphrase lock.</summary>
    Local,

    /// <summary>Several people on a shared PostgreSQL database, each with an account (issue 18: accounts and sign-in; more to come).</summary>
    Server,
}
