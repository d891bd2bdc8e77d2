namespace Undertone.Benchmarks.Journal;

/// <summary>
/// One recap saved again and again, as autosave does: it is created once, then each save is a real change and sends
/// the version the last save gave back.
/// </summary>
public sealed class RepeatedSave
{
    private readonly RecapStore _recaps;
    private readonly int _recapId;
    private long _version;
    private int _saves;

    public RepeatedSave(RecapStore recaps)
    {
        _recaps = recaps;
        var created = recaps.SaveRecapAsync(null, JournalBenchmarkDatabase.SaveDraft(0), 0).GetAwaiter().GetResult();
        _recapId = created.Id;
        _version = created.Version;
    }

    public async Task<SaveResult> SaveAsync()
    {
        var result = await _recaps.SaveRecapAsync(_recapId, JournalBenchmarkDatabase.SaveDraft(++_saves), _version);
        _version = result.Version;
        return result;
    }
}
