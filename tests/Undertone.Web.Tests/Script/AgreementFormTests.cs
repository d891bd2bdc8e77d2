namespace Undertone.Web.Tests.Script;

public sealed class AgreementFormTests : ComponentTestBase
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    private readonly List<AgreementInput> _saved = [];

    [Fact]
    public void DayInTheFuture_ShowsAnErrorUnderTheDateAndSavesNothing()
    {
        var cut = RenderForm();
        Field(cut, "The day you asked").Change("2026-12-01");
        Radio(cut, "No").Click();

        Button(cut, "Save what was agreed").Click();

        cut.WaitForAssertion(() => Assert.Contains("can't be in the future", cut.Markup, StringComparison.Ordinal));
        Assert.Empty(_saved);
        Assert.Equal("2026-12-01", Field(cut, "The day you asked").GetAttribute("value"));
    }

    [Fact]
    public void NoAnswerChosen_AsksForIt()
    {
        var cut = RenderForm();

        Button(cut, "Save what was agreed").Click();

        cut.WaitForAssertion(() => Assert.Contains("Choose what your therapist said.", cut.Markup, StringComparison.Ordinal));
        Assert.Empty(_saved);
    }

    [Fact]
    public void OverLongBoundaries_ShowAnErrorAndKeepTheText()
    {
        var cut = RenderForm();
        Radio(cut, "Yes, with conditions").Click();
        var boundaries = new string('b', ScriptAgreement.BoundariesMaxLength + 1);
        cut.WaitForAssertion(() => Field(cut, "Any boundaries they set (optional)").Change(boundaries));

        Button(cut, "Save what was agreed").Click();

        cut.WaitForAssertion(() => Assert.Contains("at most 2000 characters", cut.Markup, StringComparison.Ordinal));
        Assert.Empty(_saved);
        Assert.Equal(boundaries, Field(cut, "Any boundaries they set (optional)").TextContent);
    }

    [Fact]
    public void Yes_IsSavedWithTheDetailsPrefilledFromTheAsk()
    {
        var cut = RenderForm();
        Radio(cut, "Yes").Click();

        Button(cut, "Save what was agreed").Click();

        cut.WaitForAssertion(() => Assert.Single(_saved));
        var input = _saved[0];
        Assert.Equal(Today, input.AskedOn);
        Assert.Equal(AgreementAnswer.Yes, input.Answer);
        Assert.Equal(RecordFormat.ShortRecap, input.Format);
        Assert.Equal(StoragePlace.DeviceOnly, input.Storage);
        Assert.Equal(RetentionKind.DeleteAfterReview, input.Retention);
    }

    private IRenderedComponent<AgreementForm> RenderForm()
    {
        Render<MudBlazor.MudPopoverProvider>();
        return Render<AgreementForm>(p => p
            .Add(f => f.ScriptName, "For Ana")
            .Add(f => f.Ask, ScriptForm.StartingAsk)
            .Add(f => f.Today, Today)
            .Add(f => f.Save, input =>
            {
                _saved.Add(input);
                return Task.FromResult(SaveResult.Saved(1, 1));
            }));
    }

    private static IElement Button(IRenderedComponent<AgreementForm> cut, string text) =>
        cut.FindAll("button").Single(b => b.TextContent.Trim() == text);

    private static IElement Radio(IRenderedComponent<AgreementForm> cut, string label) =>
        cut.FindAll("input[type=radio]").First(i => i.ParentElement!.ParentElement!.TextContent.Trim() == label);

    private static IElement Field(IRenderedComponent<AgreementForm> cut, string label)
    {
        var labelElement = cut.FindAll("label").Single(l => l.TextContent.Trim() == label);
        return cut.Find("#" + labelElement.GetAttribute("for"));
    }
}
