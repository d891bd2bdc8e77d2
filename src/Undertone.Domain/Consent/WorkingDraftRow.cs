namespace Undertone.Domain.Consent;

/// <summary>
/// The one working draft of the script builder, saved as the user works so a refresh or a closed tab loses nothing
/// (docs/decisions/004-script-builder-layout.md). A single row with <see cref="SingleId"/>.
/// </summary>
public sealed class WorkingDraftRow
{
    public const int SingleId = 1;

    public const int StateJsonMaxLength = 40_000;

    public int Id { get; set; } = SingleId;

    /// <summary>A <c>WorkingDraft</c> as JSON.</summary>
    public string StateJson { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Goes up by one with every save, so a tab working from an older draft is told instead of overwriting it.</summary>
    public long Version { get; set; }

    /// <summary>The builder tab (a random id per opened page, never anything the user wrote) that saved last.</summary>
    public Guid? Writer { get; set; }

    /// <summary>How many edits into its text <see cref="Writer"/> was when it saved (see <c>DraftWriter</c>).</summary>
    public long WriterEdit { get; set; }
}
