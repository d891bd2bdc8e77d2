namespace Undertone.Web.Api;

/// <summary>
/// What an import found (<c>dryRun=true</c>) or did: how many of each kind the file holds, how many were already here
/// (skipped) and how many differ from an item with the same id (kept side by side).
/// </summary>
public sealed record ImportResponse(
    ImportSource Source, ImportMode Mode, bool Applied, int Recaps, int Questions, int Themes, int Scripts, int AlreadyHere, int SideBySide);
