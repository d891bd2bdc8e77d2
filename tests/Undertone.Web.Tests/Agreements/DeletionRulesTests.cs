using Undertone.Data.Agreements;
using Undertone.Data.Tests.Agreements;
using Undertone.Web.Agreements;

namespace Undertone.Web.Tests.Agreements;

/// <summary>
/// The "deleted after N days" rule end to end in the running app, on a fake clock: rule recorded, reminder on
/// /journal and in the navigation, app closed, clock past the day, the start-up run deletes the session material
/// (and only that) from every file; and the periodic run on its own.
/// </summary>
public sealed class DeletionRulesTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private readonly Data.Tests.TestFolder _folder = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>The test's clock, shared by every app it starts on its folder (restarts keep the time).</summary>
    private readonly FakeTimeProvider _clock = new(Start);

    private UndertoneWebFactoryWithClock App() => new(_folder.Path, _clock);

    /// <summary>An agreement "deleted after <paramref name="days"/> days", then a recap and a voice note under it (also used on PostgreSQL).</summary>
    internal static async Task<(int RecapId, int NoteId)> RecordUnderRuleAsync(IServiceProvider services, int days, string canary)
    {
        var scripts = services.GetRequiredService<ScriptStore>();
        await RecordedAgreement.SaveAsync(scripts, new AgreementInput
        {
            Answer = AgreementAnswer.Yes,
            Format = RecordFormat.ShortRecap,
            Retention = RetentionKind.DeleteAfterDays,
            RetentionDays = days,
        });
        var recap = await services.GetRequiredService<RecapStore>().SaveRecapAsync(null, new RecapDraft
        {
            SessionDate = scripts.Today,
            WhatCameUp = "Ownwordscanary came up",
            Takeaways = "Ownwordscanary mattered",
            TherapistSaid = canary + " said",
        }, 0);
        var notes = services.GetRequiredService<VoiceNoteStore>();
        var note = (await notes.StartAsync(recap.Id, "audio/webm"))!;
        await notes.AppendAsync(note.Id, 0, [.. System.Text.Encoding.UTF8.GetBytes(canary + "audio"), .. new byte[2000]], 1000);
        await notes.FinishAsync(note.Id, 1000);
        return (recap.Id, note.Id);
    }

    [Fact]
    public async Task AfterDays_ReminderThenRestartThenClockPastTheDay_DeletesOnlySessionMaterial()
    {
        int recapId, noteId;
        await using (var first = App())
        {
            using var client = first.CreateClient();
            Assert.Equal(MaterialCounts.None, await first.Services.GetRequiredService<SessionMaterialJob>().FirstRun);
            (recapId, noteId) = await RecordUnderRuleAsync(first.Services, 3, "Ruledcanary");

            _clock.Advance(TimeSpan.FromDays(1));
            Assert.DoesNotContain("due-soon-journal", await client.GetStringAsync(new Uri("/journal", UriKind.Relative)), StringComparison.Ordinal);

            _clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(1)); // less than a day to go
            var journal = await client.GetStringAsync(new Uri("/journal", UriKind.Relative));
            Assert.Contains("Within a day, as you agreed", journal, StringComparison.Ordinal);
            Assert.Contains("data-testid=\"due-soon-count\"", journal, StringComparison.Ordinal);
            Assert.Contains("will be deleted within a day", await client.GetStringAsync(new Uri($"/journal/{recapId}", UriKind.Relative)), StringComparison.Ordinal);
        }

        // The app is closed on the day; it starts again three weeks later.
        _clock.Advance(TimeSpan.FromDays(21));
        await using (var second = App())
        {
            using var client = second.CreateClient();
            Assert.Equal(new MaterialCounts(1, 1), await second.Services.GetRequiredService<SessionMaterialJob>().FirstRun);

            var recap = (await second.Services.GetRequiredService<RecapStore>().GetRecapAsync(recapId))!;
            Assert.Equal("", recap.TherapistSaid);
            Assert.Equal("Ownwordscanary came up", recap.WhatCameUp);
            Assert.Equal("Ownwordscanary mattered", recap.Takeaways);
            Assert.Null(await second.Services.GetRequiredService<VoiceNoteStore>().GetAsync(noteId));
            Assert.DoesNotContain("Within a day", await client.GetStringAsync(new Uri("/journal", UriKind.Relative)), StringComparison.Ordinal);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.Empty(DataFolderCanary.FilesHolding(_folder.Path, "Ruledcanary"));
        Assert.NotEmpty(DataFolderCanary.FilesHolding(_folder.Path, "Ownwordscanary"));
    }

    [Fact]
    public async Task AfterDays_ThePeriodicRunDeletesWhileTheAppStaysOpen_AndLogsCountsOnly()
    {
        await using var app = App();
        using var client = app.CreateClient();
        var job = app.Services.GetRequiredService<SessionMaterialJob>();
        await job.FirstRun;
        var (recapId, _) = await RecordUnderRuleAsync(app.Services, 1, "Periodiccanary");
        var deleted = new TaskCompletionSource<MaterialCounts>(TaskCreationOptions.RunContinuationsAsynchronously);
        job.Deleted += counts => deleted.TrySetResult(counts);

        _clock.Advance(TimeSpan.FromDays(1) + SessionMaterialJob.Period);

        Assert.Equal(new MaterialCounts(1, 1), await deleted.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal("", (await app.Services.GetRequiredService<RecapStore>().GetRecapAsync(recapId))!.TherapistSaid);
        var log = string.Join('\n', Directory.GetFiles(Path.Combine(_folder.Path, "logs")).Select(f =>
        {
            using var stream = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return new StreamReader(stream).ReadToEnd();
        }));
        Assert.DoesNotContain("Periodiccanary", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TherapyEnded_FromSettings_DeletesWhatWasKeptUntilThen()
    {
        await using var app = App();
        using var client = app.CreateClient();
        var scripts = app.Services.GetRequiredService<ScriptStore>();
        await RecordedAgreement.SaveAsync(scripts, new AgreementInput { Answer = AgreementAnswer.Yes, Retention = RetentionKind.KeepUntilTherapyEnds });
        await app.Services.GetRequiredService<RecapStore>().SaveRecapAsync(null, new RecapDraft { SessionDate = scripts.Today, TherapistSaid = "Kept words" }, 0);

        var settings = await client.GetStringAsync(new Uri("/settings", UriKind.Relative));

        Assert.Contains("1 record of a session is being kept until therapy ends.", settings, StringComparison.Ordinal);
        Assert.Contains("Therapy has ended: delete them", settings, StringComparison.Ordinal);
        Assert.Equal(new MaterialCounts(1, 0), await app.Services.GetRequiredService<SessionMaterialRules>().EndTherapyAsync());
        Assert.Contains("Nothing is being kept until therapy ends right now.", await client.GetStringAsync(new Uri("/settings", UriKind.Relative)), StringComparison.Ordinal);
    }

    /// <summary>The app on a given data folder and a fake clock (the folder outlives the app, to test restarts).</summary>
    private sealed class UndertoneWebFactoryWithClock(string folder, FakeTimeProvider clock) : IAsyncDisposable
    {
        private readonly UndertoneWebFactory _inner = UndertoneWebFactory.On(folder);
        private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>? _app;

        private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Started =>
            _app ??= _inner.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));

        public IServiceProvider Services => Started.Services;

        public HttpClient CreateClient() => Started.CreateClient();

        public async ValueTask DisposeAsync()
        {
            if (_app is not null)
            {
                await _app.DisposeAsync();
            }

            await _inner.DisposeAsync();
        }
    }
}
