using Undertone.Web.Components.Locking;
using Undertone.Web.Locking;
using Undertone.Web.Tests.Script;

namespace Undertone.Web.Tests.Locking;

/// <summary>
/// Pages on a journal that really is encrypted (sqlite3mc, cheap Argon2id): the idle lock on the fake clock never
/// costs typed text, and the Privacy settings report failures through the one page helper.
/// </summary>
public sealed class LockedJournalComponentTests : ComponentTestBase
{
    private const string Passphrase = LockTestApp.Passphrase;

    private JournalLock _lock = null!;

    private async Task UseEncryptableJournalAsync()
    {
        var database = await UseDatabaseAsync();
        _lock = new JournalLock(database.Path, Clock, LockTestApp.FastKdf);
        Services.AddSingleton(_lock); // registered last, so it wins over the base class's
        Services.AddSingleton<IDbContextFactory<UndertoneDbContext>>(new OptionsFactory(UndertoneDatabase.CreateOptions(database.Path, _lock)));
        AddJournalStores();
        Clock.SetLocalTimeZone(TimeZoneInfo.Utc);
    }

    private static IElement Field<T>(IRenderedComponent<T> cut, string label)
        where T : Microsoft.AspNetCore.Components.IComponent
    {
        var element = cut.FindAll("label").First(l => l.TextContent.Trim() == label);
        return cut.Find($"#{element.GetAttribute("for")}");
    }

    private static string Status(IRenderedComponent<RecapEditPage> cut) => cut.Find("[data-testid=save-status]").TextContent.Trim();

    /// <summary>The journal holds one recap, and what came up in it is <paramref name="whatCameUp"/>.</summary>
    private async Task AssertTheOnlyRecapSaysAsync(string whatCameUp)
    {
        var store = Services.GetRequiredService<RecapStore>();
        var saved = Assert.Single((await store.ListRecapsAsync(RecapFilter.All, 0, 10)).Items);
        Assert.Equal(whatCameUp, (await store.GetRecapAsync(saved.Id))!.WhatCameUp);
    }

    [Fact]
    public async Task IdleLock_WhileARecapWaitsForItsAutosave_SavesTheTextFirst()
    {
        await UseEncryptableJournalAsync();
        await _lock.SetUpAsync(Passphrase);
        var keeper = Services.GetRequiredService<LockKeeper>();
        using var idle = new IdleLock(keeper, Clock);
        await idle.StartAsync(CancellationToken.None);
        var cut = Render<RecapEditPage>();
        cut.WaitForAssertion(() => Field(cut, "What came up?"));

        // The last idle check before the 15 minutes are up; then a few words, a second before the lock.
        Clock.Advance(TimeSpan.FromMinutes(LockKeeper.DefaultIdleMinutes) - TimeSpan.FromSeconds(1));
        Assert.False(keeper.IsLocked);
        Field(cut, "What came up?").Input("The part about my brother, typed a second before the lock");
        cut.WaitForAssertion(() => Assert.Equal("Changes not saved yet…", Status(cut)));

        var locked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        keeper.Changed += () =>
        {
            if (keeper.IsLocked)
            {
                locked.TrySetResult();
            }
        };

        Clock.Advance(TimeSpan.FromSeconds(1)); // the idle check comes before the 2-second autosave would

        await locked.Task.WaitAsync(TimeSpan.FromSeconds(30));
        cut.WaitForAssertion(() => Assert.StartsWith("Saved at", Status(cut), StringComparison.Ordinal)); // saved, and before the lock
        Assert.True((await keeper.UnlockAsync(Passphrase)).IsAccepted);
        await AssertTheOnlyRecapSaysAsync("The part about my brother, typed a second before the lock");
    }

