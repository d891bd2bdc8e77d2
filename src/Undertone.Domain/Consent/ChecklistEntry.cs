namespace Undertone.Domain.Consent;

/// <summary>One line of the "be ready to explain" checklist: what to be ready for, and a short hint.</summary>
public sealed record ChecklistEntry(ChecklistItem Item, string Label, string Hint);
