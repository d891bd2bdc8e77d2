using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Npgsql;
using Undertone.Data.Agreements;
using Undertone.Data.Ownership;
using Undertone.Web.Agreements;
using Undertone.Web.Tests.Agreements;

namespace Undertone.Web.Tests.Accounts;

/// <summary>
/// The "deleted after N days" rule on a shared server (PostgreSQL): the job runs each person's own agreement over
/// their own journal and touches nobody else's, and it runs on one instance at a time: while another instance (or a
/// test connection standing in for one) holds the lock, a run skips and deletes nothing.
/// </summary>
public sealed class DeletionRulesOnServerTests(ServerModeFactory server) : IClassFixture<ServerModeFactory>
{
    // After the real date, so nothing recorded on this clock is due for the real clock of any other host.
    private static readonly DateTimeOffset Start = new(2027, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Start);

    [Fact]
    public async Task TwoPeople_EachPersonsMaterialGoesOnTheirOwnDay_AndNothingOfTheOtherIsTouched()
    {
        await using var app = OnFakeClock();
        var job = app.Services.GetRequiredService<SessionMaterialJob>();
        Assert.Equal(MaterialCounts.None, await job.FirstRun);
        var a = await CreateAccountAsync(app, "ada");
        var b = await CreateAccountAsync(app, "ben");
        var (aRecap, aNote) = await AsAsync(a, () => DeletionRulesTests.RecordUnderRuleAsync(app.Services, 3, "Ada7f3a"));
        var (bRecap, bNote) = await AsAsync(b, () => DeletionRulesTests.RecordUnderRuleAsync(app.Services, 10, "Ben7f3b"));

        // Day 3 has come for Ada's agreement, not for Ben's.
        await RunAfterAsync(job, TimeSpan.FromDays(3));

        var adaRecap = (await AsAsync(a, () => app.Services.GetRequiredService<RecapStore>().GetRecapAsync(aRecap)))!;
        Assert.Equal("", adaRecap.TherapistSaid);
        Assert.Equal("Ownwordscanary came up", adaRecap.WhatCameUp);
        Assert.Null(await AsAsync(a, () => app.Services.GetRequiredService<VoiceNoteStore>().GetAsync(aNote)));
        var benRecap = (await AsAsync(b, () => app.Services.GetRequiredService<RecapStore>().GetRecapAsync(bRecap)))!;
        Assert.Equal("Ben7f3b said", benRecap.TherapistSaid);
        Assert.Equal(1, benRecap.Version);
        Assert.NotNull(await AsAsync(b, () => app.Services.GetRequiredService<VoiceNoteStore>().GetAsync(bNote)));

        // Day 10 for Ben's.
        await RunAfterAsync(job, TimeSpan.FromDays(7));
        benRecap = (await AsAsync(b, () => app.Services.GetRequiredService<RecapStore>().GetRecapAsync(bRecap)))!;
        Assert.Equal("", benRecap.TherapistSaid);
        Assert.Equal("Ownwordscanary came up", benRecap.WhatCameUp);
        Assert.Null(await AsAsync(b, () => app.Services.GetRequiredService<VoiceNoteStore>().GetAsync(bNote)));
    }

    [Fact]
    public async Task WhileAnotherInstanceHoldsTheLock_ARunSkipsAndDeletesNothing_ThenTheNextRunDoes()
    {
        await using var app = OnFakeClock();
        var job = app.Services.GetRequiredService<SessionMaterialJob>();
        await job.FirstRun;
        var a = await CreateAccountAsync(app, "cleo");
        var (recap, _) = await AsAsync(a, () => DeletionRulesTests.RecordUnderRuleAsync(app.Services, 1, "Cleo41d0"));

        await using (var otherInstance = await HoldLockAsync(app))
        {
            _clock.Advance(TimeSpan.FromDays(1) + SessionMaterialJob.Period);
            Assert.Null(await job.RunOnceAsync());
            Assert.Equal("Cleo41d0 said", (await AsAsync(a, () => app.Services.GetRequiredService<RecapStore>().GetRecapAsync(recap)))!.TherapistSaid);
        }

        await job.RunOnceAsync();
        Assert.Equal("", (await AsAsync(a, () => app.Services.GetRequiredService<RecapStore>().GetRecapAsync(recap)))!.TherapistSaid);
    }

    [Fact]
    public async Task TwoInstancesAtOnce_OneRunsEveryPersonsPass_TheOtherSkips()
    {
        await using var app = OnFakeClock();
        await app.Services.GetRequiredService<SessionMaterialJob>().FirstRun;
        var people = new[] { await CreateAccountAsync(app, "dev"), await CreateAccountAsync(app, "eli") };
        var first = app.Services.GetRequiredService<EveryPerson>();
        var second = new EveryPerson(ConnectionString(app), app.Services.GetRequiredService<IServiceScopeFactory>());
        var current = app.Services.GetRequiredService<ICurrentPerson>();
        var seen = new List<Guid?>();
        var inside = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var running = first.RunAsync(SessionMaterialJob.LockKey, async _ =>
        {
            seen.Add(current.Id);
            inside.TrySetResult();
            await release.Task;
        });
        await inside.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var secondRan = false;
        Assert.Null(await second.RunAsync(SessionMaterialJob.LockKey, _ =>
        {
            secondRan = true;
            return Task.CompletedTask;
        }));
        Assert.Null(await app.Services.GetRequiredService<SessionMaterialJob>().RunOnceAsync());
        Assert.False(secondRan);

        release.SetResult();
        var ranFor = await running.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(ranFor, seen.Count); // one pass per person, each as that person
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Subset(seen.ToHashSet(), people.Cast<Guid?>().ToHashSet());
        Assert.Null(current.Id); // each pass's person stayed inside its pass
        Assert.Equal(ranFor, await second.RunAsync(SessionMaterialJob.LockKey, _ => Task.CompletedTask));
    }

    private WebApplicationFactory<Program> OnFakeClock() =>
        server.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(_clock)));

    private static string ConnectionString(WebApplicationFactory<Program> app) =>
        app.Services.GetRequiredService<IConfiguration>().GetConnectionString(AppModeSetting.ConnectionStringName)!;

    /// <summary>
    /// Moves the clock on (which also starts the periodic run) and runs the rules: runs take turns, so once this one
    /// is back everything due by then is gone, whichever run deleted it.
    /// </summary>
    private async Task RunAfterAsync(SessionMaterialJob job, TimeSpan by)
    {
        _clock.Advance(by + SessionMaterialJob.Period);
        Assert.NotNull(await job.RunOnceAsync());
    }

    /// <summary>Another instance, as PostgreSQL sees it: a connection holding the job's advisory lock.</summary>
    private static async Task<NpgsqlConnection> HoldLockAsync(WebApplicationFactory<Program> app)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString(app)) { Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
        command.Parameters.AddWithValue("key", SessionMaterialJob.LockKey);
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    private static async Task<Guid> CreateAccountAsync(WebApplicationFactory<Program> app, string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var account = new Account { UserName = $"{name}-{Guid.NewGuid():N}"[..20] };
        var made = await scope.ServiceProvider.GetRequiredService<UserManager<Account>>().CreateAsync(account, ServerModeFactory.Password);
        Assert.True(made.Succeeded);
        return account.Id;
    }

    /// <summary>Runs <paramref name="work"/> as <paramref name="person"/>, the way a request of theirs would.</summary>
    private static async Task<T> AsAsync<T>(Guid person, Func<Task<T>> work)
    {
        SignedInPerson.Set(person);
        return await work();
    }
}