    [Fact]
    public async Task TextThatCouldNotBeSavedWhileLocked_IsSavedRightAfterTheUnlock()
    {
        await UseEncryptableJournalAsync();
        await _lock.SetUpAsync(Passphrase);
        var keeper = Services.GetRequiredService<LockKeeper>();
        var cut = Render<RecapEditPage>();
        cut.WaitForAssertion(() => Field(cut, "What came up?"));
        _lock.Lock(); // locked under the page, without asking it to save first (as if its save had timed out)

        Field(cut, "What came up?").Input("Still here after the lock");
        Clock.Advance(RecapEditPage.AutosaveDelay);
        cut.WaitForAssertion(() => Assert.Contains("the journal is locked", cut.Markup, StringComparison.Ordinal));
        Assert.Equal("Not saved.", Status(cut));

        Assert.True((await keeper.UnlockAsync(Passphrase)).IsAccepted);

        cut.WaitForAssertion(() => Assert.StartsWith("Saved at", Status(cut), StringComparison.Ordinal));
        await AssertTheOnlyRecapSaysAsync("Still here after the lock");
    }

    [Fact]
    public async Task AMessageEditedWhileLocked_IsKeptInTheBuilder_AndSavedRightAfterTheUnlock()
    {
        await UseEncryptableJournalAsync();
        Services.AddSingleton<ScriptStore>();
        await _lock.SetUpAsync(Passphrase);
        var keeper = Services.GetRequiredService<LockKeeper>();
        Render<MudBlazor.MudPopoverProvider>();
        var cut = Render<ScriptPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(BuilderPage.Message(cut)));
        _lock.Lock(); // locked under the page, as if by another tab

        await BuilderPage.TypeAsync(cut, "My own words, typed as the journal locked.");
        cut.WaitForAssertion(() => Assert.Contains("the journal is locked", cut.Markup, StringComparison.Ordinal));
        Assert.Equal("My own words, typed as the journal locked.", BuilderPage.Message(cut));

        Assert.True((await keeper.UnlockAsync(Passphrase)).IsAccepted);

        cut.WaitForAssertion(() => Assert.DoesNotContain("the journal is locked", cut.Markup, StringComparison.Ordinal));
        Assert.Equal("My own words, typed as the journal locked.", (await Services.GetRequiredService<ScriptStore>().GetDraftAsync())!.EditedText);
    }

    [Fact]
    public async Task PrivacySettings_PassphraseSetElsewhereMeanwhile_SaysSoCalmly_AndShowsTheLock()
    {
        await UseEncryptableJournalAsync();
        var cut = Render<PrivacySettings>();
        Field(cut, "New passphrase").Input("my own long passphrase");
        Field(cut, "Type it again").Input("my own long passphrase");
        await _lock.SetUpAsync(Passphrase); // another tab or a script got there first

        cut.FindAll("button").First(b => b.TextContent.Contains("Lock my journal with this passphrase", StringComparison.Ordinal)).Click();

        cut.WaitForAssertion(() => Assert.Contains("the passphrase was just set or removed somewhere else", cut.Find("[data-testid=privacy-status]").TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-testid=recovery-key]"));
        Assert.Contains("Change the passphrase", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(Logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task PrivacySettings_ABugWhileSettingUp_IsLoggedWithItsStack_AndShownAsTheGenericMessage()
    {
        await UseEncryptableJournalAsync();
        // The key file can't be written: a folder sits where its temporary file goes.
        Directory.CreateDirectory(_lock.KeyFilePath + ".new");
        var cut = Render<PrivacySettings>();
        Field(cut, "New passphrase").Input("my own long passphrase");
        Field(cut, "Type it again").Input("my own long passphrase");

        cut.FindAll("button").First(b => b.TextContent.Contains("Lock my journal with this passphrase", StringComparison.Ordinal)).Click();

        cut.WaitForAssertion(() => Assert.Equal(
            "Something went wrong, and that didn't go through. Nothing was lost.",
            cut.Find("[data-testid=privacy-status]").TextContent.Trim()));
        var error = Assert.Single(Logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Contains("at Undertone.Data.Encryption.JournalLock", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Logs.Entries, e => e.Message.Contains("my own long passphrase", StringComparison.Ordinal));
        Assert.False(_lock.State.Encrypted);
        Assert.False(File.Exists(_lock.KeyFilePath));
    }

    private sealed class OptionsFactory(DbContextOptions<UndertoneDbContext> options) : IDbContextFactory<UndertoneDbContext>
    {
        public UndertoneDbContext CreateDbContext() => new(options);
    }
}
