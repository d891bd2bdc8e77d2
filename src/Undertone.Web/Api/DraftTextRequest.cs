using System.Text.Json.Serialization;

namespace Undertone.Web.Api;

/// <summary>
/// The body of <c>POST /api/scripts/draft/text</c>: the builder's message as typed when the page closed, the working
/// draft version the page last knew, the page's tab id and how many edits into its text it is.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record DraftTextRequest(string? Text, long? Version, Guid? Tab, long? Edit);
