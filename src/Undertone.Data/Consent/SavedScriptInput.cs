using Undertone.Domain;
using Undertone.Domain.Consent;

namespace Undertone.Data.Consent;

/// <summary>What the user asks to save: a name, their choices, the final text and the follow-up.</summary>
public sealed record SavedScriptInput(
    string Name,
    ConsentAsk Ask,
    string Text,
    bool IsEdited,
    IReadOnlyList<FollowUpAlternative> Alternatives,
    string FollowUpText)
{
    /// <summary>The problems by field ("name", "text", "followUp", or the ask's own fields); empty when it can be saved.</summary>
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            errors.Add(new FieldError("name", "Give this message a name, so you can find it again."));
        }
        else if (TextRules.CheckLine(Name, SavedScript.NameMaxLength, "The name") is { } nameProblem)
        {
            errors.Add(new FieldError("name", nameProblem));
        }

        if (string.IsNullOrWhiteSpace(Text))
        {
            errors.Add(new FieldError("text", "The message is empty. Write something, or reset it to the generated text."));
        }
        else if (TextRules.CheckBlock(Text, SavedScript.TextMaxLength, "The message") is { } textProblem)
        {
            errors.Add(new FieldError("text", textProblem));
        }

        if (TextRules.CheckBlock(FollowUpText, SavedScript.FollowUpMaxLength, "The follow-up") is { } followUpProblem)
        {
            errors.Add(new FieldError("followUp", followUpProblem));
        }

        if (Ask is null)
        {
            errors.Add(new FieldError("ask", "The choices for this message are missing."));
        }
        else
        {
            errors.AddRange(Ask.Validate());
        }

        return errors;
    }
}
