namespace Undertone.Web.Hosting;

/// <summary>
/// The one folder that holds everything Undertone keeps: the database, logs and Data Protection keys.
/// </summary>
public static class DataDirectory
{
    public const string SettingKey = "Undertone:DataDirectory";
    public const string EnvironmentVariable = "UNDERTONE_DATA";

    /// <summary>The <c>Undertone:DataDirectory</c> setting, else <c>UNDERTONE_DATA</c>, else the per-user default.</summary>
    public static string Resolve(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration[SettingKey];
        if (string.IsNullOrWhiteSpace(configured))
        {
            configured = configuration[EnvironmentVariable];
        }

        var path = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "Undertone")
            : configured;
        return Path.GetFullPath(path);
    }
}
