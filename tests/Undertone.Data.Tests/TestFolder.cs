namespace Undertone.Data.Tests;

/// <summary>
/// An empty folder of its own under the temp folder, for a data folder a test fills itself; deleted on dispose, after
/// SQLite's pooled connections to files in it are closed.
/// </summary>
public sealed class TestFolder : IDisposable
{
    public string Path { get; } = TestDatabase.CreateFolder();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
