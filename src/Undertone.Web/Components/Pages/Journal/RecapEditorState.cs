using System.Diagnostics.CodeAnalysis;

namespace Undertone.Web.Components.Pages.Journal;

/// <summary>
/// The recap editor's state, as a plain class (like the script builder's <c>ScriptBuilderState</c>): the form, the
/// draft last saved, the recap's id and version, the save indicator, the notes on the fields and a save that met a
/// newer version. <see cref="RecapEditPage"/> renders it, forwards typing and choices, runs the autosave countdown
/// and asks the questions. Every store call goes through <see cref="StoreCall"/>: when the journal can't be reached
/// the typed text stays in <see cref="Form"/> and <see cref="Failure"/> holds the calm message. Saves never overlap.
/// </summary>
[SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable", Justification =
    "The save lock is never disposed: a save still running when the page goes releases it afterwards, and a SemaphoreSlim whose wait handle was never asked for holds nothing.")]
public sealed class RecapEditorState(RecapStore recaps, StoreCall call, TimeProvider clock)
{
    private readonly SemaphoreSlim _saveLock = new(1, 1);
    private long _conflictVersion;

    /// <summary>What the fields show and edit.</summary>
    public RecapForm Form { get; private set; } = new();

    /// <summary>The recap as it was last read or saved (null after a conflict choice: the next save is wanted).</summary>
    public RecapDraft? LastSaved { get; private set; }

    /// <summary>The recap's id, or null while it is new and not saved yet.</summary>
    public int? RecapId { get; private set; }

    public long Version { get; private set; }

    /// <summary>The recap was read (or a new one started), so the form can be shown and saved.</summary>
    public bool IsOpen { get; private set; }

    /// <summary>There is no such recap (or it was deleted from this page).</summary>
    public bool NotFound { get; private set; }

    /// <summary>Today in the person's time zone, for the "not after today" rule.</summary>
    public DateOnly Today { get; private set; }

    public SaveState SaveState { get; private set; } = SaveState.Unchanged;

    public DateTimeOffset? SavedAt { get; private set; }

    /// <summary>Why the last save didn't go through (shown while <see cref="SaveState"/> is Failed).</summary>
    public string Failure { get; private set; } = "";

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    /// <summary>The person's themes, to suggest and to keep their spelling.</summary>
    public IReadOnlyList<string> KnownThemes { get; private set; } = [];

    /// <summary>Raised when a save starts, so the page can say "Saving…" while it runs.</summary>
    public event Action? Changed;

    /// <summary>Something typed here is not saved.</summary>
    public bool IsDirty => IsOpen && !NotFound && !IsSameAsSaved();

    /// <summary>A new recap with nothing written in it: leaving it loses nothing.</summary>
    public bool IsBlankNew => RecapId is null && Form.ToDraft()?.IsBlank == true;

    public string StatusText => SaveState switch
    {
        SaveState.Unchanged => RecapId is null ? "Not saved yet. Start typing and it saves itself." : "All changes saved.",
        SaveState.Pending => "Changes not saved yet…",
        SaveState.Saving => "Saving…",
        SaveState.Saved => string.Create(CultureInfo.CurrentCulture, $"Saved at {SavedAt?.ToLocalTime():t}"),
        SaveState.Invalid => "Not saved yet: see the note on the field.",
        SaveState.Failed => "Not saved.",
        SaveState.Conflict => "Not saved: changed elsewhere.",
        SaveState.Gone => "Not saved: deleted elsewhere.",
    };

    public bool HasError(string field) => Errors.Any(e => e.Field == field);

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;

    /// <summary>Reads the recap <paramref name="id"/>, or starts a new one dated today. Returns the problem to show, or null.</summary>
    public async Task<string?> OpenAsync(int? id)
    {
        Today = recaps.Today;
        IsOpen = false;
        NotFound = false;
        SaveState = SaveState.Unchanged;
        Errors = [];
        if (id is null)
        {
            RecapId = null;
            Version = 0;
            Form = new RecapForm(new RecapDraft { SessionDate = Today });
            LastSaved = Form.ToDraft();
            IsOpen = true;
            return null;
        }

        var read = await call.RunAsync(StoreAction.Load, () => recaps.GetRecapAsync(id.Value));
        if (!read.Succeeded)
        {
            return read.Problem;
        }

        if (read.Value is not { } recap)
        {
            NotFound = true;
            return null;
        }

        Take(recap);
        IsOpen = true;
        return null;
    }

    public void UseThemes(IEnumerable<string> names) => KnownThemes = [.. names];

    /// <summary>
    /// Call after every change to the form: checks the fields again and says whether the autosave countdown should
    /// start again (false when the form is back to what is saved, or is still a blank new recap).
    /// </summary>
    public bool FormChanged()
    {
        Validate();
        if (IsSameAsSaved() || IsUntouchedNew())
        {
            SaveState = SavedAt is null ? SaveState.Unchanged : SaveState.Saved;
            return false;
        }

        if (SaveState is not (SaveState.Conflict or SaveState.Gone or SaveState.Invalid))
        {
            SaveState = SaveState.Pending;
        }

        return true;
    }

