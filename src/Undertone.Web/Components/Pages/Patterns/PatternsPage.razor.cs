using Microsoft.AspNetCore.Components;
using MudBlazor;
using Undertone.Domain.Journal.Patterns;
using Undertone.Web.Components.Pages.Journal;

namespace Undertone.Web.Components.Pages.Patterns;

public partial class PatternsPage
{
    /// <summary>How many recap links a theme or phrase shows before "and N more".</summary>
    private const int RecapLinksShown = 8;

    private static readonly MarkupString ChecklistIcon = new(Icons.Material.Outlined.Checklist);
    private static readonly MarkupString LightbulbIcon = new(Icons.Material.Outlined.Lightbulb);
    private static readonly MarkupString LabelIcon = new(Icons.Material.Outlined.Label);

    private PatternReport? _report;
    private string? _openTheme;
    private string _status = "";
    private string? _loadProblem;
    private bool _busy;

    [Inject]
    public required PatternsStore Store { get; set; }

    [Inject]
    public required SampleEntries Samples { get; set; }

    [Inject]
    public required ISnackbar Snackbar { get; set; }

    [Inject]
    public required StoreCall Call { get; set; }

    private IReadOnlyDictionary<int, DateOnly> SessionDates => _report?.SessionDates ?? new Dictionary<int, DateOnly>();

    private IEnumerable<ThemeSummary> ChartThemes => _report?.Themes.Themes.Take(ThemeChart.ThemeCount) ?? [];

    protected override async Task OnInitializedAsync() => await LoadAsync();

    /// <summary>Reads the report again. When the file is busy, what is on screen stays as it was and says so.</summary>
    private async Task LoadAsync() =>
        _loadProblem = await Call.TryLoadAsync(async () => _report = await Store.GetReportAsync());

    private static string MarkText(RevisitEntry entry) => entry.Kind == RevisitKind.OpenQuestion ? "Mark as asked" : "Mark addressed";

    private void ToggleTheme(string name) => _openTheme = _openTheme == name ? null : name;

    /// <summary>
    /// Runs one click's work with the buttons turned off until it is done (a double click does it once), and turns
    /// a busy journal file into a message instead of an error page.
    /// </summary>
    private async Task RunAsync(Func<Task> action)
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        var done = await Call.RunAsync(StoreAction.Do, action);
        _busy = false;
        if (!done.Succeeded)
        {
            Snackbar.Add(done.Problem, Severity.Warning);
        }
    }

    private Task AddSamplesAsync() => RunAsync(async () =>
    {
        await Samples.AddSampleEntriesAsync();
        await LoadAsync();
        _status = "Sample entries added.";
    });

    private Task AddThemeAsync(RecurringPhrase phrase) => RunAsync(async () =>
    {
        var result = await Store.AddThemeToRecapsAsync(phrase.Text, phrase.RecapIds);
        switch (result.Status)
        {
            case SaveStatus.Saved:
                await LoadAsync();
                _status = $"Added the theme “{phrase.Text}” to {phrase.RecapCount} recaps.";
                Snackbar.Add(_status, Severity.Success);
                break;
            case SaveStatus.Invalid:
                Snackbar.Add(result.Errors[0].Message, Severity.Warning);
                break;
            case SaveStatus.Conflict:
            case SaveStatus.NotFound:
                Snackbar.Add("One of those recaps was being saved at the same moment. Nothing changed; please try again.", Severity.Warning);
                break;
        }
    });

    private Task MarkAsync(RevisitEntry entry) => RunAsync(async () =>
    {
        if (entry.Kind == RevisitKind.OpenQuestion && entry.QuestionId is { } questionId)
        {
            await Store.MarkQuestionAskedAsync(questionId);
            await LoadAsync();
            _status = "Marked as asked.";
            JournalUndo.Offer(Snackbar, Call, "Marked as asked.", () => Store.ReopenQuestionAsync(questionId), () => InvokeAsync(ReloadAfterUndoAsync));
        }
        else if (entry.Key is { } key)
        {
            await Store.MarkAddressedAsync(key);
            await LoadAsync();
            _status = "Marked as addressed.";
            JournalUndo.Offer(Snackbar, Call, "Marked as addressed.", () => Store.UnmarkAddressedAsync(key), () => InvokeAsync(ReloadAfterUndoAsync));
        }
    });

    private async Task ReloadAfterUndoAsync()
    {
        await LoadAsync();
        StateHasChanged();
    }
}
