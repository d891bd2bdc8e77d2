using Microsoft.AspNetCore.Components;
using MudBlazor;
using Undertone.Data.Agreements;
using Undertone.Domain.Journal.Material;

namespace Undertone.Web.Components.Pages.Journal;

/// <summary>
/// The recap page's part in honouring the agreement: the agreement in one line, the rule each piece of session material
/// is under, the reminder a day before a deletion, "I've reviewed this" (with undo while the page is open), and saving
/// a new recap so a voice note has somewhere to go.
/// </summary>
public sealed partial class RecapEditPage
{
    private CurrentAgreement? _agreement;
    private IReadOnlyList<MaterialItem> _material = [];
    private ReviewedMaterial? _reviewed;
    private bool _materialLoaded;

    /// <summary>What the therapist said was deleted elsewhere while this page was open (see <see cref="RecapSaveOutcome.TherapistSaidDropped"/>).</summary>
    private bool _materialDeletedElsewhere;

    private int _voiceNotesVersion;

    [Inject]
    private SessionMaterialRules Rules { get; set; } = null!;

    private MaterialRule? TherapistSaidRule => _material.FirstOrDefault(m => m.Kind == MaterialKind.TherapistSaid)?.Rule;

    private bool HasMaterialUnderReview => _material.Any(m => m.Rule.Kind == RetentionKind.DeleteAfterReview);

    private IReadOnlyList<MaterialItem> MaterialDueSoon =>
        _material.Where(m => m.Rule.StatusAt(Clock.GetUtcNow()) is MaterialStatus.DueSoon or MaterialStatus.Due).ToList();

    private static string DueSoonWhat(IReadOnlyList<MaterialItem> items)
    {
        var said = items.Any(i => i.Kind == MaterialKind.TherapistSaid);
        var notes = items.Count(i => i.Kind == MaterialKind.VoiceNote);
        var parts = new List<string>(2);
        if (said)
        {
            parts.Add("“something my therapist said”");
        }

        if (notes > 0)
        {
            parts.Add(notes == 1 ? "1 voice note" : $"{notes} voice notes");
        }

        return string.Join(" and ", parts);
    }

    private static string ReviewedWhat(ReviewedMaterial reviewed)
    {
        var parts = new List<string>(2);
        if (reviewed.Counts.TherapistSaid > 0)
        {
            parts.Add("“something my therapist said”");
        }

        if (reviewed.Counts.VoiceNotes > 0)
        {
            parts.Add(reviewed.Counts.VoiceNotes == 1 ? "1 voice note" : $"{reviewed.Counts.VoiceNotes} voice notes");
        }

        return string.Join(" and ", parts);
    }

    private string RuleText(MaterialRule? rule) =>
        MaterialRuleText.Describe(rule, Clock.GetUtcNow(), Clock.GetLocalNow().Offset, CultureInfo.CurrentCulture);

    /// <summary>The agreement and this recap's material. A failure here leaves the recap itself usable.</summary>
    private async Task LoadMaterialAsync()
    {
        var recapId = _editor.RecapId;
        var read = await Call.RunAsync(StoreAction.Load, async () =>
        {
            var agreement = await Rules.CurrentAgreementAsync();
            var material = recapId is { } id ? await Rules.ForRecapAsync(id) : [];
            return (agreement, material);
        });
        if (read.Succeeded)
        {
            (_agreement, _material) = read.Value;
            _materialLoaded = true;
        }
    }

    /// <summary>"I've reviewed this": deletes this recap's material under that rule, after a confirmation.</summary>
    private async Task ReviewAsync()
    {
        if (_editor.RecapId is not { } recapId
            || !await ConfirmAsync(
                "Mark this recap as reviewed?",
                "As you agreed, this deletes the records of the session on this recap: the voice notes and “something my therapist said” " +
                "that are under “deleted after review”. Your own reflection stays. You can undo this while this page is open.",
                "Yes, I've reviewed it",
                "Not yet"))
        {
            return;
        }

        await SaveNowAsync();
        if (IsDirty)
        {
            Snackbar.Add("Your latest changes aren't saved yet, so nothing was deleted. Try again in a moment.", Severity.Warning);
            return;
        }

        var done = await Call.RunAsync(StoreAction.Do, () => Rules.ReviewAsync(recapId));
        if (!done.Succeeded)
        {
            Snackbar.Add(done.Problem, Severity.Warning);
            return;
        }

        _reviewed = done.Value;
        await ReloadAfterMaterialChangeAsync();
    }

    private async Task UndoReviewAsync()
    {
        if (_reviewed is not { } reviewed)
        {
            return;
        }

        var done = await Call.RunAsync(StoreAction.BringBack, () => Rules.UndoReviewAsync(reviewed));
        if (!done.Succeeded)
        {
            Snackbar.Add(done.Problem, Severity.Warning);
            return;
        }

        _reviewed = null;
        await ReloadAfterMaterialChangeAsync();
    }

    /// <summary>The saved recap changed underneath the form (only its session material): take the new version.</summary>
    private async Task ReloadAfterMaterialChangeAsync()
    {
        await _editor.ReloadAsync();
        await LoadMaterialAsync();
        _voiceNotesVersion++;
    }

    /// <summary>A voice note needs a saved recap: a new one is saved now, even with only its date.</summary>
    private async Task<int?> EnsureSavedAsync()
    {
        await AfterSaveAsync(_editor.SaveEvenIfBlankAsync);
        return _editor.RecapId;
    }

    private async Task OnVoiceNotesChangedAsync()
    {
        await LoadMaterialAsync();
        StateHasChanged();
    }
}
