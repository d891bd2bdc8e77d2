namespace Undertone.Data.Tests.Agreements;

/// <summary>A migrated journal, a fake clock and the stores the rules touch, with helpers to record an agreement.</summary>
public sealed class MaterialWorld : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private MaterialWorld(TestDatabase database)
    {
        Database = database;
        Journal = new TestJournal(database, Clock);
        Scripts = new ScriptStore(database, Clock);
        VoiceNotes = new VoiceNoteStore(database, Clock);
        Rules = new SessionMaterialRules(database);
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    public TestDatabase Database { get; }

    public TestJournal Journal { get; }

    public ScriptStore Scripts { get; }

    public VoiceNoteStore VoiceNotes { get; }

    public SessionMaterialRules Rules { get; }

    public static async Task<MaterialWorld> CreateAsync() => new(await TestDatabase.CreateAsync());

    /// <summary>Saves a message and records what was agreed for it.</summary>
    public async Task AgreeAsync(RetentionKind? retention, int? days = null, AgreementAnswer answer = AgreementAnswer.Yes)
    {
        var script = await Scripts.SaveScriptAsync(null, new SavedScriptInput("Ask " + Guid.NewGuid().ToString("N")[..6], new ConsentAsk { Reasons = [AskReason.RememberTakeaways] }, "Could I keep a short recap?", true, [], ""), 0);
        Assert.True(script.IsSaved, string.Join(", ", script.Errors.Select(e => e.Message)));
        var saved = await Scripts.SaveAgreementAsync(
            script.Id,
            new AgreementInput { AskedOn = Journal.Recaps.Today, Answer = answer, Format = RecordFormat.ShortRecap, Retention = retention, RetentionDays = days },
            0);
        Assert.True(saved.IsSaved, string.Join(", ", saved.Errors.Select(e => e.Message)));
    }

    /// <summary>A recap with the person's own words in every field, and the therapist's words.</summary>
    public async Task<int> RecapAsync(string ownWords, string therapistSaid)
    {
        var result = await Journal.Recaps.SaveRecapAsync(null, new RecapDraft
        {
            SessionDate = Journal.Recaps.Today,
            WhatCameUp = ownWords + " came up",
            Takeaways = ownWords + " mattered",
            NextSteps = ownWords + " next",
            ToRevisit = ownWords + " revisit",
            FeelingWords = ownWords + " feeling",
            TherapistSaid = therapistSaid,
            ThemeNames = ["work"],
        }, 0);
        Assert.True(result.IsSaved);
        return result.Id;
    }

    /// <summary>A finished voice note whose audio holds <paramref name="canary"/>.</summary>
    public async Task<int> VoiceNoteAsync(int recapId, string canary)
    {
        var note = await VoiceNotes.StartAsync(recapId, "audio/webm;codecs=opus");
        Assert.NotNull(note);
        Assert.Equal(ChunkResult.Saved, await VoiceNotes.AppendAsync(note.Id, 0, Audio(canary, 0), 1000));
        Assert.Equal(ChunkResult.Saved, await VoiceNotes.AppendAsync(note.Id, 1, Audio(canary, 1), 2000));
        Assert.True(await VoiceNotes.FinishAsync(note.Id, 2000));
        return note.Id;
    }

    /// <summary>A recap (see <see cref="RecapAsync"/>) with a voice note on it (see <see cref="VoiceNoteAsync"/>).</summary>
    public async Task<(int RecapId, int NoteId)> RecapWithVoiceNoteAsync(string ownWords, string therapistSaid, string audioCanary)
    {
        var recapId = await RecapAsync(ownWords, therapistSaid);
        return (recapId, await VoiceNoteAsync(recapId, audioCanary));
    }

    /// <summary>
    /// The session material of one recap is gone: the therapist's words are empty, the voice note is deleted, and no
    /// file in the data folder holds any of <paramref name="canaries"/>; what the person wrote (<paramref name="ownWords"/>) stays.
    /// </summary>
    public async Task AssertMaterialGoneAsync(int recapId, int noteId, string ownWords, params string[] canaries)
    {
        var recap = (await Journal.Recaps.GetRecapAsync(recapId))!;
        Assert.Equal("", recap.TherapistSaid);
        Assert.Equal(ownWords + " came up", recap.WhatCameUp);
        Assert.Null(await VoiceNotes.GetAsync(noteId));
        Assert.All(canaries, canary => Assert.Empty(DataFolderCanary.FilesHolding(Database.Folder, canary)));
    }

    public static byte[] Audio(string canary, int piece) =>
        [.. System.Text.Encoding.UTF8.GetBytes($"piece {piece} "), .. System.Text.Encoding.UTF8.GetBytes(canary), .. new byte[3000]];

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
