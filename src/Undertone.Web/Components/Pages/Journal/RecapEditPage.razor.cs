using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;
using MudBlazor;
using Undertone.Domain.Settings;

namespace Undertone.Web.Components.Pages.Journal;

/// <summary>
/// Writes and edits one recap. Saves a few seconds after typing stops and when a field loses focus; a failed save
/// keeps every character on the page and says what happened; a save that would overwrite someone else's is refused.
/// What the editor holds and does is <see cref="RecapEditorState"/>, a plain class; the page wires the fields to it
/// and runs the autosave countdown, the questions it asks, the address bar and leaving.
/// </summary>
public sealed partial class RecapEditPage : IAsyncDisposable
{
    /// <summary>How long after the last keystroke the recap is saved.</summary>
    public static readonly TimeSpan AutosaveDelay = TimeSpan.FromSeconds(2);

    private RecapEditorState _editor = null!;
    private bool _loaded;
    private string? _loadProblem;
    private bool _quick;
    private IReadOnlyList<Question> _openQuestions = [];
    private string? _themeInput;
    private string? _questionInput;
    private string? _questionError;
    private ITimer? _timer;
    private IDisposable? _saveBeforeLock;
    private bool _disposed;

    [Parameter]
    public int? Id { get; set; }

    [Inject]
    private RecapStore Recaps { get; set; } = null!;

    [Inject]
    private QuestionStore Questions { get; set; } = null!;

    [Inject]
    private ThemeStore Themes { get; set; } = null!;

