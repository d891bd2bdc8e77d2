namespace Undertone.Data.Postgres;

/// <summary>
/// The app was asked to connect as a PostgreSQL superuser or a role with <c>BYPASSRLS</c>: row-level security would
/// not apply, and one person could read another's journal through any missed filter. Server mode refuses to start.
/// </summary>
public sealed class UnsafeDatabaseRoleException : InvalidOperationException
{
    public UnsafeDatabaseRoleException()
    {
    }

    public UnsafeDatabaseRoleException(string message)
        : base(message)
    {
    }

    public UnsafeDatabaseRoleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
