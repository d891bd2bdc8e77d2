using Microsoft.AspNetCore.Components;
using MudBlazor;
using Undertone.Web.Consent;

namespace Undertone.Web.Components.Pages.Script;

/// <summary>
/// The script builder: the choices, the live, editable message beside them, the checklist, the follow-up for a no,
/// and saved scripts with their agreements. The page only lays these out: what the builder holds and does is
/// <see cref="ScriptBuilderState"/>, a plain class each part renders and calls, re-rendered on its Changed event
/// (docs/decisions/004-script-builder-layout.md, 009-builder-state-and-editor.md).
/// </summary>
public sealed partial class ScriptPage : IDisposable
{
    private ScriptBuilderState? _state;

    [Inject] private ScriptStore Store { get; set; } = null!;

    [Inject] private StoreCall Call { get; set; } = null!;

    [Inject] private Microsoft.JSInterop.IJSRuntime JS { get; set; } = null!;

    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    [Inject] private LockKeeper Keeper { get; set; } = null!;

    [Inject] private MeaningModelHost Meaning { get; set; } = null!;

    [Inject] private TimeProvider Time { get; set; } = null!;

    /// <summary>The builder's state, once the working draft has been read.</summary>
    public ScriptBuilderState? State => _state;

    protected override async Task OnInitializedAsync()
    {
        var state = new ScriptBuilderState(Store, Call, Meaning, Time);
        await state.OpenAsync();
        state.Changed += OnStateChanged;
        _state = state;
        Keeper.Changed += OnLockChanged;
    }

    public void Dispose()
    {
        Keeper.Changed -= OnLockChanged;
        if (_state is not null)
        {
            _state.Changed -= OnStateChanged;
            _state.Dispose();
        }
    }

    /// <summary>
    /// The builder saves its working draft with every change, so the lock never finds text waiting; but a change made
    /// while the journal was locked could not be saved. The page kept it (hidden in this tab), and it is saved right
    /// after the unlock.
    /// </summary>
    private void OnLockChanged()
    {
        if (!Keeper.IsLocked && _state is { DraftProblem: not null } state)
        {
            _ = InvokeAsync(state.SaveDraftAsync);
        }
    }

    private void OnStateChanged() => _ = InvokeAsync(StateHasChanged);

    private async Task CopyFollowUpAsync()
    {
        if (_state?.Message.FollowUp is not { } followUp)
        {
            return;
        }

        if (await new Clipboard(JS).CopyAsync(followUp))
        {
            _state.Announce("Follow-up copied.");
            Snackbar.Add("Follow-up copied.", Severity.Success);
        }
        else
        {
            _state.Announce("Your browser didn't let us copy. Select the follow-up text and press Ctrl+C (or ⌘+C on a Mac).");
        }
    }
}
