namespace Undertone.Domain.Journal;

/// <summary>A problem with one field of a form, with a plain message for the user.</summary>
/// <param name="Field">The property name on the draft, e.g. <c>nameof(RecapDraft.WhatCameUp)</c>.</param>
/// <param name="Message">What is wrong and how to fix it, in plain words.</param>
public sealed record FieldError(string Field, string Message);
