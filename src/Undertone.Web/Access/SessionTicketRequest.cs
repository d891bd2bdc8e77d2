namespace Undertone.Web.Access;

/// <summary>The body of <c>POST /api/unlock/session</c>: the one-time ticket the open tab was given.</summary>
public sealed record SessionTicketRequest(string? Ticket);
