namespace Undertone.Web.Api;

/// <summary>The body of <c>POST /api/recaps</c> and <c>PUT /api/recaps/{id}</c>. Only the session date is required.</summary>
public sealed record RecapRequest(
    DateOnly? SessionDate,
    string? Label,
    string? WhatCameUp,
    string? Takeaways,
    string? NextSteps,
    string? ToRevisit,
    int? Feeling,
    string? FeelingWords,
    string? TherapistSaid,
    IReadOnlyList<string>? Themes);
