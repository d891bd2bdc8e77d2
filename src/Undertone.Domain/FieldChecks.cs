namespace Undertone.Domain;

/// <summary>The checks every input's <c>Validate</c> makes the same way, each adding at most one <see cref="FieldError"/>.</summary>
internal static class FieldChecks
{
    /// <summary>Adds the problem a text check found (<c>TextRules.CheckLine</c>, <c>CheckBlock</c>), if any.</summary>
    public static void AddIfProblem(List<FieldError> errors, string field, string? problem)
    {
        if (problem is not null)
        {
            errors.Add(new FieldError(field, problem));
        }
    }

    /// <summary>Adds "That tone is not one we know." (and so on) for a value outside its enum.</summary>
    public static void AddIfUndefined<TEnum>(List<FieldError> errors, string field, TEnum value)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            errors.Add(new FieldError(field, $"That {field} is not one we know."));
        }
    }
}
