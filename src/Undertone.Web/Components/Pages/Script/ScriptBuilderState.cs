using Undertone.Web.Consent;

namespace Undertone.Web.Components.Pages.Script;

/// <summary>
/// The script builder's state, as a plain class (eShop's <c>BasketState</c>): the message (<see cref="Message"/>),
/// the name and the saved script it belongs to, and the working draft that is kept as the person works, with its
/// version so that two tabs never overwrite each other silently. Components render it, call its methods and
/// re-render on <see cref="Changed"/>. Every store call goes through <see cref="StoreCall"/>: when the journal file
/// can't be reached, the state keeps what was typed and holds the calm message to show.
/// </summary>
public sealed class ScriptBuilderState(ScriptStore store, StoreCall call, MeaningModelHost? meaning = null, TimeProvider? time = null) : IDisposable
{
    /// <summary>How long typing must pause before the message is checked by meaning (the rules run at once).</summary>
    public static readonly TimeSpan MeaningPause = TimeSpan.FromMilliseconds(400);

    private CancellationTokenSource? _meaningWait;

    /// <summary>This open page, for the draft's "who saved last" (a tab never conflicts with itself).</summary>
    public Guid Tab { get; } = Guid.NewGuid();

    public MessageState Message { get; } = new() { Meaning = () => meaning?.Judge };

    public string Name { get; set; } = "";

    public string? NameError { get; private set; }

    public string? SaveProblem { get; private set; }

    /// <summary>Why the working draft is not being kept right now, or null.</summary>
    public string? DraftProblem { get; private set; }

    /// <summary>The saved draft could not be read when the page opened; saving now would replace it, so saving waits.</summary>
    public bool DraftUnread { get; private set; }

    /// <summary>The version of the working draft this page last read or saved (0 before there is one).</summary>
    public long DraftVersion { get; private set; }

    /// <summary>Another tab saved the working draft since this page read it: nothing is saved here until the person chooses.</summary>
    public bool NewerDraftElsewhere { get; private set; }

    public int? ScriptId { get; private set; }

    public long ScriptVersion { get; private set; }

    /// <summary>There is work here that is not in a saved script.</summary>
    public bool IsDirty { get; private set; }

    /// <summary>The last thing to announce politely (saved, copied, what changed).</summary>
    public string? Status { get; private set; }

    /// <summary>Raised after every change, so the components around the state render again.</summary>
    public event Action? Changed;

    /// <summary>Reads the working draft, or starts from the starting choices when there is none.</summary>
    public async Task OpenAsync()
    {
        var read = await call.RunAsync(StoreAction.Load, () => store.GetDraftAsync());
        if (!read.Succeeded)
        {
            DraftUnread = true;
            DraftProblem = read.Problem + " Reload the page in a moment to get your work in progress back. Until then, "
                + "changes here aren't kept on their own, so nothing you had gets replaced.";
        }
        else if (read.Value is { } draft)
        {
            LoadDraft(draft);
        }

        NotifyChanged();
    }

    // ---------------------------------------------------------------- the message

    /// <summary>A change to the choices: recomposes and keeps the draft.</summary>
    public async Task ChangeAsync(Action<ScriptForm> change)
    {
        Message.Change(change);
        Status = Message.ChangeNote;
        IsDirty = true;
        NotifyChanged();
        await SaveDraftAsync();
    }

    /// <summary>The text as the editor has it, <paramref name="edit"/> edits in. Checks it and keeps the draft.</summary>
    public async Task SetTextAsync(string text, long edit, int basedOnRevision)
    {
        var wasEdit = Message.KnownEdit;
        var changed = Message.SetText(text, edit, basedOnRevision);
        if (changed)
        {
            IsDirty = true;
            NotifyChanged();
            CheckMeaningAfterAPause();
        }

        if (changed || edit != wasEdit)
        {
            await SaveDraftAsync();
        }
    }

