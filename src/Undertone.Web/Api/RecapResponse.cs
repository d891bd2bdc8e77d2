namespace Undertone.Web.Api;

/// <summary>A recap in the JSON API; <see cref="TherapistSaid"/> is the therapist's words, kept apart from the person's own.</summary>
public sealed record RecapResponse(
    int Id,
    DateOnly SessionDate,
    string Label,
    string WhatCameUp,
    string Takeaways,
    string NextSteps,
    string ToRevisit,
    int? Feeling,
    string FeelingWords,
    string TherapistSaid,
    IReadOnlyList<string> Themes,
    long Version)
{
    public static RecapResponse From(Recap recap)
    {
        ArgumentNullException.ThrowIfNull(recap);
        return new(
            recap.Id, recap.SessionDate, recap.Label, recap.WhatCameUp, recap.Takeaways, recap.NextSteps, recap.ToRevisit,
            recap.Feeling, recap.FeelingWords, recap.TherapistSaid,
            [.. recap.Themes.OrderBy(t => t.NormalizedName, StringComparer.Ordinal).Select(t => t.Name)], recap.Version);
    }
}
