using Undertone.Data.Tests.Agreements;

namespace Undertone.Data.Tests.Journal;

public sealed class VoiceNoteStoreTests
{
    [Fact]
    public async Task Chunks_AreStoredInOrderOnce_AndReadBackAsOneFile()
    {
        await using var world = await MaterialWorld.CreateAsync();
        var recapId = await world.RecapAsync("mine", "");
        var note = (await world.VoiceNotes.StartAsync(recapId, "audio/webm;codecs=opus"))!;

        Assert.Equal(ChunkResult.Saved, await world.VoiceNotes.AppendAsync(note.Id, 1, [4, 5], 2000));
        Assert.Equal(ChunkResult.Saved, await world.VoiceNotes.AppendAsync(note.Id, 0, [1, 2, 3], 1000));
        Assert.Equal(ChunkResult.Saved, await world.VoiceNotes.AppendAsync(note.Id, 1, [4, 5], 2000)); // a retried upload

        var audio = await world.VoiceNotes.ReadAudioAsync(note.Id);
        Assert.Equal([1, 2, 3, 4, 5], audio!.Data);
        Assert.Equal("audio/webm;codecs=opus", audio.ContentType);
        var listed = Assert.Single(await world.VoiceNotes.ListAsync(recapId));
        Assert.Equal(TimeSpan.FromSeconds(2), listed.Duration);
        Assert.Equal(5, listed.SizeBytes);
        Assert.False(listed.IsFinished);
        Assert.Equal("Voice note", listed.DisplayName);
    }

    [Fact]
    public async Task Finished_TakesNoMoreChunks_AndLimitsAreKept()
    {
        await using var world = await MaterialWorld.CreateAsync();
        var recapId = await world.RecapAsync("mine", "");
        var note = (await world.VoiceNotes.StartAsync(recapId, "audio/ogg;codecs=opus"))!;

        Assert.Equal(ChunkResult.TooLong, await world.VoiceNotes.AppendAsync(note.Id, 0, [1], (long)VoiceNote.MaxDuration.TotalMilliseconds + 60_000));
        Assert.True(await world.VoiceNotes.FinishAsync(note.Id, 1000));
        Assert.Equal(ChunkResult.Finished, await world.VoiceNotes.AppendAsync(note.Id, 0, [1], 1000));
        Assert.Equal(ChunkResult.NotFound, await world.VoiceNotes.AppendAsync(note.Id + 100, 0, [1], 1000));
        Assert.Null(await world.VoiceNotes.StartAsync(recapId + 100, "audio/webm"));
        await Assert.ThrowsAsync<ArgumentException>(() => world.VoiceNotes.StartAsync(recapId, "text/html"));
    }

    [Fact]
    public async Task Rename_AndDelete_AudioLeavesEveryFile()
    {
        await using var world = await MaterialWorld.CreateAsync();
        await world.AgreeAsync(RetentionKind.DeleteAfterDays, 30);
        var (recapId, noteId) = await world.RecapWithVoiceNoteAsync("mine", "", "Voicecanaryword");

        Assert.True((await world.VoiceNotes.RenameAsync(noteId, "  After session 3 ")).IsSaved);
        var note = (await world.VoiceNotes.GetAsync(noteId))!;
        Assert.Equal("After session 3", note.DisplayName);
        Assert.Equal(RetentionKind.DeleteAfterDays, note.Rule!.Kind);
        Assert.Equal(MaterialWorld.Start.AddDays(30), note.Rule.DeleteAt);
        Assert.NotEmpty(DataFolderCanary.FilesHolding(world.Database.Folder, "Voicecanaryword"));

        Assert.True(await world.VoiceNotes.DeleteAsync(noteId));

        Assert.False(await world.VoiceNotes.DeleteAsync(noteId));
        Assert.Empty(await world.VoiceNotes.ListAsync(recapId));
        Assert.Empty(DataFolderCanary.FilesHolding(world.Database.Folder, "Voicecanaryword"));
    }

    [Fact]
    public async Task DeletingTheRecap_DeletesItsNotes()
    {
        await using var world = await MaterialWorld.CreateAsync();
        var (recapId, noteId) = await world.RecapWithVoiceNoteAsync("mine", "", "Recapgonecanary");

        await world.Journal.Recaps.DeleteRecapAsync(recapId);

        Assert.Null(await world.VoiceNotes.GetAsync(noteId));
        Assert.Empty(DataFolderCanary.FilesHolding(world.Database.Folder, "Recapgonecanary"));
    }
}