    [Inject]
    private SettingsStore Settings { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    [Inject]
    private IJSRuntime JS { get; set; } = null!;

    [Inject]
    private StoreCall Call { get; set; } = null!;

    [Inject]
    private LockKeeper Keeper { get; set; } = null!;

    private bool IsDirty => _loaded && _editor.IsDirty;

    private Color StatusColor => _editor.SaveState switch
    {
        SaveState.Saved => Color.Success,
        SaveState.Unchanged or SaveState.Pending or SaveState.Saving => Color.Default,
        SaveState.Invalid or SaveState.Failed or SaveState.Conflict or SaveState.Gone => Color.Warning,
    };

    /// <summary>
    /// The lock never costs typed text: before the journal locks (idle, the lock button, another tab) this page saves
    /// what is waiting, and if a save could not go through while it was locked, it goes through right after the unlock.
    /// </summary>
    protected override void OnInitialized()
    {
        _editor = new RecapEditorState(Recaps, Call, Clock);
        _editor.Changed += RefreshUnlessDisposed;
        _saveBeforeLock = Keeper.SaveBeforeLock(() => InvokeAsync(SaveFromTimerAsync));
        Keeper.Changed += OnLockChanged;
    }

    private void OnLockChanged()
    {
        if (!Keeper.IsLocked && _editor.SaveState is SaveState.Pending or SaveState.Failed)
        {
            _ = InvokeAsync(SaveFromTimerAsync);
        }
    }

    protected override async Task OnParametersSetAsync()
    {
        // After the first save of a new recap the address changes to /journal/{id}: the form stays as it is.
        if (_loaded && Id is not null && Id == _editor.RecapId)
        {
            return;
        }

        _loaded = false;
        _loadProblem = await _editor.OpenAsync(Id);
        if (_loadProblem is null && _editor.IsOpen)
        {
            _loadProblem = await Call.TryLoadAsync(LoadAroundAsync);
        }
    }

    /// <summary>What the page shows around the recap: the quick-recap choice, the themes to pick from, the open questions.</summary>
    private async Task LoadAroundAsync()
    {
        // The quick recap opens the way the person last chose, unless this recap has words in the fields it hides.
        _quick = await Settings.GetFlagAsync(SettingKeys.QuickRecap)
            && _editor.LastSaved is { ToRevisit.Length: 0, Feeling: null, FeelingWords.Length: 0, TherapistSaid.Length: 0 };
        _editor.UseThemes((await Themes.ListThemesAsync()).Select(t => t.Name));
        var recapId = _editor.RecapId;
        _openQuestions = (await Questions.ListOpenQuestionsAsync()).Where(q => q.SourceRecapId is null || q.SourceRecapId != recapId).ToList();
        await LoadMaterialAsync();
        _loaded = true;
    }

    private static string FeelingLabel(int level) => level switch
    {
        1 => "Very low",
        2 => "Low",
        3 => "Mixed",
        4 => "Good",
        _ => "Very good",
    };

    /// <summary>Remembers the choice in the journal's settings (never in the browser) for the next recap.</summary>
    private async Task OnQuickChangedAsync(bool quick)
    {
        _quick = quick;
        // Only a preference: if it can't be stored, the switch still works on this page; it is just not remembered.
        await Call.RunAsync(StoreAction.Save, () => Settings.SetFlagAsync(SettingKeys.QuickRecap, quick));
    }

    /// <summary>Called after every keystroke: re-checks the fields and restarts the autosave countdown.</summary>
    private void OnChanged() => CountDownIf(_editor.FormChanged());

    private void CountDownIf(bool saveIsDue)
    {
        if (!saveIsDue)
        {
            return;
        }

        if (_timer is null)
        {
            _timer = Clock.CreateTimer(_ => _ = InvokeAsync(SaveFromTimerAsync), null, AutosaveDelay, Timeout.InfiniteTimeSpan);
        }
        else
        {
            _timer.Change(AutosaveDelay, Timeout.InfiniteTimeSpan);
        }
    }

    private Task OnBlurAsync(FocusEventArgs args) => SaveNowAsync();

    private async Task OnDateChangedAsync(DateTime? date)
    {
        _editor.Form.SessionDate = date;
        OnChanged();
        await SaveNowAsync();
    }

    private void OnFeelingChanged(int? feeling)
    {
        _editor.Form.Feeling = feeling;
        OnChanged();
    }

    // The timer fires on its own thread and nobody awaits the task: after the page is gone it must do nothing.
    private Task SaveFromTimerAsync() => _disposed ? Task.CompletedTask : SaveNowAsync();

    /// <summary>Saves now if anything changed. Never throws: problems show on the page and the text stays.</summary>
    private Task SaveNowAsync() => AfterSaveAsync(() => _editor.SaveAsync());

    /// <summary>Stops the countdown, runs <paramref name="save"/> and does what it asks of the page.</summary>
    private async Task AfterSaveAsync(Func<Task<RecapSaveOutcome>> save)
    {
        _timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        var outcome = await save();
        if (outcome.TherapistSaidDropped)
        {
            _materialDeletedElsewhere = true;
        }

        if (outcome.Saved || outcome.TherapistSaidDropped)
        {
            await LoadMaterialAsync(); // the therapist's words may just have taken the agreement's rule
        }

        CountDownIf(outcome.SaveAgainSoon);
        if (outcome.FirstSave)
        {
            // Not NavigateTo: a navigation would move focus to the heading while the user is typing.
            try
            {
                await JS.InvokeVoidAsync("undertone.replaceAddress", Navigation.ToAbsoluteUri($"journal/{_editor.RecapId}").ToString());
            }
            catch (Exception ex) when (ex is JSException or JSDisconnectedException or TaskCanceledException)
            {
                // Only the address bar is out of date; the recap is saved.
            }
        }

        RefreshUnlessDisposed();
    }

    private void RefreshUnlessDisposed()
    {
        if (!_disposed)
        {
            StateHasChanged();
        }
    }

    private async Task<bool> ConfirmAsync(string title, string message, string yes, string no) =>
        await Dialogs.ShowMessageBoxAsync(title, message, yesText: yes, cancelText: no) == true;

    private Task KeepMineAsync() => AfterSaveAsync(_editor.KeepMineAsync);

    private async Task LoadSavedVersionAsync()
    {
        if (!await ConfirmAsync(
            "Show the other version?",
            "The text on this page will be replaced by the version saved elsewhere. If you want to keep any of it, copy it first.",
            "Show the other version",
            "Stay here"))
        {
            return;
        }

        if (await _editor.LoadSavedVersionAsync() is { } problem)
        {
            // The user's text stays on the page; they can ask again.
            Snackbar.Add(problem, Severity.Warning);
        }
    }

    private Task SaveAsNewAsync() => AfterSaveAsync(_editor.SaveAsNewAsync);

    private async Task SaveAndCloseAsync()
    {
        await SaveNowAsync();
        if (!IsDirty || _editor.IsBlankNew)
        {
            Navigation.NavigateTo("journal");
        }
    }

    private async Task OnBeforeInternalNavigationAsync(LocationChangingContext context)
    {
        if (_editor.RecapId is { } recapId && context.TargetLocation.EndsWith($"/journal/{recapId}", StringComparison.Ordinal))
        {
            return;
        }

        if (!IsDirty || _editor.IsBlankNew)
        {
            return;
        }

        await SaveNowAsync();
        if (IsDirty && !await ConfirmAsync(
            "Leave without saving?",
            "Some of what you wrote here isn't saved yet. If you leave now, those changes will be lost.",
            "Leave anyway",
            "Stay and keep writing"))
        {
            context.PreventNavigation();
        }
    }

    private void AddTheme(string name)
    {
        var due = _editor.AddTheme(name);
        _themeInput = "";
        CountDownIf(due);
    }

    private void RemoveTheme(string name) => CountDownIf(_editor.RemoveTheme(name));

    private async Task OnThemeKeyDownAsync(KeyboardEventArgs args)
    {
        if (args.Key == "Enter" && !string.IsNullOrWhiteSpace(_themeInput))
        {
            AddTheme(_themeInput);
            await SaveNowAsync();
        }
    }

    private async Task OnQuestionKeyDownAsync(KeyboardEventArgs args)
    {
        if (args.Key != "Enter" || string.IsNullOrWhiteSpace(_questionInput))
        {
            return;
        }

        await SaveNowAsync();
        var saved = await Call.RunAsync(StoreAction.Save, () => Questions.AddQuestionAsync(_questionInput, _editor.RecapId));
        if (!saved.Succeeded)
        {
            _questionError = saved.Problem;
            return;
        }

        var result = saved.Value;

        if (result.IsSaved)
        {
            _questionInput = "";
            _questionError = null;
            Snackbar.Add("Question saved for next time.", Severity.Success);
        }
        else
        {
            _questionError = result.Errors.Count > 0 ? result.Errors[0].Message : "That question couldn't be saved.";
        }
    }

    private async Task DeleteAsync()
    {
        if (_editor.RecapId is null
            || !await ConfirmAsync(
                "Delete this recap?",
                "It will be removed from your journal. You can undo this for a few seconds afterwards.",
                "Delete",
                "Keep it"))
        {
            return;
        }

        var deleted = await _editor.DeleteAsync();
        if (!deleted.Succeeded)
        {
            Snackbar.Add(deleted.Problem, Severity.Warning);
            return;
        }

        if (deleted.Value is { } gone)
        {
            JournalUndo.Offer(Snackbar, Call, "Recap deleted.", () => Recaps.RestoreRecapAsync(gone));
        }

        Navigation.NavigateTo("journal");
    }

    /// <summary>
    /// Stops the countdown and, when the user leaves inside the app before it ran out, saves what they typed in the
    /// last moments (best effort: a failure here has no page left to show it on).
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        Keeper.Changed -= OnLockChanged;
        _editor.Changed -= RefreshUnlessDisposed;
        _saveBeforeLock?.Dispose();
        if (_timer is not null)
        {
            await _timer.DisposeAsync();
            _timer = null;
        }

        await SaveNowAsync();
    }
}
