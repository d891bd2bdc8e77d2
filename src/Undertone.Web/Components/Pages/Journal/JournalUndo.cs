using MudBlazor;

namespace Undertone.Web.Components.Pages.Journal;

/// <summary>The short "Undo" offered after a delete: a snackbar with an Undo button, shown for a few seconds.</summary>
public static class JournalUndo
{
    public const int VisibleMilliseconds = 8_000;

    public static void Offer(ISnackbar snackbar, StoreCall call, string message, Func<Task> undo, Func<Task>? afterUndo = null)
    {
        ArgumentNullException.ThrowIfNull(snackbar);
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(undo);
        snackbar.Add(message, Severity.Normal, options =>
        {
            options.Action = "Undo";
            options.ActionColor = Color.Primary;
            options.VisibleStateDuration = VisibleMilliseconds;
            options.CloseAfterNavigation = false;
            // This runs from the snackbar, outside the page's error boundary: a failure must become a message here.
            options.OnClick = async _ =>
            {
                var undone = await call.RunAsync(StoreAction.BringBack, undo);
                if (!undone.Succeeded)
                {
                    snackbar.Add(undone.Problem, Severity.Warning);
                    return;
                }

                snackbar.Add("Brought back.", Severity.Success);
                if (afterUndo is not null)
                {
                    // It is back; if the reload fails, only the list on the page is out of date until the next visit.
                    await call.RunAsync(StoreAction.Load, afterUndo);
                }
            };
        });
    }
}
