namespace Undertone.Data.YourData;

/// <summary>
/// How far a long operation on the whole journal has got: a step and, where it can be counted, how many of
/// <see cref="Total"/> items are done (0 of 0 when the step can't be counted). Counts only, never anything written.
/// Reported every few hundred items, from whatever thread the work runs on.
/// </summary>
public sealed record DataProgress(DataStep Step, int Done, int Total);
