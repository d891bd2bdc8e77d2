using Undertone.Data;

namespace Undertone.Web.Hosting;

/// <summary>The resolved locations inside the data folder.</summary>
public sealed record UndertonePaths(string DataDirectory)
{
    public string DatabaseFile => Path.Combine(DataDirectory, UndertoneDatabase.FileName);

    public string LogFile => Path.Combine(DataDirectory, "logs", "undertone-.log");

    public string KeysDirectory => Path.Combine(DataDirectory, "keys");
}
