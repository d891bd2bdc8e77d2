namespace Undertone.Data.Tests.Encryption;

public sealed class SqliteNativeTests
{
    private static bool EncryptingBuildShipped => File.Exists(Path.Combine(AppContext.BaseDirectory, SqliteNative.LibraryFileName));

    [Fact]
    public async Task Initialize_UsesTheEncryptingBuildExactlyWhenTheBuildShippedIt()
    {
        var status = SqliteNative.Initialize();

        await using var connection = new SqliteConnection(UndertoneDatabase.ConnectionString(":memory:"));
        await connection.OpenAsync();
        var options = await CompileOptionsAsync(connection);
        Assert.Equal(status.SqliteVersion, connection.ServerVersion);
        if (EncryptingBuildShipped)
        {
            Assert.Equal(SqliteNative.EncryptingLibrary, status.Library);
            Assert.True(status.EncryptionAvailable, status.Reason);
            Assert.Null(status.Reason);
            Assert.StartsWith("SQLite3 Multiple Ciphers", status.CipherVersion, StringComparison.Ordinal);
            Assert.Contains("TEMP_STORE=3", options);
            Assert.Contains("ENABLE_FTS5", options);
            Assert.Contains("SECURE_DELETE", options);
        }
        else
        {
            // The fallback: the standard bundle, and a lock that says it is unavailable and why.
            Assert.Equal(SqliteNative.StandardLibrary, status.Library);
            Assert.False(status.EncryptionAvailable);
            Assert.Null(status.CipherVersion);
            Assert.Contains(SqliteNative.LibraryFileName, status.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Initialize_Twice_GivesTheSameChoice()
    {
        Assert.Same(SqliteNative.Initialize(), SqliteNative.Initialize());
    }

    private static async Task<List<string>> CompileOptionsAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA compile_options;";
        await using var reader = await command.ExecuteReaderAsync();
        var options = new List<string>();
        while (await reader.ReadAsync())
        {
            options.Add(reader.GetString(0));
        }

        return options;
    }
}
