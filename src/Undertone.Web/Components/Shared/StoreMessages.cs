namespace Undertone.Web.Components.Shared;

/// <summary>The plain words for a store call that didn't go through: what didn't happen, why, and that nothing is lost.</summary>
public static class StoreMessages
{
    /// <summary>A local-mode feature asked for on a shared server (<see cref="SqliteOnlyException"/>).</summary>
    public const string NotInServerModeYet =
        "This isn't available on a shared Undertone server yet. Your journal is safe, and everything else works as usual.";

    public static string For(StoreAction action, StorageProblem? problem) => problem is { } known
        ? action switch
        {
            StoreAction.Save => $"We couldn't save that just now: {Why(known)}. What you typed is still here, so you can try again in a moment.",
            StoreAction.Do => $"That didn't go through: {Why(known)}. Nothing was lost. Please try again in a moment.",
            StoreAction.Load => $"We couldn't load this just now: {Why(known)}. Everything is still kept. Please try again in a moment.",
            StoreAction.BringBack => $"We couldn't bring it back just now: {Why(known)}.",
        }
        : action switch
        {
            StoreAction.Save => "Something went wrong, and that wasn't saved. What you typed is still here.",
            StoreAction.Do => "Something went wrong, and that didn't go through. Nothing was lost.",
            StoreAction.Load => "Something went wrong while loading this. Everything is still kept.",
            StoreAction.BringBack => "Something went wrong, and we couldn't bring it back.",
        };

    private static string Why(StorageProblem problem) => problem switch
    {
        StorageProblem.Busy => "the journal file didn't respond (it may be busy)",
        StorageProblem.DiskFull => "the computer's disk is full, so freeing some space will help",
        StorageProblem.ReadOnly => "the journal file can't be changed right now (it is read-only)",
        StorageProblem.IoError => "the computer had trouble reading or writing the journal file",
        StorageProblem.CannotOpen => "the journal file couldn't be opened",
        StorageProblem.Locked => "the journal is locked, so unlock it first",
        StorageProblem.LockChanged => "the passphrase was just set or removed somewhere else, and this page now shows how things are",
    };
}
