namespace Undertone.Domain.Journal.Patterns;

/// <summary>Sessions in the order they happened: by session date, then by recap id, whatever the input order.</summary>
internal static class RecapOrder
{
    public static PatternRecap[] Chronological(IEnumerable<PatternRecap> recaps)
    {
        ArgumentNullException.ThrowIfNull(recaps);
        var ordered = recaps.ToArray();
        foreach (var recap in ordered)
        {
            ArgumentNullException.ThrowIfNull(recap, nameof(recaps));
        }

        Array.Sort(ordered, static (a, b) =>
        {
            var byDate = a.SessionDate.CompareTo(b.SessionDate);
            return byDate != 0 ? byDate : a.Id.CompareTo(b.Id);
        });
        return ordered;
    }
}
