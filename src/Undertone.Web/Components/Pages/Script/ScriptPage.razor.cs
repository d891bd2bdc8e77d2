using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;
using Undertone.Data;
using Undertone.Data.Consent;
using Undertone.Domain;
using Undertone.Domain.Consent;
using Undertone.Web.Components.Shared;

namespace Undertone.Web.Components.Pages.Script;

/// <summary>
/// The script builder: choices on one side, the live, editable message on the other; the gentle check, the
/// checklist, the follow-up for a no, saved scripts and their agreements below. The working draft is saved to the
/// database as the user works (docs/decisions/004-script-builder-layout.md). When the journal file is busy, every
/// action says so on the page and leaves what was typed where it is.
/// </summary>
public sealed partial class ScriptPage : IDisposable
{
    /// <summary>How long typing must pause before the message is checked and the draft saved.</summary>
    public static readonly TimeSpan CheckDelay = TimeSpan.FromMilliseconds(400);

    private ScriptForm _form = ScriptForm.From(ScriptForm.StartingAsk);
    private ConsentAsk _ask = ScriptForm.StartingAsk;
    private ConsentScript _script = ScriptComposer.Compose(ScriptForm.StartingAsk);
    private string _text = "";
    private IReadOnlyList<FieldError> _formErrors = [];
    private string? _textError;
    private bool _showReplaceOffer;
    private IReadOnlyList<Finding> _findings = [];
    private string? _findingsFor;
    private IReadOnlyList<TextRange> _changed = [];
    private string? _changedFor;
    private string? _changeNote;
    private IReadOnlyList<ChecklistItem> _covered = [];
    private FollowUpAlternative[] _alternatives = [];
    private string? _followUp;
    private string _name = "";
    private string? _nameError;
    private string? _saveProblem;
    private string? _draftProblem;
    private bool _draftUnread;
    private string? _listProblem;
    private int? _scriptId;
    private long _scriptVersion;
    private IReadOnlyList<ScriptSummary>? _scripts;
    private StoredScript? _agreementFor;
    private string? _status;
    private string? _copyHelp;
    private CancellationTokenSource? _pending;
    private MessagePreview? _preview;
    private bool _dirty;
    private int? _pendingOpen;

    [Inject] private ScriptStore Store { get; set; } = null!;

    [Inject] private TimeProvider Clock { get; set; } = null!;

    [Inject] private IJSRuntime JS { get; set; } = null!;

    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    [Inject] private IDialogService Dialogs { get; set; } = null!;

    [Inject] private StoreCall Call { get; set; } = null!;

    private bool IsEdited => !string.Equals(_text, _script.Text, StringComparison.Ordinal);

    private string LengthHint => _form.Length switch
    {
        MessageLength.Short => "a short message is up to about " + ScriptComposer.WordLimit(MessageLength.Short),
        MessageLength.Standard => "a standard message is up to about " + ScriptComposer.WordLimit(MessageLength.Standard),
        MessageLength.Detailed => "a detailed message is up to about " + ScriptComposer.WordLimit(MessageLength.Detailed),
    };

    protected override async Task OnInitializedAsync()
    {
        _text = _script.Text;
        var read = await Call.RunAsync(StoreAction.Load, () => Store.GetDraftAsync());
        if (!read.Succeeded)
        {
            // Saving a draft now would replace the one we could not read, so the page stops saving it.
            _draftUnread = true;
            _draftProblem = read.Problem + " Reload the page in a moment to get your work in progress back. Until then, "
                + "changes here aren't kept on their own, so nothing you had gets replaced.";
        }

        if (read.Value is { } draft)
        {
            Load(draft.Ask, draft.EditedText, draft.Alternatives, draft.Name, draft.ScriptId, draft.ScriptVersion);
        }
        else
        {
            RunCheck();
            ComposeFollowUp();
        }

        await ReloadScriptsAsync();
    }

    public void Dispose()
    {
        _pending?.Cancel();
        _pending?.Dispose();
    }

    // ---------------------------------------------------------------- choices

