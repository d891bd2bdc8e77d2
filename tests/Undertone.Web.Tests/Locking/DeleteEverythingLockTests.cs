namespace Undertone.Web.Tests.Locking;

/// <summary>"Delete everything" on a locked-with-a-passphrase journal takes the passphrase, the recovery key and the data key with it.</summary>
public sealed class DeleteEverythingLockTests : IAsyncLifetime
{
    private readonly LockTestApp _app = new();
    private readonly string _canary = "qzv" + Guid.NewGuid().ToString("N")[..12].Replace('0', 'k').Replace('1', 'w');

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _app.DisposeAsync().AsTask();

    [Fact]
    public async Task DeleteEverything_DestroysEveryKey_AndUndertoneStartsFreshAndUnencrypted()
    {
        var app = _app.Start();
        var client = app.CreateClient();
        await app.Services.GetRequiredService<QuestionStore>().AddQuestionAsync($"Why does {_canary} keep coming back?");
        var setUp = await client.PostAsJsonAsync("/api/lock/setup", new { passphrase = LockTestApp.Passphrase });
        setUp.EnsureSuccessStatusCode();
        var recoveryKey = (await setUp.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recoveryKey").GetString()!;
        var keyFile = Path.Combine(_app.Folder, JournalLock.KeyFileName);
        var keyMaterial = KeyMaterialIn(keyFile);
        Assert.NotEmpty(keyMaterial);

        var wipe = await client.PostAsJsonAsync("/api/data/wipe", new { confirm = "delete everything" });

        Assert.Equal(HttpStatusCode.NoContent, wipe.StatusCode);
        Assert.Equal(new LockState(true, false, false), await client.GetFromJsonAsync<LockState>("/api/lock"));
        Assert.False(File.Exists(keyFile));
        Assert.Empty(Directory.GetFiles(_app.Folder, JournalLock.KeyFileName + "*"));
        foreach (var piece in keyMaterial)
        {
            Assert.Empty(_app.FilesHolding(piece)); // no salt, nonce or wrapped key anywhere in the folder
        }

        Assert.Empty(_app.FilesHolding(_canary));
        Assert.True(IsPlainSqlite(Path.Combine(_app.Folder, "undertone.db")));

        // Neither old secret means anything now, and a restart opens unlocked, like a fresh install.
        var oldSecret = await client.PostAsJsonAsync("/api/unlock", new { recoveryKey });
        Assert.Equal(HttpStatusCode.Conflict, oldSecret.StatusCode);
        await _app.StopAsync();
        var again = _app.Start().CreateClient();
        Assert.Equal(new LockState(true, false, false), await again.GetFromJsonAsync<LockState>("/api/lock"));
        var added = await again.PostAsJsonAsync("/api/questions", new { text = "A first question in a fresh journal" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        (await again.PostAsJsonAsync("/api/lock/setup", new { passphrase = "a brand new passphrase" })).EnsureSuccessStatusCode();
        Assert.True(File.Exists(keyFile));
    }

    /// <summary>Every base64 value in the key file (salts, nonces, tags, wrapped keys), as it is written there.</summary>
    private static List<string> KeyMaterialIn(string keyFile)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(keyFile));
        var found = new List<string>();
        Collect(json.RootElement, found);
        return found;

        static void Collect(JsonElement element, List<string> found)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        Collect(property.Value, found);
                    }

                    break;
                case JsonValueKind.String when element.GetString() is { Length: >= 16 } value:
                    found.Add(value);
                    break;
            }
        }
    }

    private static bool IsPlainSqlite(string path)
    {
        var header = new byte[16];
        using var stream = File.OpenRead(path);
        stream.ReadExactly(header);
        return header.AsSpan().SequenceEqual("SQLite format 3\0"u8);
    }
}
