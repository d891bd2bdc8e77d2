namespace Undertone.Domain.Journal.Patterns;

/// <summary>A word or short phrase that keeps coming up in recap text.</summary>
/// <param name="Text">The phrase as it was most often written (lower case).</param>
/// <param name="WordCount">1, 2 or 3.</param>
/// <param name="RecapCount">In how many recaps it appears ("in k of your last n recaps": this is k).</param>
/// <param name="OutOf">How many recaps were read (n).</param>
/// <param name="RecapIds">The recaps it appears in, newest first.</param>
/// <param name="Forms">Every way it was written ("boundary", "boundaries"), most frequent first.</param>
/// <param name="Score">The ranking score: one point per recap, recent recaps counting up to four times as much.</param>
/// <param name="MatchesTheme">True when a theme with the same words (ignoring plurals and case) already exists.</param>
public sealed record RecurringPhrase(
    string Text,
    int WordCount,
    int RecapCount,
    int OutOf,
    IReadOnlyList<int> RecapIds,
    IReadOnlyList<string> Forms,
    double Score,
    bool MatchesTheme);
