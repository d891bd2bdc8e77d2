using Microsoft.AspNetCore.Components;
using MudBlazor;
using Undertone.Data.Journal;
using Undertone.Domain.Journal.Patterns;
using Undertone.Web.Components.Pages.Journal;

namespace Undertone.Web.Components.Pages.Patterns;

public partial class PatternsPage
{
    /// <summary>How many themes the chart draws (the table lists them all).</summary>
    public const int ChartThemeCount = 5;

    private PatternReport? _report;
    private List<ChartSeries<double>> _series = [];
    private string[] _labels = [];
    private string? _openTheme;
    private string _status = "";

    private readonly LineChartOptions _chartOptions = new()
    {
        YAxisTicks = 1,
        YAxisSuggestedMax = 5,
        YAxisRequireZeroPoint = true,
        ShowToolTips = true,
        LineStrokeWidth = 3,
    };

    [Inject]
    public required PatternsStore Store { get; set; }

    [Inject]
    public required JournalStore Journal { get; set; }

    [Inject]
    public required ISnackbar Snackbar { get; set; }

    private IReadOnlyDictionary<int, DateOnly> SessionDates => _report?.SessionDates ?? new Dictionary<int, DateOnly>();

    private IEnumerable<ThemeSummary> ChartThemes => _report?.Themes.Themes.Take(ChartThemeCount) ?? [];

    protected override async Task OnInitializedAsync() => await LoadAsync();

    private async Task LoadAsync()
    {
        _report = await Store.GetReportAsync();
        _labels = [.. _report.Themes.Timeline.Select(s => PatternsText.ShortDate(s.SessionDate))];
        _series = [.. ChartThemes.Select(t => new ChartSeries<double> { Name = t.Name, Data = t.RollingCount.Select(c => (double)c).ToArray() })];
        _chartOptions.YAxisSuggestedMax = _report.Themes.RecentSessions;
    }

    private void ToggleTheme(string name) => _openTheme = _openTheme == name ? null : name;

    private async Task AddSamplesAsync()
    {
        await Journal.AddSampleEntriesAsync();
        await LoadAsync();
        _status = "Sample entries added.";
    }

    private async Task AddThemeAsync(RecurringPhrase phrase)
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
    }

    private async Task MarkAsync(RevisitEntry entry)
    {
        if (entry.Kind == RevisitKind.OpenQuestion && entry.QuestionId is { } questionId)
        {
            await Store.MarkQuestionAskedAsync(questionId);
            await LoadAsync();
            _status = "Marked as asked.";
            JournalUndo.Offer(Snackbar, "Marked as asked.", () => Store.ReopenQuestionAsync(questionId), () => InvokeAsync(ReloadAfterUndoAsync));
        }
        else if (entry.Key is { } key)
        {
            await Store.MarkAddressedAsync(key);
            await LoadAsync();
            _status = "Marked as addressed.";
            JournalUndo.Offer(Snackbar, "Marked as addressed.", () => Store.UnmarkAddressedAsync(key), () => InvokeAsync(ReloadAfterUndoAsync));
        }
    }

    private async Task ReloadAfterUndoAsync()
    {
        await LoadAsync();
        StateHasChanged();
    }
}
