namespace Undertone.Web.Tests.Journal;

public sealed class QuestionsPageTests : ComponentTestBase
{
    [Fact]
    public async Task AQuestionSavedFromARecap_LinksBackToThatRecap_AndOneAddedHereDoesNot()
    {
        var store = await UseJournalAsync();
        var recap = await store.Recaps.SaveRecapAsync(null, new RecapDraft { SessionDate = store.Recaps.Today, WhatCameUp = "The lighthouse again." }, 0);
        await store.Questions.AddQuestionAsync("What did the lighthouse stand for?", recap.Id);
        await store.Questions.AddQuestionAsync("Can we talk about sleep?");

        var cut = Render<QuestionsPage>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll(".question-item").Count));
        var link = Assert.Single(cut.FindAll("a.question-source"));
        Assert.Equal($"journal/{recap.Id}", link.GetAttribute("href"));
        Assert.Equal("Go to the recap it came from", link.TextContent.Trim());
        Assert.Contains("lighthouse", link.Closest(".question-item")!.TextContent, StringComparison.Ordinal);
    }
}