    private Task SetToneAsync(Tone value) => ChangeAsync(() => _form.Tone = value);

    private Task SetLengthAsync(MessageLength value) => ChangeAsync(() => _form.Length = value);

    private Task SetDeliveryAsync(Delivery value) => ChangeAsync(() => _form.Delivery = value);

    private Task ToggleReasonAsync(AskReason reason, bool on) => ChangeAsync(() => Toggle(_form.Reasons, reason, on));

    private Task SetCustomReasonAsync(string? value) => ChangeAsync(() => _form.CustomReason = value ?? "");

    private Task SetShareMemoryAsync(bool value) => ChangeAsync(() => _form.ShareMemory = value);

    private Task ToggleMemoryAsync(MemoryContext memory, bool on) => ChangeAsync(() => Toggle(_form.Memory, memory, on));

    private Task SetFormatAsync(RecordFormat value) => ChangeAsync(() => _form.Format = value);

    private Task SetStorageAsync(StoragePlace value) => ChangeAsync(() => _form.Storage = value);

    private Task SetAccessAsync(RecordAccess value) => ChangeAsync(() => _form.Access = value);

    private Task SetAccessPersonAsync(string? value) => ChangeAsync(() => _form.AccessPerson = value ?? "");

    private Task SetRetentionAsync(RetentionKind value) => ChangeAsync(() => _form.Retention = value);

    private Task SetRetentionDaysAsync(int? value) => ChangeAsync(() => _form.RetentionDays = value);

    private Task SetUseAsync(RecordUse value) => ChangeAsync(() => _form.Use = value);

    private Task SetSharePersonAsync(string? value) => ChangeAsync(() => _form.SharePerson = value ?? "");

    private Task SetTherapistNameAsync(string? value) => ChangeAsync(() => _form.TherapistName = value ?? "");

    private Task SetUserNameAsync(string? value) => ChangeAsync(() => _form.UserName = value ?? "");

    private Task SetAlternativesAsync(IReadOnlyCollection<FollowUpAlternative> chosen)
    {
        _alternatives = [.. chosen];
        _dirty = true;
        ComposeFollowUp();
        return SaveDraftAsync();
    }

    private static void Toggle<T>(HashSet<T> set, T value, bool on)
    {
        if (on)
        {
            set.Add(value);
        }
        else
        {
            set.Remove(value);
        }
    }

    /// <summary>
    /// Applies a change to the form and recomposes. An unedited message follows the choices at once (a tone switch
    /// marks the sentences it changed); an edited one is never replaced without asking.
    /// </summary>
    private async Task ChangeAsync(Action change)
    {
        change();
        _dirty = true;
        var (ask, errors) = _form.TryBuild();
        _formErrors = errors;
        if (ask is null)
        {
            // Keep the last good message; the error shows under the field and the typed text stays in it.
            return;
        }

        var wasEdited = IsEdited;
        var before = _script.Text;
        var toneChanged = ask.Tone != _ask.Tone;
        _ask = ask;
        _script = ScriptComposer.Compose(ask);
        _changed = [];
        _changedFor = null;
        _changeNote = null;
        if (!wasEdited)
        {
            _text = _script.Text;
            _textError = null;
            _showReplaceOffer = false;
            if (toneChanged)
            {
                MarkChanges(before);
            }

            RunCheck();
        }
        else
        {
            _showReplaceOffer = IsEdited;
        }

        ComposeFollowUp();
        await SaveDraftAsync();
    }

    private void MarkChanges(string before)
    {
        _changed = SentenceChanges.Changed(before, _text);
        _changedFor = _text;
        var count = _changed.Count;
        _changeNote = count switch
        {
            0 => $"The {ScriptLabels.Tone(_ask.Tone).ToLowerInvariant()} tone uses the same sentences here.",
            1 => $"1 sentence changed with the {ScriptLabels.Tone(_ask.Tone).ToLowerInvariant()} tone. It's marked in the message.",
            _ => $"{count} sentences changed with the {ScriptLabels.Tone(_ask.Tone).ToLowerInvariant()} tone. They're marked in the message.",
        };
        _status = _changeNote;
    }

