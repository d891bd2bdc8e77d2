namespace Undertone.BrowserTests;

/// <summary>The own-voice recap, recorded from Chromium's fake microphone (a steady tone) and played back.</summary>
[Collection(BrowserSuite.Name)]
public sealed class VoiceNoteTests(UndertoneAppFixture app)
{
    private async Task<int> NewRecapAsync(DateOnly date)
    {
        var result = await app.Services.GetRequiredService<RecapStore>()
            .SaveRecapAsync(null, new RecapDraft { SessionDate = date, WhatCameUp = "Voice note test" }, 0);
        Assert.True(result.IsSaved);
        return result.Id;
    }

    private async Task<IPage> RecapPageAsync(int recapId)
    {
        var page = await app.NewPageAsync();
        await page.Context.GrantPermissionsAsync(["microphone"]);
        await UndertoneAppFixture.GotoAsync(page, $"/journal/{recapId}");
        return page;
    }

    /// <summary>Records until the timer shows <paramref name="seconds"/> and at least that many pieces reached the app.</summary>
    private static async Task RecordAsync(IPage page, int seconds)
    {
        var uploads = 0;
        var enough = new TaskCompletionSource();
        page.Response += (_, response) =>
        {
            if (response.Url.Contains("/chunks?", StringComparison.Ordinal) && response.Status == 204 && Interlocked.Increment(ref uploads) >= seconds)
            {
                enough.TrySetResult();
            }
        };
        await page.GetByRole(AriaRole.Button, new() { Name = "Record a voice note" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("recorder-status")).ToContainTextAsync("Recording");
        await Assertions.Expect(page.GetByRole(AriaRole.Timer)).ToHaveTextAsync($"0:{seconds:00}", new() { Timeout = 30_000 });
        await enough.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task RecorderScript_IsFetchedOnlyByThePagesWithVoiceNotes()
    {
        var page = await app.NewPageAsync();
        await using var context = page.Context; // closed at the end, even when a check fails
        var fetched = 0;
        page.Request += (_, request) =>
        {
            if (new Uri(request.Url).AbsolutePath.StartsWith("/voice-notes", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref fetched);
            }
        };

        await UndertoneAppFixture.GotoAsync(page, "/");
        await UndertoneAppFixture.GotoAsync(page, "/script");
        await UndertoneAppFixture.GotoAsync(page, "/journal");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal(0, fetched);

        await page.GetByRole(AriaRole.Link, new() { Name = "New recap" }).ClickAsync();
        await page.WaitForFunctionAsync("() => typeof window.undertoneVoice === 'object'");
        Assert.Equal(1, fetched);
    }

    [Fact]
    public async Task Record_Reload_Play_Export_Delete()
    {
        var recapId = await NewRecapAsync(new DateOnly(2004, 2, 3));
        var page = await RecapPageAsync(recapId);

        await RecordAsync(page, 3);
        await UndertoneAppFixture.ScreenshotAsync(page, "voice-note-recording");
        await page.GetByRole(AriaRole.Button, new() { Name = "Stop and save" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("recorder-status")).ToHaveTextAsync("Voice note saved.");

        await page.ReloadAsync();
        await UndertoneAppFixture.WaitForInteractiveAsync(page);
        var note = page.GetByTestId("voice-note");
        await Assertions.Expect(note).ToHaveCountAsync(1);
        await Assertions.Expect(note).ToContainTextAsync("0:0");
        var audio = note.Locator("audio");
        // The browser finds the real length of a recording made in pieces (voice-notes.js seeks once to the end).
        await page.WaitForFunctionAsync("a => isFinite(a.duration) && a.duration > 1 && a.currentTime === 0", await audio.ElementHandleAsync());
        var duration = await audio.EvaluateAsync<double>("a => a.duration");
        Assert.InRange(duration, 1.0, 30.0);
        await audio.EvaluateAsync("a => a.play()");
        await page.WaitForFunctionAsync("a => a.currentTime > 0.3", await audio.ElementHandleAsync());
        await audio.EvaluateAsync("a => a.pause()");
        await UndertoneAppFixture.ScreenshotAsync(page, "voice-note-saved");

        var export = await page.Context.APIRequest.GetAsync("/api/data/export");
        Assert.Equal(200, export.Status);
        using (var zip = new ZipArchive(new MemoryStream(await export.BodyAsync())))
        {
            var notes = await app.Services.GetRequiredService<VoiceNoteStore>().ListAsync(recapId);
            var stored = Assert.Single(notes);
            var entry = zip.GetEntry($"audio/voice-note-{stored.Id}.webm");
            Assert.NotNull(entry);
            Assert.Equal(stored.SizeBytes, entry.Length);
            using var read = new MemoryStream();
            await entry.Open().CopyToAsync(read);
            Assert.Equal(new byte[] { 0x1A, 0x45, 0xDF, 0xA3 }, read.ToArray()[..4]); // a WebM (EBML) file
        }

        await note.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete it" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("voice-note")).ToHaveCountAsync(0);
        Assert.Empty(await app.Services.GetRequiredService<VoiceNoteStore>().ListAsync(recapId));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ClosingTheTabMidRecording_KeepsThePiecesSentSoFar()
    {
        var recapId = await NewRecapAsync(new DateOnly(2004, 2, 4));
        var page = await RecapPageAsync(recapId);

        await RecordAsync(page, 2);
        await page.CloseAsync(new() { RunBeforeUnload = false });

        var note = Assert.Single(await app.Services.GetRequiredService<VoiceNoteStore>().ListAsync(recapId));
        Assert.False(note.IsFinished);
        Assert.True(note.SizeBytes > 0);
        Assert.True(note.Duration >= TimeSpan.FromSeconds(1), note.Duration.ToString());
        var audio = await app.Services.GetRequiredService<VoiceNoteStore>().ReadAudioAsync(note.Id);
        Assert.Equal(new byte[] { 0x1A, 0x45, 0xDF, 0xA3 }, audio!.Data[..4]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task MicrophoneRefused_SaysSoKindly()
    {
        var recapId = await NewRecapAsync(new DateOnly(2004, 2, 5));
        var page = await app.NewPageAsync();
        await UndertoneAppFixture.GotoAsync(page, $"/journal/{recapId}");
        // No permission granted, and the page is told the person said no.
        await page.EvaluateAsync("() => { navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('no', 'NotAllowedError')); }");

        await page.GetByRole(AriaRole.Button, new() { Name = "Record a voice note" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("can't use the microphone");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Record a voice note" })).ToBeEnabledAsync();
        Assert.Empty(await app.Services.GetRequiredService<VoiceNoteStore>().ListAsync(recapId));
        await UndertoneAppFixture.ScreenshotAsync(page, "voice-note-denied");
        await page.Context.CloseAsync();
    }
}
