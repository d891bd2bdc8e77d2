namespace Undertone.Domain.Consent;

/// <summary>
/// A message the user saved under a name: the choices it was built from, the final (possibly edited) text and the
/// follow-up for a no. Change it through <c>ScriptStore</c> with a <c>SavedScriptInput</c>, never by binding
/// a form to this class.
/// </summary>
public sealed class SavedScript
{
    public const int NameMaxLength = 120;

    /// <summary>The longest message we keep (far more than any message needs; a guard, not a target).</summary>
    public const int TextMaxLength = MessageCheck.MaxTextLength;

    public const int FollowUpMaxLength = 5_000;

    public const int AskJsonMaxLength = 8_000;

    public const int AlternativesMaxLength = 300;

    public int Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The <c>ConsentAsk</c> as JSON (see <c>AskJson</c>), so new options never need a column.</summary>
    public string AskJson { get; set; } = "";

    /// <summary>The message exactly as the user left it.</summary>
    public string Text { get; set; } = "";

    /// <summary>True when the user changed the generated text (their words are then never replaced without asking).</summary>
    public bool IsEdited { get; set; }

    /// <summary>The chosen "if they say no" alternatives, as a comma-separated list of names.</summary>
    public string Alternatives { get; set; } = "";

    public string FollowUpText { get; set; } = "";

    public ScriptAgreement? Agreement { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency: every save adds one, and a save from an older version is refused.</summary>
    public long Version { get; set; }
}
