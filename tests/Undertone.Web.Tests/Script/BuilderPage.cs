namespace Undertone.Web.Tests.Script;

/// <summary>
/// The builder page as a bunit test drives it. The message box is the browser's own (undertone.js), which bunit does
/// not run, so typing is what the editor sends after a pause: <see cref="MessagePreview.SyncText"/>.
/// </summary>
internal static class BuilderPage
{
    /// <summary>The message as the server has it (what copy, save and the check use).</summary>
    public static string Message(IRenderedComponent<ScriptPage> cut) => cut.Instance.State?.Message.Text ?? "";

    /// <summary>The highlights the page gives the browser to draw behind the message box.</summary>
    public static MessageMarks Marks(IRenderedComponent<ScriptPage> cut) => cut.FindComponent<MessagePreview>().Instance.Marks;

    /// <summary>Types <paramref name="text"/> as the whole message, as the editor reports it after a pause.</summary>
    public static Task TypeAsync(IRenderedComponent<ScriptPage> cut, string text)
    {
        var message = cut.Instance.State!.Message;
        var preview = cut.FindComponent<MessagePreview>().Instance;
        return cut.InvokeAsync(() => preview.SyncText(text, message.KnownEdit + 1, message.TextRevision));
    }

    /// <summary>The button whose text is <paramref name="text"/>.</summary>
    public static IElement Button(IRenderedComponent<ScriptPage> cut, string text) =>
        cut.FindAll("button").Single(b => b.TextContent.Trim() == text);

    /// <summary>The segmented choice labelled <paramref name="label"/> (tone, length, delivery).</summary>
    public static IElement Choice(IRenderedComponent<ScriptPage> cut, string label) => Labelled(cut, "label.segmented-label", label);

    /// <summary>The field labelled <paramref name="label"/>.</summary>
    public static IElement Field(IRenderedComponent<ScriptPage> cut, string label) => Labelled(cut, "label", label);

    private static IElement Labelled(IRenderedComponent<ScriptPage> cut, string selector, string label)
    {
        var labelElement = cut.FindAll(selector).Single(l => l.TextContent.Trim() == label);
        return cut.Find("#" + labelElement.GetAttribute("for"));
    }
}
