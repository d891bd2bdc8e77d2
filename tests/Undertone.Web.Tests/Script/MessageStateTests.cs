namespace Undertone.Web.Tests.Script;

/// <summary>The message side of the builder, as a plain class: no bunit, no browser, no database.</summary>
public sealed class MessageStateTests
{
    private static readonly string Starting = ScriptComposer.Compose(ScriptForm.StartingAsk).Text;

    /// <summary>A message the person has typed over (their first edit) with <paramref name="words"/>.</summary>
    private static MessageState TypedOver(string words)
    {
        var state = new MessageState();
        state.SetText(words, 1, state.TextRevision);
        return state;
    }

    [Fact]
    public void New_HoldsTheStartingMessage_Checked_WithAllSevenChecklistItemsCovered()
    {
        var state = new MessageState();

        Assert.Equal(Starting, state.Text);
        Assert.False(state.IsEdited);
        Assert.Equal(Starting, state.FindingsFor);
        Assert.Equal(7, state.Covered.Count);
    }

    [Fact]
    public void Change_UneditedMessage_FollowsTheChoice_AndTellsTheEditorOnce()
    {
        var state = new MessageState();
        var revision = state.TextRevision;

        Assert.True(state.Change(f => f.Tone = Tone.Warm));

        Assert.Equal(ScriptComposer.Compose(ScriptForm.StartingAsk with { Tone = Tone.Warm }).Text, state.Text);
        Assert.Equal(revision + 1, state.TextRevision);
        Assert.False(state.ForceText);
        Assert.NotEmpty(state.Changed);
        Assert.Contains("warmer tone", state.ChangeNote, StringComparison.Ordinal);
    }

    [Fact]
    public void Change_EditedMessage_KeepsTheWords_AndOffersToReplaceThem()
    {
        var state = TypedOver("My own words.");
        var revision = state.TextRevision;

        state.Change(f => f.Length = MessageLength.Detailed);

        Assert.Equal("My own words.", state.Text);
        Assert.Equal(revision, state.TextRevision);
        Assert.True(state.ShowReplaceOffer);

        state.UseGenerated();
        Assert.Equal(ScriptComposer.Compose(ScriptForm.StartingAsk with { Length = MessageLength.Detailed }).Text, state.Text);
        Assert.False(state.ShowReplaceOffer);
    }

    [Fact]
    public void SetText_AnOlderEditThanTheOneKnown_IsIgnored()
    {
        var state = new MessageState();
        state.SetText("Edit three.", 3, state.TextRevision);

        Assert.False(state.SetText("Edit two, arriving late.", 2, state.TextRevision));

        Assert.Equal("Edit three.", state.Text);
        Assert.Equal(3, state.KnownEdit);
    }

    [Fact]
    public void SetText_TypedOverANewChoiceTheEditorHadNotTaken_KeepsTheWordsAndAsks()
    {
        var state = new MessageState();
        var before = state.TextRevision;
        state.Change(f => f.Tone = Tone.Direct); // the editor had unsent keys, so it dropped this text

        state.SetText(Starting + " And more.", 1, before);

        Assert.Equal(Starting + " And more.", state.Text);
        Assert.True(state.ShowReplaceOffer);
    }

    [Fact]
    public void SetText_AfterTheEditorTookTheNewChoice_DoesNotAsk()
    {
        var state = new MessageState();
        state.Change(f => f.Tone = Tone.Direct);

        state.SetText(state.Text + " And more.", 1, state.TextRevision);

        Assert.False(state.ShowReplaceOffer);
    }

    [Fact]
    public void DaysNotValid_TheMessageIsBehindTheChoices_UntilFixed()
    {
        var state = new MessageState();
        state.Change(f => f.Retention = RetentionKind.DeleteAfterDays);
        state.Change(f => f.RetentionDays = 40);
        Assert.Contains("40 days", state.Text, StringComparison.Ordinal);

        Assert.False(state.Change(f => f.RetentionDays = 4000));

        Assert.True(state.IsBehindChoices);
        Assert.DoesNotContain("4000", state.Text, StringComparison.Ordinal);
        Assert.Equal("retentionDays", Assert.Single(state.FormErrors).Field);

        state.Change(f => f.RetentionDays = 60);
        Assert.False(state.IsBehindChoices);
        Assert.Contains("60 days", state.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void DaysNotValid_WithTheirOwnWords_TheMessageIsTheirs_AndNotHeldBack()
    {
        var state = TypedOver("My own words, no days in them.");

        state.Change(f => f.Retention = RetentionKind.DeleteAfterDays);
        state.Change(f => f.RetentionDays = 0);

        Assert.NotEmpty(state.FormErrors);
        Assert.False(state.IsBehindChoices);
    }

    [Fact]
    public void ReadAloud_EditedWrittenMessage_OffersTheEditedTextFirst_AndTheSpokenVersionToo()
    {
        var state = TypedOver("Hello,\n\nMy own words to read out.\n\nThanks");

        var read = state.ReadAloud();

        Assert.Equal("Hello,\n\nMy own words to read out.\n\nThanks", read.Text);
        Assert.NotNull(read.Other);
        Assert.Equal(ScriptComposer.Compose(ScriptForm.StartingAsk with { Delivery = Delivery.Spoken }).Text, read.Other.Text);
    }

    [Fact]
    public void ReadAloud_UneditedWrittenMessage_IsTheSpokenVersion_AndASpokenOneIsAsItIs()
    {
        var state = new MessageState();
        Assert.Equal(ScriptComposer.Compose(ScriptForm.StartingAsk with { Delivery = Delivery.Spoken }).Text, state.ReadAloud().Text);
        Assert.Null(state.ReadAloud().Other);

        state.Change(f => f.Delivery = Delivery.Spoken);
        state.SetText("Spoken, in my words.", 1, state.TextRevision);
        Assert.Equal("Spoken, in my words.", state.ReadAloud().Text);
    }

    [Fact]
    public void Load_ForcesTheTextIntoTheEditor()
    {
        var state = new MessageState();
        state.SetText("Typed here.", 5, state.TextRevision);

        state.Load(ScriptForm.StartingAsk with { Tone = Tone.Warm }, "From the other tab.", []);

        Assert.Equal("From the other tab.", state.Text);
        Assert.True(state.ForceText);
        Assert.Equal(Tone.Warm, state.Form.Tone);
    }

    [Fact]
    public void ApplyFinding_OnAStaleCheck_DoesNothing()
    {
        var state = TypedOver(Starting.Insert(0, "I'm so sorry to ask. "));
        var finding = state.Findings.First(f => f.Suggestion is not null);
        state.SetText("Different words now.", 2, state.TextRevision);

        Assert.Null(state.ApplyFinding(finding));
        Assert.Equal("Different words now.", state.Text);
    }
}
