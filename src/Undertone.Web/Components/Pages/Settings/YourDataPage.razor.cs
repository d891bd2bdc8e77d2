using Microsoft.AspNetCore.Components.Forms;

namespace Undertone.Web.Components.Pages.Settings;

/// <summary>"Your data": export everything, import (with a preview first) and delete everything.</summary>
public sealed partial class YourDataPage
{
    private readonly DataWorkProgress _export = new();
    private readonly DataWorkProgress _import = new();
    private readonly DataWorkProgress _wipe = new();
    private Guid _exportWatch;
    private bool _includeTherapistSaid;
    private bool _busy;
    private ImportFile? _file;
    private ImportPreview? _preview;
    private ImportMode _mode = ImportMode.Merge;
    private string? _replaceTyped;
    private string? _importStatus;
    private string? _wipeTyped;
    private string? _wipeStatus;

    /// <summary>The download link; <c>progress</c> lets this page follow the export the browser is downloading.</summary>
    private string ExportHref => $"api/data/export?progress={_exportWatch:N}" + (_includeTherapistSaid ? "&includeTherapistSaid=true" : "");

    /// <summary>An import or a delete is running: the other buttons wait (an export may run beside them; it reads a snapshot).</summary>
    private bool Busy => _busy || _import.IsRunning || _wipe.IsRunning;

    private string? ExportMessage => _export.Latest?.Step switch
    {
        DataStep.Finished => $"Your download is ready, with {Count(_export.Latest.Total, "recap")}. Your browser shows where it saved the file.",
        DataStep.Stopped => "The download stopped before it finished. Nothing in your journal changed, and you can try again.",
        null or DataStep.WritingJson or DataStep.WritingMarkdown or DataStep.Removing or DataStep.AddingRecaps
            or DataStep.AddingTheRest or DataStep.WipingFiles => null,
    };

    private bool CanApply => !Busy && _file is not null && _preview is { IsValid: true }
        && (_mode == ImportMode.Merge || string.Equals(_replaceTyped?.Trim(), DataApi.ReplaceConfirmation, StringComparison.OrdinalIgnoreCase));

    /// <summary>"142 recaps, 30 questions, 4 saved messages; 3 are already here."</summary>
    public static string PreviewText(ImportPreview preview)
    {
        ArgumentNullException.ThrowIfNull(preview);
        var from = preview.Source switch
        {
            ImportSource.Undertone => "This Undertone export",
            ImportSource.Jrnl => "This jrnl export",
            ImportSource.DayOne => "This Day One export",
        };
        var text = $"{from} has {Count(preview.Recaps, "recap")}, {Count(preview.Questions, "question")}, {Count(preview.Scripts, "saved message")}";
        if (preview.AlreadyHere > 0)
        {
            text += $"; {preview.AlreadyHere} {(preview.AlreadyHere == 1 ? "is" : "are")} already here and will be skipped";
        }

        if (preview.SideBySide > 0)
        {
            text += $"; {preview.SideBySide} {(preview.SideBySide == 1 ? "differs" : "differ")} from what is here and will be added beside it";
        }

        return text + ".";
    }

    protected override void OnInitialized()
    {
        _exportWatch = ExportWatchers.Watch(_export);
        _export.Changed += Refresh;
        _import.Changed += Refresh;
        _wipe.Changed += Refresh;
    }

    public void Dispose()
    {
        ExportWatchers.Forget(_exportWatch);
        _export.Changed -= Refresh;
        _import.Changed -= Refresh;
        _wipe.Changed -= Refresh;
    }

    // Progress arrives from the thread doing the work (or the download's request); render on the circuit's own.
    private void Refresh() => _ = InvokeAsync(StateHasChanged);

    private static string Count(int n, string noun) =>
        n == 1 ? $"1 {noun}" : string.Format(CultureInfo.InvariantCulture, "{0:N0} {1}s", n, noun);

    private async Task ChooseAsync(InputFileChangeEventArgs args)
    {
        _busy = true;
        _file = null;
        _preview = null;
        _importStatus = "Checking the file…";
        try
        {
            var browserFile = args.File;
            if (browserFile.Size > ImportReader.MaxFileBytes)
            {
                _importStatus = $"This file is larger than {ImportReader.MaxFileBytes / 1024 / 1024} MB, more than an export can be.";
                return;
            }

            var stream = browserFile.OpenReadStream(ImportReader.MaxFileBytes);
            await using (stream.ConfigureAwait(true))
            {
                _file = await ImportReader.ReadAsync(stream, browserFile.Name);
            }

            var file = _file;
            var outcome = await Call.RunAsync(StoreAction.Load, () => Import.PreviewAsync(file));
            _preview = outcome.Value;
            _importStatus = outcome.Problem ?? (_preview is { IsValid: true } ? "Checked. Nothing has changed yet." : null);
            _mode = ImportMode.Merge;
            _replaceTyped = null;
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task ApplyAsync()
    {
        if (_file is not { } file || !CanApply)
        {
            return;
        }

        _busy = true;
        _importStatus = null;
        _import.Clear();
        try
        {
            var mode = _mode;
            var outcome = await Call.RunAsync(StoreAction.Save, () => Import.ApplyAsync(file, mode, _import));
            if (outcome.Problem is { } problem)
            {
                _import.Report(new DataProgress(DataStep.Stopped, 0, 0));
                _importStatus = problem + " Nothing was changed.";
                return;
            }

            _preview = null;
            _file = null;
            _importStatus = outcome.Value is { IsValid: true } done
                ? $"Done. {PreviewText(done).Replace(" has ", " had ", StringComparison.Ordinal)}"
                : "This file can't be imported, so nothing was changed.";
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task WipeAsync()
    {
        if (!DataWipe.IsConfirmed(_wipeTyped))
        {
            return;
        }

        _busy = true;
        _wipeStatus = null;
        _wipe.Clear();
        try
        {
            var outcome = await Call.RunAsync(StoreAction.Do, () => Wipe.DeleteEverythingAsync(_wipe));
            if (outcome.Problem is not null)
            {
                _wipe.Report(new DataProgress(DataStep.Stopped, 0, 0));
            }

            _wipeStatus = outcome.Problem ?? "Everything is deleted. Your journal is empty, and you can start again whenever you like.";
            _wipeTyped = null;
        }
        finally
        {
            _busy = false;
        }
    }
}