    /// <summary>Saves now if anything changed. Never throws: a problem shows in <see cref="SaveState"/> and the text stays.</summary>
    public async Task<RecapSaveOutcome> SaveAsync()
    {
        if (!IsOpen || NotFound || SaveState is SaveState.Conflict or SaveState.Gone)
        {
            return RecapSaveOutcome.Nothing;
        }

        await _saveLock.WaitAsync();
        try
        {
            var draft = Form.ToDraft();
            Validate();
            if (draft is null || Errors.Count > 0 || IsSameAsSaved() || (RecapId is null && draft.IsBlank))
            {
                return RecapSaveOutcome.Nothing;
            }

            SaveState = SaveState.Saving;
            Changed?.Invoke();
            return await SaveDraftAsync(draft);
        }
        finally
        {
            _saveLock.Release();
        }
    }

    /// <summary>
    /// A voice note needs a saved recap: a new one is saved now, even with only its date (an existing one saves as
    /// usual). Afterwards <see cref="RecapId"/> is the recap's id, or null when it could not be saved.
    /// </summary>
    public async Task<RecapSaveOutcome> SaveEvenIfBlankAsync()
    {
        if (RecapId is not null)
        {
            return await SaveAsync();
        }

        await _saveLock.WaitAsync();
        try
        {
            var draft = Form.ToDraft();
            Validate();
            return draft is null || Errors.Count > 0 ? RecapSaveOutcome.Nothing : await SaveDraftAsync(draft);
        }
        finally
        {
            _saveLock.Release();
        }
    }

    /// <summary>"Keep my version": saves this page's text over the version saved elsewhere.</summary>
    public Task<RecapSaveOutcome> KeepMineAsync()
    {
        Version = _conflictVersion;
        SaveState = SaveState.Pending;
        LastSaved = null;
        return SaveAsync();
    }

    /// <summary>"Save it as a new recap", after this one was deleted elsewhere.</summary>
    public Task<RecapSaveOutcome> SaveAsNewAsync()
    {
        RecapId = null;
        Version = 0;
        LastSaved = null;
        SaveState = SaveState.Pending;
        return SaveAsync();
    }

    /// <summary>
    /// "Show the other version": replaces the form with the version saved elsewhere. Returns the problem to show when
    /// it can't be read (the form is kept then), or null.
    /// </summary>
    public async Task<string?> LoadSavedVersionAsync()
    {
        if (RecapId is not { } recapId)
        {
            return null;
        }

        var read = await call.RunAsync(StoreAction.Do, () => recaps.GetRecapAsync(recapId));
        if (!read.Succeeded)
        {
            return read.Problem;
        }

        if (read.Value is not { } recap)
        {
            SaveState = SaveState.Gone;
            return null;
        }

        Take(recap);
        SaveState = SaveState.Unchanged;
        Errors = [];
        return null;
    }

    /// <summary>The saved recap changed underneath the form (only its session material): takes the new version.</summary>
    public async Task ReloadAsync()
    {
        if (RecapId is { } recapId && await call.RunAsync(StoreAction.Load, () => recaps.GetRecapAsync(recapId)) is { Succeeded: true, Value: { } recap })
        {
            Take(recap);
            SaveState = SaveState.Unchanged;
        }
    }

    /// <summary>Deletes the recap. On success the page has nothing left to save; the value is what an undo needs.</summary>
    public async Task<StoreOutcome<DeletedRecap?>> DeleteAsync()
    {
        if (RecapId is not { } id)
        {
            return new StoreOutcome<DeletedRecap?>(null, null);
        }

        var deleted = await call.RunAsync(StoreAction.Do, () => recaps.DeleteRecapAsync(id));
        if (deleted.Succeeded)
        {
            LastSaved = Form.ToDraft();
            NotFound = true;
        }

        return deleted;
    }

