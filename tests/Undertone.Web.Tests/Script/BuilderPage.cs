namespace Undertone.Web.Tests.Script;

/// <summary>
/// The builder page as a bunit test drives it. The message box is the browser's own (undertone.js), which bunit does
/// not run, so typing is what the editor sends after a pause: <see cref="MessagePreview.SyncText"/>.
/// </summary>
internal static class BuilderPage
{
    /// <summary>The message as the server has it (what copy, save and the check use).</summary>
    public static string Message(IRenderedComponent<ScriptPage> cut) => cut.Instance.State?.Message.Text ?? "";

    /// <summary>Types <paramref name="text"/> as the whole message, as the editor reports it after a pause.</summary>
    public static Task TypeAsync(IRenderedComponent<ScriptPage> cut, string text)
    {
        var message = cut.Instance.State!.Message;
        var preview = cut.FindComponent<MessagePreview>().Instance;
        return cut.InvokeAsync(() => preview.SyncText(text, message.KnownEdit + 1, message.TextRevision));
    }
}
