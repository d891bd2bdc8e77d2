namespace Undertone.Web.Hosting;

/// <summary>
/// Reads <c>Undertone:Mode</c> before anything else starts. Local mode (the default) starts as it always has. Server
/// mode needs <c>ConnectionStrings:Undertone</c> for PostgreSQL, and refuses to start without it; with it, every page
/// and API route needs a signed-in account (Accounts/AccountGate; docs/decisions/014).
/// </summary>
public static class AppModeSetting
{
    public const string SettingKey = "Undertone:Mode";

    public const string ConnectionStringName = "Undertone";

    /// <summary>The mode to run in, or <see cref="ServerModeRefusedException"/> when it cannot start.</summary>
    public static AppMode Resolve(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[SettingKey];
        AppMode mode;
        if (string.IsNullOrWhiteSpace(value))
        {
            mode = AppMode.Local;
        }
        else if (!Enum.TryParse(value.Trim(), ignoreCase: true, out mode) || !Enum.IsDefined(mode))
        {
            throw new ServerModeRefusedException(
                $"{SettingKey} is set to \"{value}\". Use Local (the default, for one person on this computer) or Server.");
        }

        return mode switch
        {
            AppMode.Local => AppMode.Local,
            AppMode.Server => RequireDatabase(configuration),
        };
    }

    private static AppMode RequireDatabase(IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration.GetConnectionString(ConnectionStringName)))
        {
            throw new ServerModeRefusedException(
                $"Server mode needs a PostgreSQL database, and ConnectionStrings:{ConnectionStringName} is not set. " +
                $"Set it (for example with the environment variable ConnectionStrings__{ConnectionStringName}), " +
                $"or leave {SettingKey} unset to run Undertone for one person on this computer.");
        }

        return AppMode.Server;
    }
}