    /// <summary>Adds a theme (in the spelling the person already uses for it). Returns <see cref="FormChanged"/>.</summary>
    public bool AddTheme(string name)
    {
        var tidy = JournalText.Tidy(name);
        if (tidy.Length == 0 || Form.Themes.Contains(tidy, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        var existing = KnownThemes.FirstOrDefault(n => string.Equals(Theme.Normalize(n), Theme.Normalize(tidy), StringComparison.Ordinal));
        Form.Themes.Add(existing ?? tidy);
        return FormChanged();
    }

    /// <summary>Takes a theme off this recap. Returns <see cref="FormChanged"/>.</summary>
    public bool RemoveTheme(string name)
    {
        Form.Themes.Remove(name);
        return FormChanged();
    }

    /// <summary>The person's themes not on this recap yet that contain what is typed, at most 12.</summary>
    public IReadOnlyList<string> ThemeSuggestions(string? typed)
    {
        var normalized = Theme.Normalize(typed ?? "");
        return KnownThemes
            .Where(n => !Form.Themes.Contains(n, StringComparer.OrdinalIgnoreCase))
            .Where(n => normalized.Length == 0 || Theme.Normalize(n).Contains(normalized, StringComparison.Ordinal))
            .Take(12)
            .ToList();
    }

    private async Task<RecapSaveOutcome> SaveDraftAsync(RecapDraft draft)
    {
        var recapId = RecapId;
        var version = Version;
        var saved = await call.RunAsync(StoreAction.Save, () => recaps.SaveRecapAsync(recapId, draft, version));
        if (!saved.Succeeded)
        {
            Failure = saved.Problem;
            SaveState = SaveState.Failed;
            return RecapSaveOutcome.Nothing;
        }

        var result = saved.Value;
        switch (result.Status)
        {
            case SaveStatus.Saved:
                var isNew = RecapId is null;
                RecapId = result.Id;
                Version = result.Version;
                LastSaved = draft;
                SavedAt = clock.GetUtcNow();
                SaveState = IsSameAsSaved() ? SaveState.Saved : SaveState.Pending;
                foreach (var name in draft.ThemeNames.Where(n => !KnownThemes.Contains(n, StringComparer.OrdinalIgnoreCase)))
                {
                    KnownThemes = [.. KnownThemes, name];
                }

                return new RecapSaveOutcome(Saved: true, FirstSave: isNew, TherapistSaidDropped: false, SaveAgainSoon: false);
            case SaveStatus.Invalid:
                Errors = result.Errors;
                SaveState = SaveState.Invalid;
                return RecapSaveOutcome.Nothing;
            case SaveStatus.Conflict:
                _conflictVersion = result.Version;
                SaveState = SaveState.Conflict;
                return await KeepDeletedMaterialDeletedAsync();
            case SaveStatus.NotFound:
                SaveState = SaveState.Gone;
                return RecapSaveOutcome.Nothing;
        }

        return RecapSaveOutcome.Nothing;
    }

    /// <summary>
    /// A save met a newer version. When what the therapist said was deleted there (by the agreement's rule, or in
    /// another tab) and this page still shows the same words, they go from the form too, so that neither "Keep my
    /// version" nor "Save as a new recap" brings them back. When that deletion was the only change, there is nothing
    /// to choose between: the person's edits are saved on top of it, after the usual short pause.
    /// </summary>
    private async Task<RecapSaveOutcome> KeepDeletedMaterialDeletedAsync()
    {
        if (RecapId is not { } recapId || LastSaved is not { TherapistSaid.Length: > 0 } lastSaved || Form.ToDraft() is not { } mine)
        {
            return RecapSaveOutcome.Nothing;
        }

        var read = await call.RunAsync(StoreAction.Load, () => recaps.GetRecapAsync(recapId));
        if (!read.Succeeded || read.Value is not { } recap)
        {
            return RecapSaveOutcome.Nothing; // the conflict stays on the page, with the person's text
        }

        var stored = RecapDraft.From(recap).Tidy();
        if (mine.WithoutMaterialDeletedIn(stored, lastSaved).Equals(mine))
        {
            return RecapSaveOutcome.Nothing;
        }

        Form.TherapistSaid = "";
        var saveAgain = false;
        if (RecapDraft.OnlyMaterialDeleted(stored, lastSaved))
        {
            Version = recap.Version;
            LastSaved = stored;
            SaveState = SaveState.Pending;
            saveAgain = FormChanged();
        }

        return new RecapSaveOutcome(Saved: false, FirstSave: false, TherapistSaidDropped: true, SaveAgainSoon: saveAgain);
    }

    private void Take(Recap recap)
    {
        RecapId = recap.Id;
        Version = recap.Version;
        LastSaved = RecapDraft.From(recap).Tidy();
        Form = new RecapForm(LastSaved);
    }

    private void Validate()
    {
        var draft = Form.ToDraft();
        Errors = draft is null
            ? [new FieldError(nameof(RecapDraft.SessionDate), "Pick the day of the session.")]
            : JournalValidation.ValidateRecap(draft, Today);
        if (Errors.Count > 0)
        {
            SaveState = SaveState.Invalid;
        }
        else if (SaveState == SaveState.Invalid)
        {
            SaveState = SaveState.Pending;
        }
    }

    private bool IsSameAsSaved()
    {
        var draft = Form.ToDraft();
        return draft is not null && LastSaved is not null && draft.Equals(LastSaved);
    }

    /// <summary>A new recap with nothing written yet: there is nothing to save, so nothing is "not saved yet".</summary>
    private bool IsUntouchedNew() => RecapId is null && Errors.Count == 0 && Form.ToDraft() is { IsBlank: true };
}
