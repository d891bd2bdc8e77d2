namespace Undertone.Web.Hosting;

/// <summary>What had to be tightened when the data folder was prepared, before the logger existed (logged once it does).</summary>
public sealed record PrivateFolderReport(IReadOnlyList<string> Loosened);
