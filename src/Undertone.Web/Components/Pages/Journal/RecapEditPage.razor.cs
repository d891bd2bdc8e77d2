using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;
using MudBlazor;
using Undertone.Data;
using Undertone.Data.Journal;
using Undertone.Data.Settings;
using Undertone.Domain;
using Undertone.Domain.Journal;
using Undertone.Domain.Settings;
using Undertone.Web.Components.Shared;
using Undertone.Web.Locking;

namespace Undertone.Web.Components.Pages.Journal;

/// <summary>
/// Writes and edits one recap. Saves a few seconds after typing stops and when a field loses focus; a failed save
/// keeps every character on the page and says what happened; a save that would overwrite someone else's is refused.
/// </summary>
public sealed partial class RecapEditPage : IAsyncDisposable
{
    /// <summary>How long after the last keystroke the recap is saved.</summary>
    public static readonly TimeSpan AutosaveDelay = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim _saveLock = new(1, 1);
    private RecapForm _form = new();
    private RecapDraft? _lastSaved;
    private int? _recapId;
    private long _version;
    private bool _loaded;
    private bool _notFound;
    private string? _loadProblem;
    private bool _quick;
    private DateOnly _today;
    private SaveState _state = SaveState.Unchanged;
    private DateTimeOffset? _savedAt;
    private string _failure = "";
    private long _conflictVersion;
    private IReadOnlyList<FieldError> _errors = [];
    private IReadOnlyList<string> _knownThemes = [];
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

    private bool IsDirty => _loaded && !_notFound && !IsSameAsSaved();

    private IReadOnlyList<string> ThemeSuggestions
    {
        get
        {
            var typed = Theme.Normalize(_themeInput ?? "");
            return _knownThemes
                .Where(n => !_form.Themes.Contains(n, StringComparer.OrdinalIgnoreCase))
                .Where(n => typed.Length == 0 || Theme.Normalize(n).Contains(typed, StringComparison.Ordinal))
                .Take(12)
                .ToList();
        }
    }

    private string StatusText => _state switch
    {
        SaveState.Unchanged => _recapId is null ? "Not saved yet. Start typing and it saves itself." : "All changes saved.",
        SaveState.Pending => "Changes not saved yet…",
        SaveState.Saving => "Saving…",
        SaveState.Saved => string.Create(CultureInfo.CurrentCulture, $"Saved at {_savedAt?.ToLocalTime():t}"),
        SaveState.Invalid => "Not saved yet: see the note on the field.",
        SaveState.Failed => "Not saved.",
        SaveState.Conflict => "Not saved: changed elsewhere.",
        SaveState.Gone => "Not saved: deleted elsewhere.",
    };

