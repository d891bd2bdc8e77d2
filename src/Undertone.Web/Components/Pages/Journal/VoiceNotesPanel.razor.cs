using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;
using Undertone.Domain.Journal.Material;

namespace Undertone.Web.Components.Pages.Journal;

/// <summary>
/// Records a voice note in the browser (voice-notes.js: MediaRecorder, a piece a second to <c>/api/voice-notes</c>) and
/// lists the recap's notes. The page saves a new recap first (<see cref="EnsureSaved"/>), so a note always has a home.
/// </summary>
public sealed partial class VoiceNotesPanel : IAsyncDisposable
{
    private static readonly int MaxMinutes = (int)VoiceNote.MaxDuration.TotalMinutes;

    private DotNetObjectReference<VoiceNotesPanel>? _self;
    private ElementReference _levelElement;
    private ElementReference _elapsedElement;
    private Phase _phase = Phase.Idle;
    private bool _startPending;
    private int? _recordingRecapId;
    private string _status = "";
    private string? _warning;
    private string? _listProblem;
    private IReadOnlyList<VoiceNoteSummary> _notes = [];
    private int? _renaming;
    private string? _newName;
    private string? _renameError;

    private enum Phase
    {
        Idle,
        Starting,
        Recording,
        Paused,
        Stopping,
    }

    /// <summary>The recap, or null while it is new and unsaved.</summary>
    [Parameter]
    public int? RecapId { get; set; }

    /// <summary>Saves the recap if needed and returns its id (null if it could not be saved).</summary>
    [Parameter, EditorRequired]
    public required Func<Task<int?>> EnsureSaved { get; set; }

    /// <summary>The words for a rule (the page's, so the whole page says it the same way).</summary>
    [Parameter, EditorRequired]
    public required Func<MaterialRule?, string> RuleText { get; set; }

    /// <summary>A note was added, renamed or deleted.</summary>
    [Parameter]
    public EventCallback OnChanged { get; set; }

    [Inject]
    private VoiceNoteStore Store { get; set; } = null!;

    [Inject]
    private StoreCall Call { get; set; } = null!;

