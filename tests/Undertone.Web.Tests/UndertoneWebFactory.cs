using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Undertone.Data.Tests;

namespace Undertone.Web.Tests;

/// <summary>The real app in memory, in Production, on its own temp data folder (deleted on dispose unless kept).</summary>
public sealed class UndertoneWebFactory(string? dataDirectory = null) : WebApplicationFactory<Program>
{
    private readonly bool _ownsFolder = dataDirectory is null;

    public string DataDirectory { get; } = dataDirectory ?? TestDatabase.CreateFolder();

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
