namespace Undertone.Domain;

/// <summary>One problem with one field of an input, with a plain message for the user.</summary>
/// <param name="Field">The field's name as its caller knows it: the JSON name for the API (<c>retentionDays</c>),
/// the property name for a form (<c>nameof(RecapDraft.WhatCameUp)</c>).</param>
/// <param name="Message">What is wrong and how to fix it, in plain words. Never repeats what the user typed.</param>
public sealed record FieldError(string Field, string Message)
{
    /// <summary>
    /// For a composer handed an input its caller should have validated: throws naming the first field that is not
    /// valid (never its value), or returns when there is none.
    /// </summary>
    public static void ThrowIfAny(IReadOnlyList<FieldError> errors, string what, string paramName)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count > 0)
        {
            throw new ArgumentException($"The {what} can't be composed: the field '{errors[0].Field}' is not valid.", paramName);
        }
    }
}
