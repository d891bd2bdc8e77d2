using Undertone.Domain.Journal.Material;

namespace Undertone.Data.Agreements;

/// <summary>One piece of session material under a rule, as the reminders list it (no text, no audio).</summary>
public sealed record MaterialItem(MaterialKind Kind, int RecapId, DateOnly SessionDate, int? VoiceNoteId, MaterialRule Rule);
