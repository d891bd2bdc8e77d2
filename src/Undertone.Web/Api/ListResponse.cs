namespace Undertone.Web.Api;

/// <summary>One page of a list: the items, the page number (from 1) and how many items there are in all.</summary>
public sealed record ListResponse<T>(IReadOnlyList<T> Items, int Page, int Total);
