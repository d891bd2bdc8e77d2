namespace Undertone.Domain.Journal.Patterns;

/// <summary>
/// The gentle nudge. For each theme that came up in one of the recent sessions, count its sessions from the
/// newest back until one has a takeaway. A theme with at least <see cref="PatternOptions.NudgeMinSessions"/>
/// such sessions qualifies; the one with the most (then the most recent, then by name) is the nudge. At most
/// one nudge, so it stays gentle.
/// </summary>
public static class NudgeAnalysis
{
    public static ThemeNudge? Find(IEnumerable<PatternRecap> recaps, PatternOptions? options = null)
    {
        options ??= PatternOptions.Default;
        var sessions = RecapOrder.Chronological(recaps);
        return Find(sessions, ThemeAnalysis.Analyze(sessions, options), options);
    }

    internal static ThemeNudge? Find(PatternRecap[] sessions, ThemeReport themes, PatternOptions options)
    {
        if (sessions.Length == 0)
        {
            return null;
        }

        var byId = new Dictionary<int, PatternRecap>(sessions.Length);
        foreach (var session in sessions)
        {
            byId.TryAdd(session.Id, session);
        }

        var minimum = Math.Max(1, options.NudgeMinSessions);
        ThemeNudge? best = null;
        DateOnly bestLastSeen = default;
        foreach (var theme in themes.Themes)
        {
            if (theme.RecentCount == 0)
            {
                continue;
            }

            var streak = new List<int>();
            foreach (var id in theme.RecapIds)
            {
                if (byId[id].HasTakeaway)
                {
                    break;
                }

                streak.Add(id);
            }

            if (streak.Count < minimum)
            {
                continue;
            }

            var candidate = new ThemeNudge(theme.Name, streak.Count, byId[streak[^1]].SessionDate, streak, theme.RecentCount, theme.RecentSessions);
            if (best is null
                || candidate.SessionCount > best.SessionCount
                || (candidate.SessionCount == best.SessionCount && theme.LastSeen > bestLastSeen))
            {
                best = candidate;
                bestLastSeen = theme.LastSeen;
            }
        }

        return best;
    }
}
