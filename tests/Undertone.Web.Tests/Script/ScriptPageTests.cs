using Microsoft.Extensions.Logging.Abstractions;
using Undertone.Web.Consent;
using static Undertone.Web.Tests.Script.BuilderPage;

namespace Undertone.Web.Tests.Script;

public sealed class ScriptPageTests : ComponentTestBase
{
    private static readonly string Starting = ScriptComposer.Compose(ScriptForm.StartingAsk).Text;

    [Fact]
    public async Task FirstVisit_ShowsACompleteMessageWithAllFiveParts()
    {
        var cut = await RenderPageAsync();

        Assert.Equal(Starting, BuilderPage.Message(cut));
        Assert.Contains("policy allow", BuilderPage.Message(cut), StringComparison.Ordinal);
        Assert.Equal(7, cut.FindAll(".ready-item.covered").Count);
        Assert.Equal(5, cut.FindAll(".legend-item").Count);
        Assert.Contains("Nothing to point out", cut.Find(".findings").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChoosingAWarmerTone_UpdatesThePreviewAtOnceAndMarksTheChangedSentences()
    {
        var cut = await RenderPageAsync();

        Choice(cut, "Warmer").Change("Warmer");

        var expected = ScriptComposer.Compose(ScriptForm.StartingAsk with { Tone = Tone.Warm }).Text;
        cut.WaitForAssertion(() => Assert.Equal(expected, BuilderPage.Message(cut)));
        var marks = BuilderPage.Marks(cut);
        Assert.Contains(marks.Marks, m => m.Class == MessageMarks.ChangedClass);
        // The browser is given the highlights (numbers, no text) to draw behind the box.
        var pushed = JSInterop.Invocations["undertone.messageEditor.mark"];
        Assert.Equal(marks.ToBrowser(), (int[])pushed[pushed.Count - 1].Arguments[1]!);
        Assert.Contains("changed with the warmer tone", cut.Find(".change-note").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChoosingAFormat_ChangesThePreview()
    {
        var cut = await RenderPageAsync();

        cut.FindAll("input[type=radio]").First(i => i.ParentElement!.ParentElement!.TextContent.Contains("A transcript", StringComparison.Ordinal)).Click();

        cut.WaitForAssertion(() => Assert.Contains("transcript", BuilderPage.Message(cut), StringComparison.Ordinal));
    }

    [Fact]
    public async Task EditedMessage_IsKeptWhenAnOptionChanges_UntilTheUserChoosesToReplaceIt()
    {
        var cut = await RenderPageAsync();
        await BuilderPage.TypeAsync(cut, "My own words. What are you comfortable with? No is okay.");

        Choice(cut, "Short").Change("Short");

        cut.WaitForAssertion(() => Assert.Contains("Your edits are kept", cut.Markup, StringComparison.Ordinal));
        Assert.Equal("My own words. What are you comfortable with? No is okay.", BuilderPage.Message(cut));

        Button(cut, "Keep my edits").Click();
        cut.WaitForAssertion(() => Assert.DoesNotContain(cut.FindAll("button"), b => b.TextContent.Trim() == "Replace my edits"));
        Assert.Equal("My own words. What are you comfortable with? No is okay.", BuilderPage.Message(cut));

        Choice(cut, "Detailed").Change("Detailed");
        cut.WaitForAssertion(() => Button(cut, "Replace my edits").Click());
        var detailed = ScriptComposer.Compose(ScriptForm.StartingAsk with { Length = MessageLength.Detailed }).Text;
        cut.WaitForAssertion(() => Assert.Equal(detailed, BuilderPage.Message(cut)));
        Assert.DoesNotContain(cut.FindAll("button"), b => b.TextContent.Contains("Reset to generated", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EditedMessage_SaysSoUnderTheMessage_WithTheLengthHint()
    {
        var cut = await RenderPageAsync();
        Assert.DoesNotContain("edited by you", cut.Find(".preview-meta").TextContent, StringComparison.Ordinal);

        await BuilderPage.TypeAsync(cut, Starting + " Thanks again.");

        cut.WaitForAssertion(() => Assert.EndsWith("a standard message is up to about 160 · edited by you", cut.Find(".preview-meta").TextContent.Trim(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResetToGenerated_RestoresTheGeneratedMessage()
    {
        var cut = await RenderPageAsync();
        await BuilderPage.TypeAsync(cut, "Something else entirely.");

        Button(cut, "Reset to generated").Click();

        cut.WaitForAssertion(() => Assert.Equal(Starting, BuilderPage.Message(cut)));
    }

    [Fact]
    public async Task MessageCheck_RunsWhenTheEditorSendsTheText_AndASuggestionIsAppliedInOneClick()
    {
        var cut = await RenderPageAsync();
        var text = Starting.Insert(Starting.IndexOf("\n\n", StringComparison.Ordinal) + 2, "I'm so sorry to ask about this. ");

        await BuilderPage.TypeAsync(cut, text);

        cut.WaitForAssertion(() => Assert.Contains("No need to apologise", cut.Find(".findings").TextContent, StringComparison.Ordinal));
        Assert.Contains(BuilderPage.Marks(cut).Marks, m => m.Class.StartsWith(MessageMarks.FindingClass, StringComparison.Ordinal));
        Assert.Contains("You could say instead: “I'd like to ask about this.”", cut.Find("li[data-kind=Apology]").TextContent, StringComparison.Ordinal);
        Button(cut, "Use this sentence").Click();

        cut.WaitForAssertion(() => Assert.Contains("I'd like to ask about this.", BuilderPage.Message(cut), StringComparison.Ordinal));
        Assert.DoesNotContain("sorry", BuilderPage.Message(cut), StringComparison.OrdinalIgnoreCase);
        cut.WaitForAssertion(() => Assert.DoesNotContain("No need to apologise", cut.Find(".findings").TextContent, StringComparison.Ordinal));
    }

    /// <summary>Issue 17's three messages the check used to miss: each is pointed out with a whole sentence to use instead.</summary>
    [Theory]
    [InlineData("If you'd rather not, I might just record on my phone in my bag.", "SecretRecording", "I would only record our sessions with your agreement")]
    [InlineData("I'm so sorry to even bring this up and I hope it's not weird.", "Apology", "I'd like to ask you about keeping a short written recap of our sessions.")]
    [InlineData("I really need you to let me record our sessions… I expect a yes on this one.", "Pressure", "Would you be open to recording our sessions?")]
    public async Task MessageCheck_ShowsTheFindingAndAWholeSentenceForMessagesItUsedToMiss(string sentence, string kind, string suggestion)
    {
        var cut = await RenderPageAsync(withMeaning: true);
        await BuilderPage.TypeAsync(cut, Starting.Insert(Starting.IndexOf("\n\n", StringComparison.Ordinal) + 2, sentence + " "));
        Clock.Advance(ScriptBuilderState.MeaningPause);

        cut.WaitForAssertion(() => Assert.Contains(suggestion, cut.Find($"li[data-kind={kind}] .finding-suggestion").TextContent, StringComparison.Ordinal));
        Assert.Contains(sentence, cut.Find($"li[data-kind={kind}] .finding-quote").TextContent, StringComparison.Ordinal);

        cut.Find($"li[data-kind={kind}] button").Click();

        cut.WaitForAssertion(() => Assert.Contains(suggestion, BuilderPage.Message(cut), StringComparison.Ordinal));
        Assert.DoesNotContain(sentence, BuilderPage.Message(cut), StringComparison.Ordinal);
        cut.WaitForAssertion(() => Assert.Contains("Nothing to point out", cut.Find(".findings").TextContent, StringComparison.Ordinal));
    }

    /// <summary>Issue 17's three ways of leaving room for the therapist's answer: none of them is "missing room".</summary>
    [Theory]
    [InlineData("How would you feel about that, and what does your practice allow?")]
    [InlineData("Happy to go with whatever works best for you.")]
    [InlineData("I'd value your honest take, and it's no problem at all if it's not something you do.")]
    public async Task MessageCheck_FindsNothingToPointOut_WhenTheRoomIsInOtherWords(string room)
    {
        var cut = await RenderPageAsync(withMeaning: true);
        await BuilderPage.TypeAsync(cut, "Hi,\n\nI'd like a way to remember what we talk about in our sessions. I'm thinking of a short written recap, "
            + "not a recording. I'd keep it only on my own device and delete it once I've reviewed it. It would be for my personal "
            + "reflection only. " + room + "\n\nThanks,\nSam");
        Clock.Advance(ScriptBuilderState.MeaningPause);

        cut.WaitForAssertion(() => Assert.Contains("Nothing to point out", cut.Find(".findings").TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("li[data-kind=MissingRoom]"));
    }

    /// <summary>The rules run as the person types; the meaning check once typing pauses, and it sees what no rule words.</summary>
    [Fact]
    public async Task MeaningCheck_RunsOnceTypingPauses_AndFindsWhatTheRulesMiss()
    {
        var cut = await RenderPageAsync(withMeaning: true);
        var sentence = "Nobody needs to know I have my phone recording.";
        await BuilderPage.TypeAsync(cut, Starting.Insert(Starting.IndexOf("\n\n", StringComparison.Ordinal) + 2, sentence + " "));
        cut.WaitForAssertion(() => Assert.Contains(sentence, BuilderPage.Message(cut), StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("li[data-kind=SecretRecording]"));

        Clock.Advance(ScriptBuilderState.MeaningPause - TimeSpan.FromMilliseconds(1));
        Assert.Empty(cut.FindAll("li[data-kind=SecretRecording]"));
        Clock.Advance(TimeSpan.FromMilliseconds(1));

        cut.WaitForAssertion(() => Assert.Contains(sentence, cut.Find("li[data-kind=SecretRecording] .finding-quote").TextContent, StringComparison.Ordinal));
        Assert.Contains("I would only record our sessions with your agreement", cut.Find("li[data-kind=SecretRecording] .finding-suggestion").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeaningCheck_WhileTheModelIsStillLoading_TheRulesAloneAnswer()
    {
        var cut = await RenderPageAsync();
        await BuilderPage.TypeAsync(cut, Starting.Insert(Starting.IndexOf("\n\n", StringComparison.Ordinal) + 2, "Nobody needs to know I have my phone recording. "));
        Clock.Advance(ScriptBuilderState.MeaningPause);

        cut.WaitForAssertion(() => Assert.Contains("Nothing to point out", cut.Find(".findings").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task MessageCheck_MissingRoomForTheirAnswer_OffersASentenceToAdd()
    {
        var cut = await RenderPageAsync();
        await BuilderPage.TypeAsync(cut, "Hello,\n\nI'd like to keep a short recap on my device, deleted after review, just for me.\n\nThanks");
        cut.WaitForAssertion(() => Assert.Contains("Room for their answer is missing", cut.Find(".findings").TextContent, StringComparison.Ordinal));

        cut.Find("li[data-kind=MissingRoom] button").Click();

        cut.WaitForAssertion(() => Assert.Contains("What are you comfortable with", BuilderPage.Message(cut), StringComparison.Ordinal));
        Assert.EndsWith("\n\nThanks", BuilderPage.Message(cut), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverLongReason_ShowsAnErrorUnderTheFieldAndKeepsTheTextAndTheLastGoodMessage()
    {
        var cut = await RenderPageAsync();
        var tooLong = new string('a', ConsentAsk.MaxCustomReasonLength + 1);

        Field(cut, "Your own reason (optional)").Input(tooLong);

        cut.WaitForAssertion(() => Assert.Contains("at most 300 characters", cut.Markup, StringComparison.Ordinal));
        Assert.Equal(tooLong, Field(cut, "Your own reason (optional)").GetAttribute("value"));
        Assert.Equal(Starting, BuilderPage.Message(cut));
    }

    [Fact]
    public async Task OverLongName_MarksItsFieldInvalid_AndTheFieldPointsAtTheErrorThatIsAnnounced()
    {
        var cut = await RenderPageAsync();
        Assert.Equal("false", Field(cut, "Your therapist's name").GetAttribute("aria-invalid"));

        Field(cut, "Your therapist's name").Input(new string('a', ConsentAsk.MaxNameLength + 1));

        cut.WaitForAssertion(() => Assert.Equal("true", Field(cut, "Your therapist's name").GetAttribute("aria-invalid")));
        var error = cut.Find("#" + Field(cut, "Your therapist's name").GetAttribute("aria-describedby"));
        Assert.Equal("alert", error.GetAttribute("role"));
        Assert.Contains("at most 80 characters", error.TextContent, StringComparison.Ordinal);
        Assert.Equal("false", Field(cut, "Your name, for the sign-off").GetAttribute("aria-invalid"));

        Field(cut, "Your therapist's name").Input("Dr. Rivera");

        cut.WaitForAssertion(() => Assert.Equal("false", Field(cut, "Your therapist's name").GetAttribute("aria-invalid")));
        Assert.Null(Field(cut, "Your therapist's name").GetAttribute("aria-describedby"));
        Assert.Contains("Dr. Rivera", BuilderPage.Message(cut), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MemorySwitch_IsASwitchThatShowsTheChoicesWhenTurnedOn()
    {
        var cut = await RenderPageAsync();
        var toggle = cut.Find("input[role=switch]");
        Assert.Equal("false", toggle.GetAttribute("aria-checked"));
        Assert.Equal("Mention what makes remembering hard for me", toggle.Closest("label")!.TextContent.Trim());
        Assert.Empty(cut.FindAll("[aria-label='What makes remembering hard']"));

        toggle.Change(true);

        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("input[role=switch]").GetAttribute("aria-checked")));
        Assert.NotNull(cut.Find("[aria-label='What makes remembering hard']"));
    }

    [Fact]
    public async Task Builder_CallsNoMudBlazorKeyInterceptorOrSizeScript()
    {
        var cut = await RenderPageAsync();
        Field(cut, "Your own reason (optional)").Input("to keep track");
        cut.WaitForAssertion(() => Assert.Contains("keep track", BuilderPage.Message(cut), StringComparison.Ordinal));

        // MudTextField and MudSwitch connected a key interceptor through JS interop; each such call costs a visitor
        // serializer metadata on the server. The fields are the browser's own inputs now.
        Assert.DoesNotContain(JSInterop.Invocations, i => i.Identifier.Contains("KeyInterceptor", StringComparison.OrdinalIgnoreCase)
            || i.Identifier.Contains("BoundingClientRect", StringComparison.OrdinalIgnoreCase)
            || i.Identifier.Contains("resize", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task SavedScript_IsListedAndTheDraftComesBackOnANewVisit()
    {
        await UseDatabaseAsync();
        var cut = await RenderPageAsync(useDatabase: false);
        await BuilderPage.TypeAsync(cut, "My words for Tuesday. What are you comfortable with?");
        Field(cut, "Name for this message").Change("Before Tuesday");

        Button(cut, "Save message").Click();

        cut.WaitForAssertion(() => Assert.Contains("Before Tuesday", cut.Find(".saved-list").TextContent, StringComparison.Ordinal));
        Assert.Contains("No answer recorded yet", cut.Find(".saved-list").TextContent, StringComparison.Ordinal);

        var again = Render<ScriptPage>();
        again.WaitForAssertion(() => Assert.Equal("My words for Tuesday. What are you comfortable with?", BuilderPage.Message(again)));
        Assert.Contains(again.FindAll("button"), b => b.TextContent.Contains("Save changes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RecordingAnAnswer_ShowsItOnTheScriptList()
    {
        var database = await UseDatabaseAsync();
        var store = new ScriptStore(database, Clock);
        await store.SaveScriptAsync(null, new SavedScriptInput("For Ana", ScriptForm.StartingAsk, Starting, false, [], ""), 0);
        var cut = await RenderPageAsync(useDatabase: false);
        cut.WaitForAssertion(() => Assert.Contains("For Ana", cut.Markup, StringComparison.Ordinal));

        Button(cut, "Record their answer").Click();
        cut.WaitForAssertion(() => cut.Find(".agreement-form"));
        cut.FindAll(".agreement-form input[type=radio]").First(i => i.ParentElement!.ParentElement!.TextContent.Trim() == "Yes").Click();
        Button(cut, "Save what was agreed").Click();

        cut.WaitForAssertion(() => Assert.Contains("You agreed: short recap, on this device, deleted after review", cut.Find(".saved-list").TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll(".agreement-form"));
    }

    [Fact]
    public async Task OpeningASavedScript_WithUnsavedEdits_AsksFirstAndKeepsTheEditsOnStay()
    {
        var database = await UseDatabaseAsync();
        await new ScriptStore(database, Clock).SaveScriptAsync(null, new SavedScriptInput("Older one", ScriptForm.StartingAsk, "Saved words.", true, [], ""), 0);
        var cut = await RenderPageAsync(useDatabase: false);
        await BuilderPage.TypeAsync(cut, "Unsaved words I care about.");

        Button(cut, "Open").Click();
        cut.WaitForAssertion(() => Assert.Contains("isn't saved yet", cut.Markup, StringComparison.Ordinal));
        Button(cut, "Stay on this one").Click();
        cut.WaitForAssertion(() => Assert.DoesNotContain(cut.FindAll("button"), b => b.TextContent.Trim() == "Stay on this one"));
        Assert.Equal("Unsaved words I care about.", BuilderPage.Message(cut));

        Button(cut, "Open").Click();
        cut.WaitForAssertion(() => Button(cut, "Open “Older one”").Click());
        cut.WaitForAssertion(() => Assert.Equal("Saved words.", BuilderPage.Message(cut)));
    }

    [Fact]
    public async Task CopyMessage_SendsExactlyThePreviewTextAndConfirmsIt()
    {
        var cut = await RenderPageAsync();
        await BuilderPage.TypeAsync(cut, "Edited words,\n\nexactly as shown.");
        var copy = JSInterop.Setup<bool>("undertone.copyText", "Edited words,\n\nexactly as shown.");
        copy.SetResult(true);

        Button(cut, "Copy message").Click();

        cut.WaitForAssertion(() => Assert.Equal("Message copied. It's ready to paste.", cut.Find("[data-testid=status]").TextContent));
        Assert.Single(copy.Invocations);
    }

    [Fact]
    public async Task CopyMessage_WhereTheClipboardIsUnavailable_SelectsTheTextAndSaysHowToCopy()
    {
        var cut = await RenderPageAsync();
        JSInterop.Setup<bool>("undertone.copyText", _ => true).SetResult(false);

        Button(cut, "Copy message").Click();

        cut.WaitForAssertion(() => Assert.Contains("press Ctrl+C", cut.Find("[data-testid=status]").TextContent, StringComparison.Ordinal));
        Assert.Single(JSInterop.Invocations, i => i.Identifier == "undertone.selectText");
    }

    private async Task<IRenderedComponent<ScriptPage>> RenderPageAsync(bool useDatabase = true, bool withMeaning = false)
    {
        if (useDatabase)
        {
            await UseDatabaseAsync();
        }

        Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        Services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        Services.AddSingleton<ScriptStore>();
        if (withMeaning)
        {
            await Services.GetRequiredService<MeaningModelHost>().LoadAsync();
        }

        Render<MudBlazor.MudPopoverProvider>();
        var cut = Render<ScriptPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(BuilderPage.Message(cut)));
        return cut;
    }
}
