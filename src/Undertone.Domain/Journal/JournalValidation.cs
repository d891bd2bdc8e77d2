using System.Globalization;

namespace Undertone.Domain.Journal;

/// <summary>
/// Checks what the user typed before it is saved. Pure: today's date comes in as an argument. Expects tidied
/// input (<see cref="RecapDraft.Tidy"/>, <see cref="JournalText.Tidy"/>); lengths count UTF-16 units, like the database.
/// </summary>
public static class JournalValidation
{
    public static IReadOnlyList<FieldError> ValidateRecap(RecapDraft draft, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var errors = new List<FieldError>();
        if (draft.SessionDate > today)
        {
            errors.Add(new(nameof(RecapDraft.SessionDate), "The session date can't be after today. Pick the day the session happened."));
        }

        CheckLength(errors, nameof(RecapDraft.Label), "The session name", draft.Label, Recap.LabelMaxLength);
        CheckLength(errors, nameof(RecapDraft.WhatCameUp), "What came up", draft.WhatCameUp, Recap.LongTextMaxLength);
        CheckLength(errors, nameof(RecapDraft.Takeaways), "What mattered most", draft.Takeaways, Recap.LongTextMaxLength);
        CheckLength(errors, nameof(RecapDraft.NextSteps), "Next steps", draft.NextSteps, Recap.LongTextMaxLength);
        CheckLength(errors, nameof(RecapDraft.ToRevisit), "What to come back to", draft.ToRevisit, Recap.LongTextMaxLength);
        CheckLength(errors, nameof(RecapDraft.FeelingWords), "How you feel", draft.FeelingWords, Recap.FeelingWordsMaxLength);
        CheckLength(errors, nameof(RecapDraft.TherapistSaid), "What your therapist said", draft.TherapistSaid, Recap.LongTextMaxLength);
        if (draft.Feeling is { } feeling && (feeling < Recap.MinFeeling || feeling > Recap.MaxFeeling))
        {
            errors.Add(new(nameof(RecapDraft.Feeling), $"Pick how you feel on the scale from {Recap.MinFeeling} to {Recap.MaxFeeling}."));
        }

        var longTheme = draft.ThemeNames.FirstOrDefault(n => n.Length > Theme.NameMaxLength);
        if (longTheme is not null)
        {
            errors.Add(new(nameof(RecapDraft.ThemeNames), $"Theme names can be up to {Theme.NameMaxLength} characters. One of yours is longer."));
        }

        return errors;
    }

    public static IReadOnlyList<FieldError> ValidateQuestion(string text, string answerNote)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(answerNote);
        var errors = new List<FieldError>();
        if (text.Length == 0)
        {
            errors.Add(new(nameof(Question.Text), "Write the question first, then save it."));
        }

        CheckLength(errors, nameof(Question.Text), "A question", text, Question.TextMaxLength);
        CheckLength(errors, nameof(Question.AnswerNote), "The answer note", answerNote, Question.AnswerNoteMaxLength);
        return errors;
    }

    public static IReadOnlyList<FieldError> ValidateTheme(string name, string? colour)
    {
        ArgumentNullException.ThrowIfNull(name);
        var errors = new List<FieldError>();
        if (name.Length == 0)
        {
            errors.Add(new(nameof(Theme.Name), "Give the theme a name."));
        }

        CheckLength(errors, nameof(Theme.Name), "A theme name", name, Theme.NameMaxLength);
        if (colour is not null && !IsColour(colour))
        {
            errors.Add(new(nameof(Theme.Colour), "Colours are written like #3a7d6b."));
        }

        return errors;
    }

    private static bool IsColour(string colour) =>
        colour.Length == Theme.ColourMaxLength && colour[0] == '#'
        && int.TryParse(colour.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out _);

    private static void CheckLength(List<FieldError> errors, string field, string what, string text, int max)
    {
        if (text.Length > max)
        {
            errors.Add(new(field, string.Create(CultureInfo.InvariantCulture,
                $"{what} can be up to {max:N0} characters. This is {text.Length:N0}, so it needs {text.Length - max:N0} fewer. Nothing has been cut.")));
        }
    }
}
