namespace Undertone.Data.Tests.Journal;

/// <summary>Questions for next time: changes that would overwrite another tab are refused; the list order.</summary>
public class QuestionStoreTests : JournalTestBase
{
    [Fact]
    public async Task UpdateQuestion_WithAStaleVersion_ReportsConflict()
    {
        var added = await Questions.AddQuestionAsync("One question");
        Assert.True((await Questions.UpdateQuestionAsync(added.Id, "One question", QuestionStatus.Asked, "", added.Version)).IsSaved);

        var stale = await Questions.UpdateQuestionAsync(added.Id, "One question", QuestionStatus.Dropped, "", added.Version);

        Assert.Equal(SaveStatus.Conflict, stale.Status);
        Assert.Equal(QuestionStatus.Asked, (await Questions.GetQuestionAsync(added.Id))!.Status);
    }

    [Fact]
    public async Task ListQuestions_OpenFirst_ThenAsked_ThenClosed()
    {
        var resolved = await Questions.AddQuestionAsync("resolved one");
        var asked = await Questions.AddQuestionAsync("asked one");
        await Questions.AddQuestionAsync("open one");
        await Questions.UpdateQuestionAsync(resolved.Id, "resolved one", QuestionStatus.Resolved, "yes", resolved.Version);
        await Questions.UpdateQuestionAsync(asked.Id, "asked one", QuestionStatus.Asked, "", asked.Version);

        var list = await Questions.ListQuestionsAsync();

        Assert.Equal(["open one", "asked one", "resolved one"], list.Select(q => q.Text));
        Assert.Equal(["open one"], (await Questions.ListOpenQuestionsAsync()).Select(q => q.Text));
        Assert.NotNull(list[2].StatusChangedAt);
    }
}
