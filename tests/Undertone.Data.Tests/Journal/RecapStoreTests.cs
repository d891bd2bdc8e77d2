namespace Undertone.Data.Tests.Journal;

/// <summary>Saving, reading, listing, deleting and restoring recaps, with conflicts between tabs.</summary>
public class RecapStoreTests : JournalTestBase
{
    [Fact]
    public async Task TwoContextsEditingOneRecap_SecondSaveIsRefused_AndBothEditsSurvive()
    {
        var saved = await SaveNewAsync(Draft("first words"));
        await using var first = CreateDbContext();
        await using var second = CreateDbContext();
        var mine = await first.Recaps.SingleAsync(r => r.Id == saved.Id);
        var theirs = await second.Recaps.SingleAsync(r => r.Id == saved.Id);

        mine.WhatCameUp = "edit from the first tab";
        mine.Version++;
        await first.SaveChangesAsync();
        theirs.WhatCameUp = "edit from the second tab";
        theirs.Version++;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        Assert.Equal("edit from the first tab", (await Recaps.GetRecapAsync(saved.Id))!.WhatCameUp);
        Assert.Equal("edit from the second tab", theirs.WhatCameUp);
    }

    [Fact]
    public async Task SaveRecap_WithAStaleVersion_ReportsConflict_AndKeepsTheOtherSave()
    {
        var saved = await SaveNewAsync(Draft("start"));

        var tabA = await Recaps.SaveRecapAsync(saved.Id, Draft("from tab A"), saved.Version);
        var tabB = await Recaps.SaveRecapAsync(saved.Id, Draft("from tab B"), saved.Version);

        Assert.Equal(SaveStatus.Saved, tabA.Status);
        Assert.Equal(SaveStatus.Conflict, tabB.Status);
        Assert.Equal(tabA.Version, tabB.Version);
        Assert.Equal("from tab A", (await Recaps.GetRecapAsync(saved.Id))!.WhatCameUp);

        // The user chooses to keep B's text: saving against the version the conflict reported succeeds.
        var keepB = await Recaps.SaveRecapAsync(saved.Id, Draft("from tab B"), tabB.Version);
        Assert.Equal(SaveStatus.Saved, keepB.Status);
        Assert.Equal("from tab B", (await Recaps.GetRecapAsync(saved.Id))!.WhatCameUp);
    }

    [Fact]
    public async Task LongAndNonLatinText_RoundTripsExactly()
    {
        const string mixed = "é ü ’ “ ” 日本語 🙂🌊 Ωμέγα שלום\n\n  inner  spaces\tand tabs stay";
        var prefix = string.Concat(Enumerable.Repeat(mixed, 200))[..(Recap.LongTextMaxLength - 1)];
        if (char.IsHighSurrogate(prefix[^1]))
        {
            prefix = prefix[..^1] + "y";
        }

        var longText = prefix + "x";

        var draft = Draft(longText, "日本語", "Été") with
        {
            Takeaways = mixed,
            TherapistSaid = "“You’re allowed to rest.”",
            Label = "  Séance 12 🙂  ",
        };

        var saved = await SaveNewAsync(draft);
        var loaded = await Recaps.GetRecapAsync(saved.Id);

        Assert.NotNull(loaded);
        Assert.Equal(Recap.LongTextMaxLength, loaded.WhatCameUp.Length);
        Assert.Equal(longText, loaded.WhatCameUp);
        Assert.Equal(mixed, loaded.Takeaways);
        Assert.Equal("“You’re allowed to rest.”", loaded.TherapistSaid);
        Assert.Equal("Séance 12 🙂", loaded.Label);
        Assert.Equal(["Été", "日本語"], loaded.Themes.Select(t => t.Name).Order(StringComparer.Ordinal));
        await AssertSearchFindsOneAsync("日本語");
    }

    [Fact]
    public async Task SaveRecap_TooLong_IsRefusedWithAFieldError_AndNothingIsWritten()
    {
        var result = await Recaps.SaveRecapAsync(null, Draft(new string('a', Recap.LongTextMaxLength + 1)), 0);

        Assert.Equal(SaveStatus.Invalid, result.Status);
        Assert.Equal(nameof(RecapDraft.WhatCameUp), Assert.Single(result.Errors).Field);
        Assert.Equal(0, (await Recaps.ListRecapsAsync(RecapFilter.All, 0, 10)).TotalCount);
    }

    [Fact]
    public async Task SaveRecap_InTheFuture_IsRefused()
    {
        var result = await Recaps.SaveRecapAsync(null, Draft("x") with { SessionDate = Today.AddDays(1) }, 0);

        Assert.Equal(nameof(RecapDraft.SessionDate), Assert.Single(result.Errors).Field);
    }

    [Fact]
    public async Task Themes_AreMatchedIgnoringCase_IncludingAccentedLetters()
    {
        await SaveNewAsync(Draft("a", "Work", "Été"));
        await SaveNewAsync(Draft("b", " work ", "ÉTÉ"));

        var themes = await Themes.ListThemesAsync();

        Assert.Equal(2, themes.Count);
        Assert.All(themes, t => Assert.Equal(2, t.RecapCount));
        Assert.Contains(themes, t => t.Name == "Work");
    }

