namespace Undertone.Data.Journal;

public enum SearchHitKind
{
    Recap,
    Question,
}
