using Undertone.Domain.Journal;

namespace Undertone.Domain.Tests.Journal;

/// <summary>What a save that met a newer version keeps: never the session material an agreement deleted.</summary>
public sealed class RecapDraftTests
{
    private static readonly RecapDraft LastSaved = new()
    {
        SessionDate = new DateOnly(2026, 11, 24),
        WhatCameUp = "before",
        TherapistSaid = "their words",
        ThemeNames = ["sleep"],
    };

    [Fact]
    public void WordsDeletedThere_AndUntouchedHere_AreLeftOut()
    {
        var mine = LastSaved with { WhatCameUp = "my edit" };
        var stored = LastSaved with { TherapistSaid = "" };

        Assert.Equal(mine with { TherapistSaid = "" }, mine.WithoutMaterialDeletedIn(stored, LastSaved));
    }

    [Fact]
    public void WordsEditedHere_AreKept_BecauseThePersonTypedThem()
    {
        var mine = LastSaved with { TherapistSaid = "their words, as I remember them now" };

        Assert.Equal(mine, mine.WithoutMaterialDeletedIn(LastSaved with { TherapistSaid = "" }, LastSaved));
    }

    [Fact]
    public void WordsStillThere_AreKept()
    {
        var mine = LastSaved with { WhatCameUp = "my edit" };

        Assert.Equal(mine, mine.WithoutMaterialDeletedIn(LastSaved with { Takeaways = "other tab" }, LastSaved));
    }

    [Fact]
    public void OnlyMaterialDeleted_IsTrueOnlyWhenNothingElseChangedThere()
    {
        Assert.True(RecapDraft.OnlyMaterialDeleted(LastSaved with { TherapistSaid = "" }, LastSaved));
        Assert.False(RecapDraft.OnlyMaterialDeleted(LastSaved with { TherapistSaid = "", Takeaways = "other tab" }, LastSaved));
        Assert.False(RecapDraft.OnlyMaterialDeleted(LastSaved with { TherapistSaid = "", ThemeNames = ["sleep", "work"] }, LastSaved));
        Assert.False(RecapDraft.OnlyMaterialDeleted(LastSaved with { WhatCameUp = "other tab" }, LastSaved));
        Assert.False(RecapDraft.OnlyMaterialDeleted(LastSaved with { TherapistSaid = "" }, LastSaved with { TherapistSaid = "" }));
    }
}
