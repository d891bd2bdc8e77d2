namespace Undertone.Web.Hosting;

/// <summary>The resolved locations inside the data folder.</summary>
public sealed record UndertonePaths(string DataDirectory)
{
    public string DatabaseFile => Path.Combine(DataDirectory, UndertoneDatabase.FileName);

    public string LogDirectory => Path.Combine(DataDirectory, "logs");

    public string LogFile => Path.Combine(LogDirectory, "undertone-.log");

    public string KeysDirectory => Path.Combine(DataDirectory, "keys");

    /// <summary>This start's launch token (see <see cref="AccessToken"/>).</summary>
    public string AccessTokenFile => Path.Combine(DataDirectory, AccessToken.FileName);
}
