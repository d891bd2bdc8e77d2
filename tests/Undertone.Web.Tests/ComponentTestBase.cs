using MudBlazor.Services;

namespace Undertone.Web.Tests;

/// <summary>
/// A bunit context with MudBlazor and a fake clock, disposed asynchronously (MudBlazor's popovers need that under
/// xunit 2). Components that read or write data get a real, migrated SQLite file through <see cref="UseDatabaseAsync"/>.
/// </summary>
public abstract class ComponentTestBase : BunitContext, IAsyncLifetime
{
    private Data.Tests.TestDatabase? _database;

    protected ComponentTestBase()
    {
        // Waits end as soon as the assertion passes; the long ceiling only matters on a busy CI machine.
        DefaultWaitTimeout = TimeSpan.FromSeconds(10);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(options =>
        {
            options.PopoverOptions.CheckForPopoverProvider = false;
            options.SnackbarConfiguration.ShowTransitionDuration = 0;
            options.SnackbarConfiguration.HideTransitionDuration = 0;
        });
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddSingleton<ILoggerFactory>(new LoggerFactory([Logs]));
        Services.AddSingleton<StoreCall>();

        // Not started: the message check uses its rules alone unless a test loads the model (ScriptPageTests).
        Services.AddSingleton<Undertone.Web.Consent.MeaningModelHost>();
        Services.AddSingleton(new Undertone.Web.Hosting.RunningMode(Undertone.Web.Hosting.AppMode.Local));
    }

    /// <summary>Everything the components logged.</summary>
    protected LogSink Logs { get; } = new();

    /// <summary>Starts at a fixed local noon so date rules are testable.</summary>
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));

    /// <summary>The database <see cref="UseDatabaseAsync"/> made (for stores a test makes itself).</summary>
    protected Data.Tests.TestDatabase Database => _database ?? throw new InvalidOperationException("Call UseDatabaseAsync first.");

    /// <summary>Registers <c>IDbContextFactory&lt;UndertoneDbContext&gt;</c> on a fresh migrated database.</summary>
    protected async Task<Data.Tests.TestDatabase> UseDatabaseAsync()
    {
        _database = await Data.Tests.TestDatabase.CreateAsync();
        Services.AddSingleton<Microsoft.EntityFrameworkCore.IDbContextFactory<Data.UndertoneDbContext>>(_database);
        Services.AddSingleton<Data.Settings.SettingsStore>();
        Services.AddSingleton<Data.Agreements.SessionMaterialRules>();
        Services.AddSingleton<Data.Journal.VoiceNoteStore>();
        // The Settings page's Privacy section and the layout ask the lock; this journal has no passphrase.
        Services.AddLogging();
        Services.AddSingleton(new Data.Encryption.JournalLock(_database.Path, Clock));
        Services.AddSingleton(new Undertone.Web.Hosting.UndertonePaths(_database.Folder));
        Services.AddSingleton<Undertone.Web.Access.AccessSessions>();
        Services.AddSingleton<Undertone.Web.Access.SessionRenewals>();
        Services.AddSingleton<Undertone.Web.Hosting.DatabaseMigrator>();
        Services.AddSingleton<Undertone.Web.Locking.LockKeeper>();
        return _database;
    }

    /// <summary>Registers the journal's stores (recaps, questions, themes, search, sample entries).</summary>
    protected void AddJournalStores()
    {
        Services.AddSingleton<Data.Journal.RecapStore>();
        Services.AddSingleton<Data.Journal.QuestionStore>();
        Services.AddSingleton<Data.Journal.ThemeStore>();
        Services.AddSingleton<Data.Journal.JournalSearch>();
        Services.AddSingleton<Data.Journal.SampleEntries>();
    }

    /// <summary>
    /// A fresh migrated database with the journal's stores registered, the clock's local time zone UTC (so "today" is
    /// the same day everywhere the tests run); returns the stores, for a test to arrange its recaps and questions.
    /// </summary>
    protected async Task<TestJournal> UseJournalAsync()
    {
        var database = await UseDatabaseAsync();
        AddJournalStores();
        Clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        return new TestJournal(database, Clock);
    }

    /// <summary>
    /// <see cref="UseJournalAsync"/> through a <see cref="FlakyFactory"/> (see <see cref="UseFlakyDatabaseAsync"/>); the
    /// returned stores reach the file directly, so a test can arrange and check while the components' reads fail.
    /// </summary>
    protected async Task<(TestJournal Store, FlakyFactory Factory)> UseFlakyJournalAsync()
    {
        var factory = await UseFlakyDatabaseAsync();
        AddJournalStores();
        Clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        return (new TestJournal(factory.Database, Clock), factory);
    }

    /// <summary>
    /// Like <see cref="UseDatabaseAsync"/>, but components get the database through a <see cref="FlakyFactory"/>:
    /// set <see cref="FlakyFactory.Fail"/> to make their next reads and writes fail the way a busy file does.
    /// </summary>
    protected async Task<FlakyFactory> UseFlakyDatabaseAsync()
    {
        var factory = new FlakyFactory(await UseDatabaseAsync());
        Services.AddSingleton<Microsoft.EntityFrameworkCore.IDbContextFactory<Data.UndertoneDbContext>>(factory); // registered last, so it wins
        return factory;
    }

    /// <summary>The messages of every snackbar shown so far.</summary>
    protected IEnumerable<string> Snackbars() => Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message ?? "");

    /// <summary>
    /// Clicks <paramref name="button"/>, whose action asks first; once <paramref name="dialogs"/> asks
    /// <paramref name="question"/> (when given) and offers <paramref name="confirm"/>, runs
    /// <paramref name="beforeConfirming"/> (e.g. makes the file fail), confirms, and waits for the action to finish.
    /// </summary>
    protected static async Task ClickAndConfirmAsync(
        IElement button, IRenderedComponent<MudDialogProvider> dialogs, string confirm, Action beforeConfirming, string? question = null)
    {
        var asking = button.ClickAsync(new()); // finishes once the dialog is answered
        dialogs.WaitForAssertion(() =>
        {
            Assert.Contains(question ?? confirm, dialogs.Markup, StringComparison.Ordinal);
            Assert.Single(dialogs.FindAll("button"), b => b.TextContent.Trim() == confirm);
        });
        beforeConfirming();
        await dialogs.FindAll("button").Single(b => b.TextContent.Trim() == confirm).ClickAsync(new());
        await asking;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