    /// <summary>Runs the meaning check once typing has paused for <see cref="MeaningPause"/>; each keystroke restarts the wait.</summary>
    private void CheckMeaningAfterAPause()
    {
        StopWaitingForMeaning();
        if (!Message.MeaningBehind)
        {
            return;
        }

        _meaningWait = new CancellationTokenSource();
        _ = CheckMeaningAsync(_meaningWait.Token);

        async Task CheckMeaningAsync(CancellationToken token)
        {
            try
            {
                await Task.Delay(MeaningPause, time ?? TimeProvider.System, token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (Message.CheckMeaning())
            {
                NotifyChanged();
            }
        }
    }

    /// <summary>Stops a meaning check that is waiting for typing to pause.</summary>
    public void Dispose() => StopWaitingForMeaning();

    private void StopWaitingForMeaning()
    {
        _meaningWait?.Cancel();
        _meaningWait?.Dispose();
        _meaningWait = null;
    }

    public Task ApplyFindingAsync(Finding finding)
    {
        if (Message.ApplyFinding(finding) is not { } done)
        {
            return Task.CompletedTask;
        }

        IsDirty = true;
        Status = done;
        NotifyChanged();
        return SaveDraftAsync();
    }

    public Task ReplaceEditsAsync() => UseGeneratedAsync("Your edits were replaced with the new version.");

    public Task ResetToGeneratedAsync() => UseGeneratedAsync("The message is back to the generated version.");

    public void KeepEdits()
    {
        Message.KeepEdits();
        Announce("Your edits are kept.");
    }

    public Task SetAlternativesAsync(IReadOnlyCollection<FollowUpAlternative> chosen)
    {
        Message.SetAlternatives(chosen);
        IsDirty = true;
        NotifyChanged();
        return SaveDraftAsync();
    }

    /// <summary>Sets the text for the polite live region (and re-renders).</summary>
    public void Announce(string status)
    {
        Status = status;
        NotifyChanged();
    }

    private Task UseGeneratedAsync(string status)
    {
        Message.UseGenerated();
        Status = status;
        NotifyChanged();
        return SaveDraftAsync();
    }

    // ---------------------------------------------------------------- the working draft

    /// <summary>
    /// Keeps the working draft. Refused when another tab saved since: the page then offers the newer draft instead of
    /// overwriting it, and keeps what is on screen.
    /// </summary>
    public async Task SaveDraftAsync()
    {
        if (DraftUnread || NewerDraftElsewhere)
        {
            return;
        }

        var draft = new WorkingDraft
        {
            Ask = Message.AskToKeep(),
            EditedText = Message.IsEdited ? Message.Text : null,
            Alternatives = Message.Alternatives,
            Name = Name,
            ScriptId = ScriptId,
            ScriptVersion = ScriptVersion,
            Version = DraftVersion,
        };
        var saved = await call.RunAsync(StoreAction.Save, () => store.SaveDraftAsync(draft, new DraftWriter(Tab, Message.KnownEdit)));
        if (!saved.Succeeded)
        {
            DraftProblem = saved.Problem + " We'll also try again with your next change.";
        }
        else if (saved.Value.Status == SaveStatus.Conflict)
        {
            NewerDraftElsewhere = true;
            DraftProblem = null;
            Status = NewerDraftNote;
        }
        else
        {
            DraftProblem = saved.Value.IsSaved ? null : saved.Value.Errors[0].Message;
            DraftVersion = saved.Value.IsSaved ? saved.Value.Version : DraftVersion;
        }

        NotifyChanged();
    }

    /// <summary>The words of the offer when another tab changed the draft.</summary>
    public const string NewerDraftNote = "You changed this message in another tab or window too. Which version would you like to keep working on?";

    /// <summary>Looks whether another tab saved the draft (when this page is looked at again).</summary>
    public async Task CheckForNewerDraftAsync()
    {
        if (DraftUnread || NewerDraftElsewhere)
        {
            return;
        }

        var read = await call.RunAsync(StoreAction.Load, () => store.GetDraftVersionAsync());
        if (read.Succeeded && read.Value > DraftVersion)
        {
            NewerDraftElsewhere = true;
            Status = NewerDraftNote;
            NotifyChanged();
        }
    }

    /// <summary>Shows the newer draft from the other tab, in place of what is on this page.</summary>
    public async Task UseNewerDraftAsync()
    {
        if (await ReadForDraftAsync(() => store.GetDraftAsync()) is not { } read)
        {
            return;
        }

        NewerDraftElsewhere = false;
        DraftProblem = null;
        if (read.Value is { } draft)
        {
            LoadDraft(draft);
        }

        Status = "This is the newer version from your other tab.";
        NotifyChanged();
    }

    /// <summary>Keeps what is on this page, saving it over the other tab's draft (the person chose so).</summary>
    public async Task KeepThisDraftAsync()
    {
        if (await ReadForDraftAsync(() => store.GetDraftVersionAsync()) is not { } read)
        {
            return;
        }

        DraftVersion = read.Value;
        NewerDraftElsewhere = false;
        Status = "Your work in this tab is kept.";
        await SaveDraftAsync();
    }

    /// <summary>Reads for one of the newer-draft choices; when the journal can't be read, says so beside the draft and gives null.</summary>
    private async Task<StoreOutcome<T>?> ReadForDraftAsync<T>(Func<Task<T>> read)
    {
        var outcome = await call.RunAsync(StoreAction.Load, read);
        if (outcome.Succeeded)
        {
            return outcome;
        }

        DraftProblem = outcome.Problem;
        NotifyChanged();
        return null;
    }

    // ---------------------------------------------------------------- saved scripts

    /// <summary>Saves the message as a named script (a new one, or over the one it was opened from).</summary>
    public async Task SaveScriptAsync(bool asNew)
    {
        SaveProblem = null;
        NameError = null;
        if (Message.FormErrors.Count > 0 || Message.TextError is not null)
        {
            SaveProblem = "Some fields need a look before saving. Everything you typed is still here.";
            NotifyChanged();
            return;
        }

        var input = new SavedScriptInput(Name, Message.Ask, Message.Text, Message.IsEdited, Message.Alternatives, Message.FollowUp ?? "");
        var id = asNew ? null : ScriptId;
        var saved = await call.RunAsync(StoreAction.Save, () => store.SaveScriptAsync(id, input, asNew ? 0 : ScriptVersion));
        if (!saved.Succeeded)
        {
            SaveProblem = saved.Problem;
            NotifyChanged();
            return;
        }

        var result = saved.Value;
        switch (result.Status)
        {
            case SaveStatus.Saved:
                IsDirty = false;
                ScriptId = result.Id;
                ScriptVersion = result.Version;
                Name = input.Name.Trim();
                Status = $"Saved as “{Name}”.";
                await SaveDraftAsync();
                break;
            case SaveStatus.Invalid:
                NameError = result.Errors.FirstOrDefault(e => e.Field == "name")?.Message;
                SaveProblem = NameError is null ? (result.Errors.Count > 0 ? result.Errors[0].Message : null) : null;
                break;
            case SaveStatus.Conflict:
                SaveProblem = "This message was changed in another tab since you opened it, so it wasn't overwritten. Use “Save as new” to keep this version too.";
                break;
            case SaveStatus.NotFound:
                ScriptId = null;
                ScriptVersion = 0;
                SaveProblem = "This message was deleted somewhere else. Press “Save message” to save it again.";
                break;
        }

        NotifyChanged();
    }

    /// <summary>Opens a saved script in the builder. Returns the problem to show, or null when it was opened or is gone.</summary>
    public async Task<string?> OpenScriptAsync(int id)
    {
        var opened = await call.RunAsync(StoreAction.Do, () => store.GetScriptAsync(id));
        if (!opened.Succeeded)
        {
            return opened.Problem;
        }

        if (opened.Value is not { } script)
        {
            Announce("That message is no longer there.");
            return null;
        }

        // Saved before our wording changed, the words stay exactly as they were saved.
        var keepWords = script.IsEdited || !string.Equals(script.Text, ScriptComposer.Compose(script.Ask).Text, StringComparison.Ordinal);
        Message.Load(script.Ask, keepWords ? script.Text : null, script.Alternatives);
        Name = script.Name;
        ScriptId = script.Id;
        ScriptVersion = script.Version;
        ClearProblems();
        IsDirty = false;
        Status = $"Opened “{script.Name}”.";
        NotifyChanged();
        await SaveDraftAsync();
        return null;
    }

    /// <summary>A fresh message from the starting choices.</summary>
    public async Task StartNewAsync()
    {
        Message.Load(ScriptForm.StartingAsk, null, []);
        Name = "";
        ScriptId = null;
        ScriptVersion = 0;
        ClearProblems();
        IsDirty = false;
        Status = "A fresh message, from the starting choices.";
        NotifyChanged();
        await SaveDraftAsync();
    }

    /// <summary>The saved script this message belongs to was deleted: the next save makes a new one.</summary>
    public Task ForgetScriptAsync(int id)
    {
        if (ScriptId != id)
        {
            return Task.CompletedTask;
        }

        ScriptId = null;
        ScriptVersion = 0;
        return SaveDraftAsync();
    }

    private void LoadDraft(WorkingDraft draft)
    {
        Message.Load(draft.Ask, draft.EditedText, draft.Alternatives);
        Name = draft.Name;
        ScriptId = draft.ScriptId;
        ScriptVersion = draft.ScriptVersion;
        DraftVersion = draft.Version;
        ClearProblems();
        IsDirty = draft.ScriptId is null && (draft.EditedText is not null || draft.Name.Length > 0);
    }

    private void ClearProblems()
    {
        NameError = null;
        SaveProblem = null;
    }

    private void NotifyChanged() => Changed?.Invoke();
}
