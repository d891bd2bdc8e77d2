namespace Undertone.Web.Hosting;

/// <summary>
/// Where the app's own files are. A published download keeps <c>wwwroot</c> and <c>appsettings.json</c> next to its
/// executable, and it must find them there whichever folder it was started from (by default ASP.NET Core looks in
/// the current folder, finds no <c>wwwroot</c>, and serves every static file empty). <c>dotnet run</c> and the
/// tests have no <c>wwwroot</c> beside the build output, and keep the default.
/// </summary>
public static class AppFolder
{
    /// <summary>
    /// <paramref name="baseDirectory"/> when it holds <c>wwwroot</c> (a published app), else null (the default
    /// content root: the current folder).
    /// </summary>
    public static string? PublishedContentRoot(string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(baseDirectory);
        return Directory.Exists(Path.Combine(baseDirectory, "wwwroot")) ? baseDirectory : null;
    }
}