    [Fact]
    public async Task ListRecaps_NewestFirst_FilteredByThemeAndDates()
    {
        await SaveNewAsync(Draft("oldest", "Sleep") with { SessionDate = Today.AddDays(-20) });
        await SaveNewAsync(Draft("middle", "Work") with { SessionDate = Today.AddDays(-10) });
        await SaveNewAsync(Draft("newest", "Sleep") with { SessionDate = Today });
        var sleep = (await Themes.ListThemesAsync()).Single(t => t.Name == "Sleep");

        var all = await Recaps.ListRecapsAsync(RecapFilter.All, 0, 10);
        var bySleep = await Recaps.ListRecapsAsync(new RecapFilter(ThemeId: sleep.Id), 0, 10);
        var byDates = await Recaps.ListRecapsAsync(new RecapFilter(From: Today.AddDays(-15), To: Today.AddDays(-1)), 0, 10);

        Assert.Equal(["newest", "middle", "oldest"], all.Items.Select(r => r.Excerpt));
        Assert.Equal(["newest", "oldest"], bySleep.Items.Select(r => r.Excerpt));
        Assert.Equal("middle", Assert.Single(byDates.Items).Excerpt);
        Assert.Equal(3, all.TotalCount);
        Assert.Equal("Sleep", Assert.Single(all.Items[0].Themes).Name);
    }

    [Fact]
    public async Task DeleteRecap_ThenRestore_BringsBackTextThemesAndQuestionLinks()
    {
        var saved = await SaveNewAsync(Draft("worth keeping", "Family"));
        var question = await Questions.AddQuestionAsync("A follow-up", saved.Id);

        var deleted = await Recaps.DeleteRecapAsync(saved.Id);
        Assert.Null(await Recaps.GetRecapAsync(saved.Id));
        Assert.Null((await Questions.GetQuestionAsync(question.Id))!.SourceRecapId);

        await Recaps.RestoreRecapAsync(deleted!);

        var restored = await Recaps.GetRecapAsync(saved.Id);
        Assert.Equal("worth keeping", restored!.WhatCameUp);
        Assert.Equal("Family", Assert.Single(restored.Themes).Name);
        Assert.Equal(saved.Id, (await Questions.GetQuestionAsync(question.Id))!.SourceRecapId);
        await AssertSearchFindsOneAsync("worth");
    }

    [Fact]
    public async Task SaveRecap_DroppingATheme_DeletesIt_UnlessAnotherRecapCarriesIt()
    {
        var first = await SaveNewAsync(Draft("first", "Sleep", "Work", "Family"));
        await SaveNewAsync(Draft("second", "Work"));

        Assert.True((await Recaps.SaveRecapAsync(first.Id, Draft("first", "Family"), first.Version)).IsSaved);

        Assert.Equal([("Family", 1), ("Work", 1)], (await Themes.ListThemesAsync()).Select(t => (t.Name, t.RecapCount)));
    }

    [Fact]
    public async Task DeleteRecap_ThenRestore_BringsBackATheme_ThatWentWithIt_AsItWas()
    {
        var saved = await SaveNewAsync(Draft("coloured", "Garden"));
        await using (var db = CreateDbContext())
        {
            (await db.Themes.SingleAsync()).Colour = "#3a7d6b";
            await db.SaveChangesAsync();
        }

        var deleted = await Recaps.DeleteRecapAsync(saved.Id);
        Assert.Empty(await Themes.ListThemesAsync());
        await Recaps.RestoreRecapAsync(deleted!);

        var theme = Assert.Single(await Themes.ListThemesAsync());
        Assert.Equal(("Garden", "#3a7d6b", 1), (theme.Name, theme.Colour, theme.RecapCount));
    }

    [Fact]
    public async Task SaveRecap_WhenAnotherTabDeletesTheLastRecapWithItsThemeAtTheSameMoment_MakesTheThemeAgain()
    {
        var first = await SaveNewAsync(Draft("the only one with Sleep", "Sleep"));
        var racing = new RacingFactory(Options, async other =>
        {
            other.Recaps.Remove(await other.Recaps.SingleAsync(r => r.Id == first.Id));
            other.Themes.Remove(await other.Themes.SingleAsync());
        });

        var result = await new RecapStore(racing, Clock).SaveRecapAsync(null, Draft("Tired all week.", "sleep"), 0);

        Assert.True(racing.OtherTabRan);
        Assert.Equal(SaveStatus.Saved, result.Status);
        Assert.Equal([("sleep", 1)], (await Themes.ListThemesAsync()).Select(t => (t.Name, t.RecapCount)));
    }

    [Fact]
    public async Task SaveRecap_WhenAnotherTabCreatesTheSameNewThemeAtTheSameMoment_UsesThatTheme()
    {
        var racing = new RacingFactory(Options, other =>
        {
            other.Themes.Add(new Theme { Name = "Sleep" });
            return Task.CompletedTask;
        });

        var result = await new RecapStore(racing, Clock).SaveRecapAsync(null, Draft("Tired all week.", "sleep"), 0);

        Assert.True(racing.OtherTabRan);
        Assert.Equal(SaveStatus.Saved, result.Status);
        var theme = Assert.Single(await Themes.ListThemesAsync());
        Assert.Equal(1, theme.RecapCount);
        Assert.Equal(["Sleep"], (await Recaps.GetRecapAsync(result.Id))!.Themes.Select(t => t.Name));
        Assert.Single((await Recaps.ListRecapsAsync(new RecapFilter(), 0, 10)).Items);
    }
}
