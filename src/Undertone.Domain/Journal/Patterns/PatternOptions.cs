namespace Undertone.Domain.Journal.Patterns;

/// <summary>The knobs of the pattern analysis. <see cref="Default"/> is what the app uses.</summary>
public sealed record PatternOptions
{
    public static PatternOptions Default { get; } = new();

    /// <summary>How many of the latest sessions count as "recent" ("in 4 of your last 5 sessions").</summary>
    public int RecentSessions { get; init; } = 5;

    /// <summary>A word or phrase must appear in at least this many recaps to count as recurring.</summary>
    public int MinRecapsForPhrase { get; init; } = 2;

    /// <summary>How many recurring words and phrases to report at most.</summary>
    public int MaxPhrases { get; init; } = 15;

    /// <summary>How many of the latest sessions the timeline covers.</summary>
    public int TimelineSessions { get; init; } = 12;

    /// <summary>How many sessions in a row a theme must come up without a takeaway before the nudge shows.</summary>
    public int NudgeMinSessions { get; init; } = 3;

    /// <summary>How many themes the bring-to-session sheet lists.</summary>
    public int PrepThemes { get; init; } = 5;
}
