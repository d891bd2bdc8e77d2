using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Undertone.Data.Tests;

namespace Undertone.Web.Tests;

/// <summary>The real app in memory, in Production, on its own temp data folder (deleted on dispose unless kept).</summary>
public sealed class UndertoneWebFactory : WebApplicationFactory<Program>
{
    private readonly bool _ownsFolder;

    /// <summary>A fresh temp data folder, deleted on dispose (also usable as an xunit class fixture).</summary>
    public UndertoneWebFactory()
    {
        DataDirectory = TestDatabase.CreateFolder();
        _ownsFolder = true;
    }

    private UndertoneWebFactory(string dataDirectory) => DataDirectory = dataDirectory;

    /// <summary>An existing data folder, left in place on dispose (to test restarts).</summary>
    public static UndertoneWebFactory On(string dataDirectory) => new(dataDirectory);

    public string DataDirectory { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting(Undertone.Web.Hosting.DataDirectory.SettingKey, DataDirectory);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_ownsFolder && Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
