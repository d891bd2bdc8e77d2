namespace Undertone.Domain.Consent;

/// <summary>One problem with one field of an input, named as the API names it (camelCase).</summary>
public sealed record FieldError(string Field, string Message);
