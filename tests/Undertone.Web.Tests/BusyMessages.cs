namespace Undertone.Web.Tests;

/// <summary>What the pages say when the journal file is busy (SQLite error 5), for each kind of call.</summary>
internal static class BusyMessages
{
    public static readonly string NotSaved = StoreMessages.For(StoreAction.Save, StorageProblem.Busy);
    public static readonly string NotDone = StoreMessages.For(StoreAction.Do, StorageProblem.Busy);
    public static readonly string NotLoaded = StoreMessages.For(StoreAction.Load, StorageProblem.Busy);
    public static readonly string NotBroughtBack = StoreMessages.For(StoreAction.BringBack, StorageProblem.Busy);
}
