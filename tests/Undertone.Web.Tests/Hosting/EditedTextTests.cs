namespace Undertone.Web.Tests.Hosting;

/// <summary>
/// Words taken out by editing leave every file of the data folder once the writing pauses, not only at the next
/// delete or start: the <c>-wal</c> kept the pages as they were before the edit (<see cref="EditedTextCheckpoint"/>).
/// The attack is the one another program would make: read every file of the folder while the app runs.
/// </summary>
public sealed class EditedTextTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly UndertoneWebFactory _factory = new();
    private WebApplicationFactory<Program> _app = null!;

    public Task InitializeAsync()
    {
        _app = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(_clock)));
        _ = _app.Services; // started
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task WordsEditedOutOfARecapAndTheBuildersDraft_LeaveEveryFile_OnceTheWritingPauses()
    {
        // Held open as the app's pool usually holds one: when the last connection to the file closes, SQLite empties
        // the -wal itself, and other tests in this process clear every pool at any moment. Only a connection that has
        // read the file keeps the shared lock that stops that; one that was merely opened does not.
        using var held = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_factory.DataDirectory, UndertoneDatabase.FileName)};Pooling=False");
        held.Open();
        using (var read = held.CreateCommand())
        {
            read.CommandText = "SELECT count(*) FROM sqlite_schema;";
            read.ExecuteScalar();
        }
        var recaps = _app.Services.GetRequiredService<RecapStore>();
        var scripts = _app.Services.GetRequiredService<ScriptStore>();
        var created = await recaps.SaveRecapAsync(null, new RecapDraft { SessionDate = scripts.Today, WhatCameUp = "Keptcanary and Editedcanary came up" }, 0);
        Assert.True((await recaps.SaveRecapAsync(created.Id, new RecapDraft { SessionDate = scripts.Today, WhatCameUp = "Keptcanary came up" }, created.Version)).IsSaved);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // as another test may, at any moment
        var draft = await scripts.SaveDraftAsync(new WorkingDraft { EditedText = "I would like to ask Typedovercanary." }, DraftWriter.None);
        await scripts.SaveDraftAsync(new WorkingDraft { EditedText = "I would like to ask you something.", Version = draft.Version }, DraftWriter.None);

        // The first look after the saves sees a -wal that changed since the last one: the person may still be typing.
        Assert.Null(await LookAsync());
        Assert.NotEmpty(DataFolderCanary.FilesHolding(_factory.DataDirectory, "Editedcanary"));
        Assert.NotEmpty(DataFolderCanary.FilesHolding(_factory.DataDirectory, "Typedovercanary"));

        // A whole pause with no writing: the -wal is emptied.
        Assert.True(await LookAsync());

        Assert.Empty(DataFolderCanary.FilesHolding(_factory.DataDirectory, "Editedcanary"));
        Assert.Empty(DataFolderCanary.FilesHolding(_factory.DataDirectory, "Typedovercanary"));
        Assert.NotEmpty(DataFolderCanary.FilesHolding(_factory.DataDirectory, "Keptcanary"));
        Assert.Equal("Keptcanary came up", (await recaps.GetRecapAsync(created.Id))!.WhatCameUp);
        Assert.Equal("I would like to ask you something.", (await scripts.GetDraftAsync())!.EditedText);

        // Nothing written since: the next look has nothing to do.
        Assert.Null(await LookAsync());
    }

    /// <summary>Moves the clock one pause on and waits for the look it sets off.</summary>
    private async Task<bool?> LookAsync()
    {
        var checkpoint = _app.Services.GetRequiredService<EditedTextCheckpoint>();
        var looked = new TaskCompletionSource<bool?>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLooked(bool? emptied) => looked.TrySetResult(emptied);
        checkpoint.Looked += OnLooked;
        try
        {
            _clock.Advance(EditedTextCheckpoint.Pause);
            return await looked.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            checkpoint.Looked -= OnLooked;
        }
    }
}