    private Color StatusColor => _state switch
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
        _saveBeforeLock = Keeper.SaveBeforeLock(() => InvokeAsync(SaveFromTimerAsync));
        Keeper.Changed += OnLockChanged;
    }

    private void OnLockChanged()
    {
        if (!Keeper.IsLocked && _state is SaveState.Pending or SaveState.Failed)
        {
            _ = InvokeAsync(SaveFromTimerAsync);
        }
    }

    protected override async Task OnParametersSetAsync()
    {
        // After the first save of a new recap the address changes to /journal/{id}: the form stays as it is.
        if (_loaded && Id is not null && Id == _recapId)
        {
            return;
        }

        _today = Recaps.Today;
        _loaded = false;
        _notFound = false;
        _state = SaveState.Unchanged;
        _errors = [];
        _loadProblem = await Call.TryLoadAsync(LoadAsync);
    }

    /// <summary>Reads the recap (or starts a new one), the themes to pick from and the open questions.</summary>
    private async Task LoadAsync()
    {
        if (Id is { } id)
        {
            var recap = await Recaps.GetRecapAsync(id);
            if (recap is null)
            {
                _notFound = true;
                return;
            }

            _recapId = recap.Id;
            _version = recap.Version;
            _lastSaved = RecapDraft.From(recap).Tidy();
            _form = RecapForm.From(_lastSaved);
        }
        else
        {
            _recapId = null;
            _version = 0;
            _form = new RecapForm { SessionDate = _today.ToDateTime(TimeOnly.MinValue) };
            _lastSaved = _form.ToDraft();
        }

        // The quick recap opens the way the person last chose, unless this recap has words in the fields it hides.
        _quick = await Settings.GetFlagAsync(SettingKeys.QuickRecap)
            && _lastSaved is { ToRevisit.Length: 0, Feeling: null, FeelingWords.Length: 0, TherapistSaid.Length: 0 };
        _knownThemes = (await Themes.ListThemesAsync()).Select(t => t.Name).ToList();
        _openQuestions = (await Questions.ListOpenQuestionsAsync()).Where(q => q.SourceRecapId is null || q.SourceRecapId != _recapId).ToList();
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

    private bool IsSameAsSaved()
    {
        var draft = _form.ToDraft();
        return draft is not null && _lastSaved is not null && draft.Equals(_lastSaved);
    }

    private bool HasError(string field) => _errors.Any(e => e.Field == field);

    private string? ErrorFor(string field) => _errors.FirstOrDefault(e => e.Field == field)?.Message;

    /// <summary>Remembers the choice in the journal's settings (never in the browser) for the next recap.</summary>
    private async Task OnQuickChangedAsync(bool quick)
    {
        _quick = quick;
        // Only a preference: if it can't be stored, the switch still works on this page; it is just not remembered.
        await Call.RunAsync(StoreAction.Save, () => Settings.SetFlagAsync(SettingKeys.QuickRecap, quick));
    }

    /// <summary>A new recap with nothing written yet: there is nothing to save, so nothing is "not saved yet".</summary>
    private bool IsUntouchedNew() => _recapId is null && _errors.Count == 0 && _form.ToDraft() is { IsBlank: true };

    /// <summary>Called after every keystroke: re-checks the fields and restarts the autosave countdown.</summary>
    private void OnChanged()
    {
        Validate();
        if (IsSameAsSaved() || IsUntouchedNew())
        {
            _state = _savedAt is null ? SaveState.Unchanged : SaveState.Saved;
            return;
        }

        if (_state is not (SaveState.Conflict or SaveState.Gone or SaveState.Invalid))
        {
            _state = SaveState.Pending;
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

    private void Validate()
    {
        var draft = _form.ToDraft();
        _errors = draft is null
            ? [new FieldError(nameof(RecapDraft.SessionDate), "Pick the day of the session.")]
            : JournalValidation.ValidateRecap(draft, _today);
        if (_errors.Count > 0)
        {
            _state = SaveState.Invalid;
        }
        else if (_state == SaveState.Invalid)
        {
            _state = SaveState.Pending;
        }
    }

    private Task OnBlurAsync(FocusEventArgs args) => SaveNowAsync();

    private async Task OnDateChangedAsync(DateTime? date)
    {
        _form.SessionDate = date;
        OnChanged();
        await SaveNowAsync();
    }

    private void OnFeelingChanged(int? feeling)
    {
        _form.Feeling = feeling;
        OnChanged();
    }

    // The timer fires on its own thread and nobody awaits the task: after the page is gone it must do nothing.
    private Task SaveFromTimerAsync() => _disposed ? Task.CompletedTask : SaveNowAsync();

    /// <summary>Saves now if anything changed. Never throws: problems show on the page and the text stays.</summary>
    private async Task SaveNowAsync()
    {
        if (!_loaded || _notFound || _state is SaveState.Conflict or SaveState.Gone)
        {
            return;
        }

        await _saveLock.WaitAsync();
        try
        {
            _timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            var draft = _form.ToDraft();
            Validate();
            if (draft is null || _errors.Count > 0 || IsSameAsSaved() || (_recapId is null && draft.IsBlank))
            {
                return;
            }

            _state = SaveState.Saving;
            RefreshUnlessDisposed();
            var saved = await Call.RunAsync(StoreAction.Save, () => Recaps.SaveRecapAsync(_recapId, draft, _version));
            if (!saved.Succeeded)
            {
                _failure = saved.Problem;
                _state = SaveState.Failed;
                return;
            }

            await ApplyResultAsync(saved.Value, draft);
        }
        finally
        {
            _saveLock.Release();
            RefreshUnlessDisposed();
        }
    }

    private void RefreshUnlessDisposed()
    {
        if (!_disposed)
        {
            StateHasChanged();
        }
    }

    private async Task ApplyResultAsync(SaveResult result, RecapDraft draft)
    {
        switch (result.Status)
        {
            case SaveStatus.Saved:
                var isNew = _recapId is null;
                _recapId = result.Id;
                _version = result.Version;
                _lastSaved = draft;
                _savedAt = Clock.GetUtcNow();
                _state = IsSameAsSaved() ? SaveState.Saved : SaveState.Pending;
                await LoadMaterialAsync(); // the therapist's words may just have taken the agreement's rule
                foreach (var name in draft.ThemeNames.Where(n => !_knownThemes.Contains(n, StringComparer.OrdinalIgnoreCase)))
                {
                    _knownThemes = [.. _knownThemes, name];
                }

                if (isNew)
                {
                    // Not NavigateTo: a navigation would move focus to the heading while the user is typing.
                    try
                    {
                        await JS.InvokeVoidAsync("undertone.replaceAddress", Navigation.ToAbsoluteUri($"journal/{result.Id}").ToString());
                    }
                    catch (Exception ex) when (ex is JSException or JSDisconnectedException or TaskCanceledException)
                    {
                        // Only the address bar is out of date; the recap is saved.
                    }
                }

                break;
            case SaveStatus.Invalid:
                _errors = result.Errors;
                _state = SaveState.Invalid;
                break;
            case SaveStatus.Conflict:
                _conflictVersion = result.Version;
                _state = SaveState.Conflict;
                await KeepDeletedMaterialDeletedAsync();
                break;
            case SaveStatus.NotFound:
                _state = SaveState.Gone;
                break;
        }

    }

    private async Task KeepMineAsync()
    {
        _version = _conflictVersion;
        _state = SaveState.Pending;
        _lastSaved = null;
        await SaveNowAsync();
    }

    private async Task LoadSavedVersionAsync()
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            "Show the other version?",
            "The text on this page will be replaced by the version saved elsewhere. If you want to keep any of it, copy it first.",
            yesText: "Show the other version",
            cancelText: "Stay here");
        if (confirmed != true || _recapId is null)
        {
            return;
        }

        var recapId = _recapId.Value;
        var read = await Call.RunAsync(StoreAction.Do, () => Recaps.GetRecapAsync(recapId));
        if (!read.Succeeded)
        {
            // The user's text stays on the page; they can ask again.
            Snackbar.Add(read.Problem, Severity.Warning);
            return;
        }

        if (read.Value is not { } recap)
        {
            _state = SaveState.Gone;
            return;
        }

        _version = recap.Version;
        _lastSaved = RecapDraft.From(recap).Tidy();
        _form = RecapForm.From(_lastSaved);
        _state = SaveState.Unchanged;
        _errors = [];
    }

    private async Task SaveAsNewAsync()
    {
        _recapId = null;
        _version = 0;
        _lastSaved = null;
        _state = SaveState.Pending;
        await SaveNowAsync();
    }

    private async Task SaveAndCloseAsync()
    {
        await SaveNowAsync();
        if (!IsDirty || (_recapId is null && _form.ToDraft()?.IsBlank == true))
        {
            Navigation.NavigateTo("journal");
        }
    }

    private async Task OnBeforeInternalNavigationAsync(LocationChangingContext context)
    {
        if (_recapId is not null && context.TargetLocation.EndsWith($"/journal/{_recapId}", StringComparison.Ordinal))
        {
            return;
        }

        if (!IsDirty || (_recapId is null && _form.ToDraft()?.IsBlank == true))
        {
            return;
        }

        await SaveNowAsync();
        if (!IsDirty)
        {
            return;
        }

        var leave = await Dialogs.ShowMessageBoxAsync(
            "Leave without saving?",
            "Some of what you wrote here isn't saved yet. If you leave now, those changes will be lost.",
            yesText: "Leave anyway",
            cancelText: "Stay and keep writing");
        if (leave != true)
        {
            context.PreventNavigation();
        }
    }

    private void AddTheme(string name)
    {
        var tidy = JournalText.Tidy(name);
        if (tidy.Length == 0 || _form.Themes.Contains(tidy, StringComparer.OrdinalIgnoreCase))
        {
            _themeInput = "";
            return;
        }

        // Use the existing spelling when the name matches a theme the user already has.
        var existing = _knownThemes.FirstOrDefault(n => string.Equals(Theme.Normalize(n), Theme.Normalize(tidy), StringComparison.Ordinal));
        _form.Themes.Add(existing ?? tidy);
        _themeInput = "";
        OnChanged();
    }

    private void RemoveTheme(string name)
    {
        _form.Themes.Remove(name);
        OnChanged();
    }

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
        var saved = await Call.RunAsync(StoreAction.Save, () => Questions.AddQuestionAsync(_questionInput, _recapId));
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
        if (_recapId is not { } id)
        {
            return;
        }

        var confirmed = await Dialogs.ShowMessageBoxAsync(
            "Delete this recap?",
            "It will be removed from your journal. You can undo this for a few seconds afterwards.",
            yesText: "Delete",
            cancelText: "Keep it");
        if (confirmed != true)
        {
            return;
        }

        var deleted = await Call.RunAsync(StoreAction.Do, () => Recaps.DeleteRecapAsync(id));
        if (!deleted.Succeeded)
        {
            Snackbar.Add(deleted.Problem, Severity.Warning);
            return;
        }

        _lastSaved = _form.ToDraft();
        _notFound = true;
        if (deleted.Value is { } gone)
        {
            JournalUndo.Offer(Snackbar, Call, "Recap deleted.", () => Recaps.RestoreRecapAsync(gone));
        }

        Navigation.NavigateTo("journal");
    }

    /// <summary>
    /// Stops the countdown and, when the user leaves inside the app before it ran out, saves what they typed in the
    /// last moments (best effort: a failure here has no page left to show it on). The lock is not disposed: a save
    /// still running releases it afterwards, and a <see cref="SemaphoreSlim"/> without a wait handle holds nothing.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        Keeper.Changed -= OnLockChanged;
        _saveBeforeLock?.Dispose();
        if (_timer is not null)
        {
            await _timer.DisposeAsync();
        }

        await SaveNowAsync();
    }
}
