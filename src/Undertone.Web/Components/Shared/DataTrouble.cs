using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Undertone.Web.Components.Shared;

/// <summary>
/// The data problems a page expects now and then — the journal file busy, read-only or full — and the plain words
/// for them. Handlers catch these, keep what the user typed, and say what happened; nothing the user wrote is logged.
/// </summary>
public static class DataTrouble
{
    public const string NotSaved =
        "We couldn't save that just now: the journal file didn't respond (it may be busy). What you typed is still here, so you can try again in a moment.";

    public const string NotDone =
        "That didn't go through: the journal file didn't respond (it may be busy). Nothing was lost. Please try again in a moment.";

    public const string NotLoaded =
        "We couldn't load this just now: the journal file didn't respond (it may be busy). Everything is still kept. Reload the page in a moment.";

    public const string NotBroughtBack =
        "We couldn't bring it back just now: the journal file didn't respond (it may be busy).";

    /// <summary>Runs a page's reading: null when it worked, <see cref="NotLoaded"/> when the journal file didn't answer.</summary>
    public static async Task<string?> TryLoadAsync(Func<Task> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        try
        {
            await load();
            return null;
        }
        catch (Exception ex) when (IsExpected(ex))
        {
            return NotLoaded;
        }
    }

    /// <summary>True for the failures of reading or writing the journal file (not for bugs such as a null reference).</summary>
    public static bool IsExpected(Exception exception) =>
        exception is DbUpdateException or SqliteException or InvalidOperationException;
}
