namespace Undertone.Web.Components.Pages.Settings;

/// <summary>
/// How far one long job on the "Your data" page has got (an export, an import or "delete everything"), in words and
/// as a percentage where it can be counted. Reports arrive from whatever thread the work runs on; <see cref="Changed"/>
/// tells the page to render again (through <c>InvokeAsync</c>).
/// </summary>
public sealed class DataWorkProgress : IProgress<DataProgress>
{
    private readonly Lock _gate = new();
    private DataProgress? _latest;

    public event Action? Changed;

    public DataProgress? Latest
    {
        get
        {
            lock (_gate)
            {
                return _latest;
            }
        }
    }

    /// <summary>True from the first report until the work finishes or stops.</summary>
    public bool IsRunning => Latest is { Step: not (DataStep.Finished or DataStep.Stopped) };

    /// <summary>What is happening, in a sentence; null before anything was reported.</summary>
    public string? Text => Latest is { } progress ? Describe(progress) : null;

    /// <summary>0–100 while the work can be counted; null while it can't (show a busy bar without a number).</summary>
    public int? Percent => Latest is { } progress ? PercentOf(progress) : null;

    public void Report(DataProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_gate)
        {
            _latest = value;
        }

        Changed?.Invoke();
    }

    /// <summary>Forgets the last job, so the page shows nothing until the next one reports.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _latest = null;
        }

        Changed?.Invoke();
    }

    public static string Describe(DataProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return progress.Step switch
        {
            DataStep.WritingJson => $"Writing undertone.json: {Of(progress)} recaps.",
            DataStep.WritingMarkdown => $"Writing the Markdown files: {Of(progress)} recaps.",
            DataStep.Removing => "Removing what is here…",
            DataStep.AddingRecaps => $"Adding recaps: {Of(progress)}.",
            DataStep.AddingTheRest => "Adding questions, saved messages and settings…",
            DataStep.WipingFiles => "Clearing the deleted words out of the files on this computer…",
            DataStep.Finished => "Finished.",
            DataStep.Stopped => "It stopped before it finished.",
        };
    }

    public static int? PercentOf(DataProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        int Share(int from, int width) => progress.Total <= 0 ? from + width : from + (int)((long)width * Math.Clamp(progress.Done, 0, progress.Total) / progress.Total);
        return progress.Step switch
        {
            DataStep.WritingJson => Share(0, 50),
            DataStep.WritingMarkdown => Share(50, 50),
            DataStep.AddingRecaps => Share(0, 100),
            DataStep.Finished => 100,
            DataStep.Removing or DataStep.AddingTheRest or DataStep.WipingFiles or DataStep.Stopped => null,
        };
    }

    private static string Of(DataProgress progress) =>
        string.Format(CultureInfo.InvariantCulture, "{0:N0} of {1:N0}", progress.Done, progress.Total);
}
