namespace Undertone.Web.Components.Pages.Journal;

/// <summary>The words shown for each question status.</summary>
public static class QuestionStatusText
{
    public static string Name(QuestionStatus status) => status switch
    {
        QuestionStatus.Open => "Open",
        QuestionStatus.Asked => "Asked",
        QuestionStatus.Resolved => "Resolved",
        QuestionStatus.Dropped => "Dropped",
    };
}
