using MudBlazor;

namespace Undertone.Web.Components.Pages.Journal;

/// <summary>The short "Undo" offered after a delete: a snackbar with an Undo button, shown for a few seconds.</summary>
public static class JournalUndo
{
    public const int VisibleMilliseconds = 8_000;

    public static void Offer(ISnackbar snackbar, string message, Func<Task> undo, Func<Task>? afterUndo = null)
    {
        ArgumentNullException.ThrowIfNull(snackbar);
        ArgumentNullException.ThrowIfNull(undo);
        snackbar.Add(message, Severity.Normal, options =>
        {
            options.Action = "Undo";
            options.ActionColor = Color.Primary;
            options.VisibleStateDuration = VisibleMilliseconds;
            options.CloseAfterNavigation = false;
            options.OnClick = async _ =>
            {
                await undo();
                snackbar.Add("Brought back.", Severity.Success);
                if (afterUndo is not null)
                {
                    await afterUndo();
                }
            };
        });
    }
}
