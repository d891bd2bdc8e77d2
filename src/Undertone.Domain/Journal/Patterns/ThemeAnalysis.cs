namespace Undertone.Domain.Journal.Patterns;

/// <summary>
/// Themes by how often and how recently they come up. Each recap is one session. A theme's trend compares
/// the share of recent sessions it came up in with the share of the sessions before them (in a journal with
/// no sessions before the recent ones: the newer half with the older half). A difference of at least one in
/// five sessions is rising or fading; anything smaller is steady.
/// </summary>
public static class ThemeAnalysis
{
    public static ThemeReport Analyze(IEnumerable<PatternRecap> recaps, PatternOptions? options = null)
    {
        options ??= PatternOptions.Default;
        return Analyze(RecapOrder.Chronological(recaps), options);
    }

    internal static ThemeReport Analyze(PatternRecap[] sessions, PatternOptions options)
    {
        if (sessions.Length == 0)
        {
            return ThemeReport.Empty;
        }

        var sessionsByTheme = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var latestName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < sessions.Length; i++)
        {
            foreach (var raw in sessions[i].Themes ?? [])
            {
                var name = raw?.Trim();
                if (string.IsNullOrEmpty(name))
                {
                    continue;
                }

                if (!sessionsByTheme.TryGetValue(name, out var indices))
                {
                    indices = [];
                    sessionsByTheme.Add(name, indices);
                }

                if (indices.Count == 0 || indices[^1] != i)
                {
                    indices.Add(i);
                }

                latestName[name] = name;
            }
        }

        var total = sessions.Length;
        var recentWindow = Math.Max(1, options.RecentSessions);
        var recent = Math.Min(recentWindow, total);
        var timelineLength = Math.Min(Math.Max(0, options.TimelineSessions), total);
        var timelineStart = total - timelineLength;
        var timeline = new SessionRef[timelineLength];
        for (var i = 0; i < timelineLength; i++)
        {
            var session = sessions[timelineStart + i];
            timeline[i] = new SessionRef(session.Id, session.SessionDate);
        }

        var themes = new List<ThemeSummary>(sessionsByTheme.Count);
        foreach (var (key, indices) in sessionsByTheme)
        {
            var recentCount = indices.Count(i => i >= total - recent);
            var recapIds = new int[indices.Count];
            for (var i = 0; i < indices.Count; i++)
            {
                recapIds[i] = sessions[indices[indices.Count - 1 - i]].Id;
            }

            var present = new bool[total];
            foreach (var i in indices)
            {
                present[i] = true;
            }

            var presence = new bool[timelineLength];
            var rolling = new int[timelineLength];
            for (var t = 0; t < timelineLength; t++)
            {
                var at = timelineStart + t;
                presence[t] = present[at];
                var count = 0;
                for (var j = Math.Max(0, at - recentWindow + 1); j <= at; j++)
                {
                    count += present[j] ? 1 : 0;
                }

                rolling[t] = count;
            }

            themes.Add(new ThemeSummary(
                latestName[key],
                recentCount,
                recent,
                indices.Count,
                total,
                sessions[indices[0]].SessionDate,
                sessions[indices[^1]].SessionDate,
                Trend(indices, total, recent),
                recapIds,
                presence,
                rolling));
        }

        themes.Sort(CompareByImportance);
        return new ThemeReport(total, recent, timeline, themes);
    }

    /// <summary>Most present first: recent count, then total count, then latest, then name.</summary>
    internal static int CompareByImportance(ThemeSummary a, ThemeSummary b)
    {
        var c = b.RecentCount.CompareTo(a.RecentCount);
        if (c == 0)
        {
            c = b.TotalCount.CompareTo(a.TotalCount);
        }

        if (c == 0)
        {
            c = b.LastSeen.CompareTo(a.LastSeen);
        }

        if (c == 0)
        {
            c = string.Compare(a.Name, b.Name, StringComparison.OrdinalIgnoreCase);
        }

        return c != 0 ? c : string.CompareOrdinal(a.Name, b.Name);
    }

    private static ThemeTrend Trend(List<int> indices, int total, int recent)
    {
        if (total < 2)
        {
            return ThemeTrend.Steady;
        }

        // Newer part: the recent sessions, or the newer half when there is nothing before them.
        var newer = total > recent ? recent : total - (total / 2);
        var older = total - newer;
        var newerCount = indices.Count(i => i >= older);
        var olderCount = indices.Count - newerCount;

        // newerCount/newer - olderCount/older compared with ±1/5, in whole numbers.
        var difference = 5L * ((newerCount * (long)older) - (olderCount * (long)newer));
        var threshold = (long)newer * older;
        if (difference >= threshold)
        {
            return ThemeTrend.Rising;
        }

        return difference <= -threshold ? ThemeTrend.Fading : ThemeTrend.Steady;
    }
}