    // ---------------------------------------------------------------- the text

    private Task OnTextChangedAsync(string text)
    {
        _text = text;
        _dirty = true;
        _changed = [];
        _changedFor = null;
        _changeNote = null;
        _textError = TextRules.CheckBlock(text, MessageCheck.MaxTextLength, "The message");
        if (!IsEdited)
        {
            _showReplaceOffer = false;
        }

        ScheduleCheck();
        return Task.CompletedTask;
    }

    private void ScheduleCheck()
    {
        _pending?.Cancel();
        _pending?.Dispose();
        _pending = new CancellationTokenSource();
        _ = CheckLaterAsync(_pending.Token);
    }

    private async Task CheckLaterAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(CheckDelay, Clock, cancellationToken);
            await InvokeAsync(async () =>
            {
                RunCheck();
                StateHasChanged();
                await SaveDraftAsync();
                StateHasChanged();
            });
        }
        catch (OperationCanceledException)
        {
            // The user typed again: the next check covers it.
        }
    }

    private void RunCheck()
    {
        _covered = Readiness.CoveredBy(_text);
        if (_text.Length > MessageCheck.MaxTextLength)
        {
            _findings = [];
            _findingsFor = null;
            return;
        }

        _findings = MessageCheck.Run(_text, _ask.Length);
        _findingsFor = _text;
    }

    private Task ApplyFindingAsync(Finding finding)
    {
        if (finding.Suggestion is not { } suggestion || !string.Equals(_findingsFor, _text, StringComparison.Ordinal))
        {
            return Task.CompletedTask;
        }

        if (finding.Length > 0)
        {
            if (finding.Start + finding.Length > _text.Length)
            {
                return Task.CompletedTask;
            }

            var original = _text.Substring(finding.Start, finding.Length);
            var replacement = char.IsUpper(original[0]) && suggestion.Length > 0
                ? char.ToUpperInvariant(suggestion[0]) + suggestion[1..]
                : suggestion;
            _text = string.Concat(_text.AsSpan(0, finding.Start), replacement, _text.AsSpan(finding.Start + finding.Length));
        }
        else
        {
            _text = InsertSentence(_text, suggestion, _form.Delivery);
        }

        _dirty = true;
        _status = "Done. The message is updated.";
        _textError = TextRules.CheckBlock(_text, MessageCheck.MaxTextLength, "The message");
        _changed = [];
        _changedFor = null;
        _changeNote = null;
        RunCheck();
        return SaveDraftAsync();
    }

    /// <summary>Adds a sentence at the end of the last paragraph before a written sign-off, or at the end.</summary>
    public static string InsertSentence(string text, string sentence, Delivery delivery)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.TrimEnd();
        var signOff = delivery switch
        {
            Delivery.Written => trimmed.LastIndexOf("\n\n", StringComparison.Ordinal),
            Delivery.Spoken => -1,
        };
        if (signOff > 0)
        {
            return string.Concat(trimmed.AsSpan(0, signOff), " ", sentence, trimmed.AsSpan(signOff));
        }

        return trimmed.Length == 0 ? sentence : trimmed + " " + sentence;
    }

    private Task ReplaceEditsAsync()
    {
        _text = _script.Text;
        _textError = null;
        _showReplaceOffer = false;
        _status = "Your edits were replaced with the new version.";
        RunCheck();
        return SaveDraftAsync();
    }

    private void KeepEdits()
    {
        _showReplaceOffer = false;
        _status = "Your edits are kept.";
    }

    private Task ResetToGeneratedAsync()
    {
        _text = _script.Text;
        _textError = null;
        _showReplaceOffer = false;
        _status = "The message is back to the generated version.";
        RunCheck();
        return SaveDraftAsync();
    }

    // ---------------------------------------------------------------- copy and read aloud

    private async Task CopyMessageAsync()
    {
        if (await CopyAsync(_text))
        {
            Confirm("Message copied. It's ready to paste.");
        }
        else
        {
            if (_preview is not null)
            {
                await TrySelectAsync(_preview.Textarea);
            }

            _copyHelp = "Your browser didn't let us copy. The message is selected: press Ctrl+C (or ⌘+C on a Mac) to copy it.";
            _status = _copyHelp;
        }
    }

    private async Task CopySubjectAsync()
    {
        if (_script.Subject is { } subject)
        {
            if (await CopyAsync(subject))
            {
                Confirm("Subject copied.");
            }
            else
            {
                _copyHelp = "Your browser didn't let us copy. Select the subject above and press Ctrl+C (or ⌘+C on a Mac).";
                _status = _copyHelp;
            }
        }
    }

    private async Task CopyFollowUpAsync()
    {
        if (_followUp is { } followUp)
        {
            if (await CopyAsync(followUp))
            {
                Confirm("Follow-up copied.");
            }
            else
            {
                _copyHelp = "Your browser didn't let us copy. Select the follow-up text and press Ctrl+C (or ⌘+C on a Mac).";
                _status = _copyHelp;
            }
        }
    }

    private async Task<bool> CopyAsync(string text)
    {
        _copyHelp = null;
        try
        {
            return await JS.InvokeAsync<bool>("undertone.copyText", text);
        }
        catch (JSException)
        {
            return false;
        }
        catch (JSDisconnectedException)
        {
            return false;
        }
    }

    private async Task TrySelectAsync(ElementReference element)
    {
        try
        {
            await JS.InvokeVoidAsync("undertone.selectText", element);
        }
        catch (JSException)
        {
            // Selecting is a help, not a must: the message tells the user how to copy.
        }
    }

    private void Confirm(string message)
    {
        _status = message;
        Snackbar.Add(message, Severity.Success);
    }

    private Task<IDialogReference> OpenReadAloudAsync()
    {
        string text;
        string? note = null;
        if (_ask.Delivery == Delivery.Spoken)
        {
            text = _text;
        }
        else
        {
            text = ScriptComposer.Compose(_ask with { Delivery = Delivery.Spoken }).Text;
            note = IsEdited
                ? "This is the spoken version of your choices, without a greeting or sign-off. Edits you made to the written message aren't in it."
                : "This is the spoken version of your message, without a greeting or sign-off.";
        }

        var parameters = new DialogParameters<ReadAloudDialog>
        {
            { d => d.Text, text },
            { d => d.Note, note },
        };
        var options = new DialogOptions { FullScreen = true, CloseButton = true, CloseOnEscapeKey = true };
        return Dialogs.ShowAsync<ReadAloudDialog>("Read aloud", parameters, options);
    }

    // ---------------------------------------------------------------- follow-up

    private void ComposeFollowUp()
    {
        var request = new FollowUpRequest
        {
            Alternatives = _alternatives,
            Tone = _ask.Tone,
            Delivery = _ask.Delivery,
            TherapistName = _ask.TherapistName,
            UserName = _ask.UserName,
        };
        _followUp = request.Validate().Count == 0 ? FollowUpComposer.Compose(request) : null;
    }

    // ---------------------------------------------------------------- draft, saved scripts and agreements

    private void Load(ConsentAsk ask, string? editedText, IReadOnlyList<FollowUpAlternative> alternatives, string name, int? scriptId, long scriptVersion)
    {
        _form = ScriptForm.From(ask);
        var (valid, errors) = _form.TryBuild();
        _formErrors = errors;
        _ask = valid ?? ScriptForm.StartingAsk;
        _script = ScriptComposer.Compose(_ask);
        _text = editedText ?? _script.Text;
        _textError = TextRules.CheckBlock(_text, MessageCheck.MaxTextLength, "The message");
        _alternatives = [.. alternatives];
        _name = name;
        _nameError = null;
        _saveProblem = null;
        _scriptId = scriptId;
        _scriptVersion = scriptVersion;
        _showReplaceOffer = false;
        _changed = [];
        _changedFor = null;
        _changeNote = null;
        _pendingOpen = null;
        RunCheck();
        ComposeFollowUp();
        _dirty = scriptId is null && (editedText is not null || name.Length > 0);
    }

    private WorkingDraft CurrentDraft()
    {
        return new WorkingDraft
        {
            Ask = _formErrors.Count == 0 ? _ask : RawAsk(),
            EditedText = IsEdited ? _text : null,
            Alternatives = _alternatives,
            Name = _name,
            ScriptId = _scriptId,
            ScriptVersion = _scriptVersion,
        };
    }

    /// <summary>The choices as typed, even when a field is not valid yet, so nothing typed is lost on a refresh.</summary>
    private ConsentAsk RawAsk() => _ask with
    {
        CustomReason = NullIfBlank(_form.CustomReason),
        AccessPerson = NullIfBlank(_form.AccessPerson),
        SharePerson = NullIfBlank(_form.SharePerson),
        TherapistName = NullIfBlank(_form.TherapistName),
        UserName = NullIfBlank(_form.UserName),
    };

    private static string? NullIfBlank(string value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private async Task SaveDraftAsync()
    {
        if (_draftUnread)
        {
            return;
        }

        var saved = await Call.RunAsync(StoreAction.Save, () => Store.SaveDraftAsync(CurrentDraft()));
        _draftProblem = saved.Succeeded ? null : saved.Problem + " We'll also try again with your next change.";
    }

    /// <summary>Reads the saved list again. When the file is busy, the list on screen stays as it was and says so.</summary>
    private async Task ReloadScriptsAsync()
    {
        _listProblem = await Call.TryLoadAsync(async () => _scripts = await Store.ListScriptsAsync());
    }

    private async Task SaveScriptAsync(bool asNew)
    {
        _saveProblem = null;
        _nameError = null;
        if (_formErrors.Count > 0 || _textError is not null)
        {
            _saveProblem = "Some fields need a look before saving. Everything you typed is still here.";
            return;
        }

        var input = new ScriptInput(_name, _ask, _text, IsEdited, _alternatives, _followUp ?? "");
        var id = asNew ? null : _scriptId;
        var saved = await Call.RunAsync(StoreAction.Save, () => Store.SaveScriptAsync(id, input, asNew ? 0 : _scriptVersion));
        if (!saved.Succeeded)
        {
            _saveProblem = saved.Problem;
            return;
        }

        var result = saved.Value;

        switch (result.Status)
        {
            case SaveStatus.Saved:
                _dirty = false;
                _scriptId = result.Id;
                _scriptVersion = result.Version;
                _name = input.Name.Trim();
                Confirm($"Saved as “{_name}”.");
                await SaveDraftAsync();
                break;
            case SaveStatus.Invalid:
                _nameError = result.Errors.FirstOrDefault(e => e.Field == "name")?.Message;
                _saveProblem = _nameError is null ? (result.Errors.Count > 0 ? result.Errors[0].Message : null) : null;
                break;
            case SaveStatus.Conflict:
                _saveProblem = "This message was changed in another tab since you opened it, so it wasn't overwritten. Use “Save as new” to keep this version too.";
                break;
            case SaveStatus.NotFound:
                _scriptId = null;
                _scriptVersion = 0;
                _saveProblem = "This message was deleted somewhere else. Press “Save message” to save it again.";
                break;
        }

        await ReloadScriptsAsync();
    }

    /// <summary>The id <see cref="_pendingOpen"/> uses for "start a new message".</summary>
    private const int NewMessage = 0;

    private Task RequestOpenAsync(int id) => _dirty ? AskFirst(id) : OpenScriptAsync(id);

    private Task RequestNewAsync() => _dirty ? AskFirst(NewMessage) : StartNewAsync();

    private Task AskFirst(int id)
    {
        _pendingOpen = id;
        _status = "Your current message isn't saved yet.";
        return Task.CompletedTask;
    }

    private Task ConfirmPendingAsync()
    {
        var id = _pendingOpen;
        _pendingOpen = null;
        return id switch
        {
            null => Task.CompletedTask,
            NewMessage => StartNewAsync(),
            { } scriptId => OpenScriptAsync(scriptId),
        };
    }

    private string PendingName => _pendingOpen is { } id && id != NewMessage
        ? "“" + (_scripts?.FirstOrDefault(s => s.Id == id)?.Name ?? "that message") + "”"
        : "a new message";

    private async Task OpenScriptAsync(int id)
    {
        var opened = await Call.RunAsync(StoreAction.Do, () => Store.GetScriptAsync(id));
        if (!opened.Succeeded)
        {
            Snackbar.Add(opened.Problem, Severity.Warning);
            return;
        }

        if (opened.Value is not { } script)
        {
            _status = "That message is no longer there.";
            await ReloadScriptsAsync();
            return;
        }

        Load(script.Ask, script.IsEdited ? script.Text : null, script.Alternatives, script.Name, script.Id, script.Version);
        if (!script.IsEdited && !string.Equals(script.Text, _text, StringComparison.Ordinal))
        {
            // Saved before our wording changed: keep the words exactly as they were saved.
            _text = script.Text;
            RunCheck();
        }

        _dirty = false;
        await SaveDraftAsync();
        Confirm($"Opened “{script.Name}”.");
    }

    private async Task DuplicateScriptAsync(int id)
    {
        var copied = await Call.RunAsync(StoreAction.Do, () => Store.DuplicateScriptAsync(id));
        if (!copied.Succeeded)
        {
            Snackbar.Add(copied.Problem, Severity.Warning);
            return;
        }

        var result = copied.Value;
        await ReloadScriptsAsync();
        _status = result.IsSaved ? "A copy was saved." : "That message is no longer there.";
        if (result.IsSaved)
        {
            Snackbar.Add(_status, Severity.Success);
        }
    }

    private async Task DeleteScriptAsync(int id)
    {
        var deleted = await Call.RunAsync(StoreAction.Do, () => Store.DeleteScriptAsync(id));
        if (!deleted.Succeeded)
        {
            Snackbar.Add(deleted.Problem, Severity.Warning);
            return;
        }

        if (_scriptId == id)
        {
            _scriptId = null;
            _scriptVersion = 0;
            await SaveDraftAsync();
        }

        if (_agreementFor?.Id == id)
        {
            _agreementFor = null;
        }

        await ReloadScriptsAsync();
        Confirm("Deleted.");
    }

    private async Task StartNewAsync()
    {
        Load(ScriptForm.StartingAsk, null, [], "", null, 0);
        _dirty = false;
        await SaveDraftAsync();
        _status = "A fresh message, from the starting choices.";
    }

    private async Task ShowAgreementFormAsync(int id)
    {
        var opened = await Call.RunAsync(StoreAction.Do, () => Store.GetScriptAsync(id));
        if (!opened.Succeeded)
        {
            Snackbar.Add(opened.Problem, Severity.Warning);
            return;
        }

        _agreementFor = opened.Value;

        if (_agreementFor is null)
        {
            await ReloadScriptsAsync();
        }
    }

    /// <summary>Saves the agreement. A busy journal file throws out of here to the form, which keeps what was typed.</summary>
    private async Task<SaveResult> SaveAgreementAsync(AgreementInput input)
    {
        if (_agreementFor is not { } target)
        {
            return SaveResult.NotFound(0);
        }

        var result = await Store.SaveAgreementAsync(target.Id, input, target.Agreement?.Version ?? 0);
        if (result.IsSaved)
        {
            _agreementFor = null;
            await ReloadScriptsAsync();
            Confirm("Their answer is saved with your message.");
            StateHasChanged();
        }

        return result;
    }

    private bool HasError(params string[] fields) => _formErrors.Any(e => Array.IndexOf(fields, e.Field) >= 0);

    private string? ErrorFor(params string[] fields) => _formErrors.FirstOrDefault(e => Array.IndexOf(fields, e.Field) >= 0)?.Message;
}