    [Inject]
    private IJSRuntime JS { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        if (RecapId is { } id && _phase == Phase.Idle)
        {
            await LoadAsync(id);
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // The recorder's script (and the notes' length fix) is fetched by the pages with voice notes only, once drawn.
        if (firstRender)
        {
            await LoadScriptAsync();
        }

        // The recorder's elements exist only once the recording phase has rendered; start then.
        if (_startPending && _recordingRecapId is { } recapId)
        {
            _startPending = false;
            await BeginRecordingAsync(recapId);
        }
    }

    private async Task LoadAsync(int recapId)
    {
        var read = await Call.RunAsync(StoreAction.Load, () => Store.ListAsync(recapId));
        _listProblem = read.Problem;
        if (read.Succeeded)
        {
            _notes = read.Value!;
        }
    }

    private static string Describe(VoiceNoteSummary note)
    {
        var length = note.Duration.TotalHours >= 1 ? note.Duration.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : note.Duration.ToString(@"m\:ss", CultureInfo.InvariantCulture);
        var when = note.CreatedAt.ToLocalTime().ToString("d MMM yyyy, HH:mm", CultureInfo.CurrentCulture);
        return note.IsFinished ? $"{when} · {length}" : $"{when} · {length} (the recording was cut short; what was sent is kept)";
    }

    private async Task StartAsync()
    {
        _warning = null;
        _phase = Phase.Starting;
        _status = "Getting the microphone ready…";
        var recapId = await EnsureSaved();
        if (recapId is null)
        {
            _phase = Phase.Idle;
            _status = "";
            _warning = "The recap needs to be saved before you record. Check the note on the date above and try again.";
            return;
        }

        // Render the recorder (level meter and timer) first; OnAfterRenderAsync starts the recording.
        _recordingRecapId = recapId;
        _phase = Phase.Recording;
        _startPending = true;
    }

    private async Task LoadScriptAsync()
    {
        try
        {
            await JS.InvokeVoidAsync("undertone.loadScript", Assets["voice-notes.js"]);
        }
        catch (Exception ex) when (ex is JSException or JSDisconnectedException or TaskCanceledException)
        {
            // Not there yet or the tab is going: recording loads it again before it starts.
        }
    }

    private async Task BeginRecordingAsync(int recapId)
    {
        _self ??= DotNetObjectReference.Create(this);
        StartResult? result;
        try
        {
            await JS.InvokeVoidAsync("undertone.loadScript", Assets["voice-notes.js"]); // loaded once; a failed load is tried again
            result = await JS.InvokeAsync<StartResult>("undertoneVoice.start", _self, recapId, _levelElement, _elapsedElement);
        }
        catch (JSException)
        {
            result = new StartResult { Ok = false, Reason = "failed" };
        }

        if (result is not { Ok: true })
        {
            _phase = Phase.Idle;
            _status = "";
            _warning = result?.Reason switch
            {
                "denied" => "Undertone can't use the microphone, so nothing was recorded. If you'd like to record, allow the microphone for this page in your browser's settings (often the icon beside the address), then try again. Writing your recap works just as well.",
                "missing" => "We couldn't find a microphone. If one is plugged in, check that no other app is using it, then try again. You can always write your recap instead.",
                "unsupported" => "This browser can't record audio here. A current Firefox, Chrome or Edge can. You can always write your recap instead.",
                "server" => "The recording couldn't be started, because Undertone couldn't save it just now. Please try again in a moment.",
                _ => "Something stopped the recording from starting. Please try again.",
            };
            StateHasChanged();
            return;
        }

        _status = "Recording. Your words are saved as you speak.";
        await OnChanged.InvokeAsync();
        StateHasChanged();
    }

    private async Task PauseAsync()
    {
        await JS.InvokeVoidAsync("undertoneVoice.pause");
        _phase = Phase.Paused;
        _status = "Paused.";
    }

    private async Task ResumeAsync()
    {
        await JS.InvokeVoidAsync("undertoneVoice.resume");
        _phase = Phase.Recording;
        _status = "Recording again.";
    }

    private async Task StopAsync()
    {
        if (_phase is not (Phase.Recording or Phase.Paused))
        {
            return;
        }

        _phase = Phase.Stopping;
        _status = "Saving the end of your note…";
        StateHasChanged();
        StopResult? result = null;
        try
        {
            result = await JS.InvokeAsync<StopResult>("undertoneVoice.stop");
        }
        catch (JSException)
        {
            // The pieces already sent are saved; the list below shows what arrived.
        }

        _phase = Phase.Idle;
        _status = result is { Ok: true } ? "Voice note saved." : "Your voice note is saved up to the last piece that reached Undertone.";
        if (_recordingRecapId is { } recapId)
        {
            await LoadAsync(recapId);
        }

        await OnChanged.InvokeAsync();
    }

    /// <summary>One minute before the limit.</summary>
    [JSInvokable]
    public Task OnLimitSoon() => InvokeAsync(() =>
    {
        _warning = $"One minute left: a voice note can be up to {MaxMinutes} minutes. It stops and saves by itself at {MaxMinutes}:00, and you can start another.";
        StateHasChanged();
    });

    /// <summary>At the limit: stop and save.</summary>
    [JSInvokable]
    public Task OnLimitReached() => InvokeAsync(async () =>
    {
        await StopAsync();
        _warning = $"That's {MaxMinutes} minutes, so this note stopped and was saved. You can record another one.";
        StateHasChanged();
    });

    /// <summary>A piece could not be sent (the app stopped, or the journal was locked).</summary>
    [JSInvokable]
    public Task OnUploadFailed(int status) => InvokeAsync(() =>
    {
        _warning = status == StatusCodes.Status413PayloadTooLarge
            ? $"This note has reached its limit of {MaxMinutes} minutes. Stop it to save it, and start another if you like."
            : "Part of this recording couldn't be saved. What reached Undertone is kept. Stop, then try another note.";
        StateHasChanged();
    });

    private void BeginRename(VoiceNoteSummary note)
    {
        _renaming = note.Id;
        _newName = note.Name;
        _renameError = null;
    }

    private async Task SaveNameAsync(int id)
    {
        var saved = await Call.RunAsync(StoreAction.Save, () => Store.RenameAsync(id, _newName));
        if (!saved.Succeeded)
        {
            _renameError = saved.Problem;
            return;
        }

        if (saved.Value!.Status == SaveStatus.Invalid)
        {
            _renameError = saved.Value.Errors[0].Message;
            return;
        }

        _renaming = null;
        if (RecapId is { } recapId)
        {
            await LoadAsync(recapId);
        }

        Snackbar.Add("Name saved.", Severity.Success);
    }

    private async Task DeleteAsync(VoiceNoteSummary note)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            "Delete this voice note?",
            $"“{note.DisplayName}” will be deleted for good. This can't be undone.",
            yesText: "Delete it",
            cancelText: "Keep it");
        if (confirmed != true)
        {
            return;
        }

        var deleted = await Call.RunAsync(StoreAction.Do, () => Store.DeleteAsync(note.Id));
        if (!deleted.Succeeded)
        {
            Snackbar.Add(deleted.Problem, Severity.Warning);
            return;
        }

        _notes = _notes.Where(n => n.Id != note.Id).ToList();
        _status = "Voice note deleted.";
        await OnChanged.InvokeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_phase is Phase.Recording or Phase.Paused)
        {
            try
            {
                // Leaving the page mid-recording: keep what was recorded.
                await JS.InvokeAsync<StopResult>("undertoneVoice.stop");
            }
            catch (Exception ex) when (ex is JSException or JSDisconnectedException or TaskCanceledException)
            {
                // The tab is gone; the pieces already sent are saved.
            }
        }

        _self?.Dispose();
    }

    private sealed class StartResult
    {
        public bool Ok { get; set; }

        public string? Reason { get; set; }
    }

    private sealed class StopResult
    {
        public bool Ok { get; set; }

        public long DurationMs { get; set; }
    }
}
