using System.Text.Encodings.Web;

namespace Undertone.Web.Access;

/// <summary>
/// The calm page a browser sees before it has signed in: how to open Undertone from the link it printed, and where the
/// token file is. Plain HTML made here, outside Blazor, so it can never show anything from the journal.
/// </summary>
public sealed class SignInPage(UndertonePaths paths)
{
    public enum Reason
    {
        /// <summary>No session yet (or it ended when Undertone restarted).</summary>
        NotSignedIn,

        /// <summary>A sign-in link whose token is not this start's.</summary>
        OldLink,
    }

    public Task WriteAsync(HttpContext context, int statusCode, Reason reason)
    {
        ArgumentNullException.ThrowIfNull(context);
        var html = HtmlEncoder.Default;
        var tokenFile = html.Encode(Path.Combine(paths.DataDirectory, AccessToken.FileName));
        var link = html.Encode($"{context.Request.Scheme}://{context.Request.Host}/signin?token=");
        var opening = reason switch
        {
            Reason.NotSignedIn => "<p>Undertone keeps your journal private, so it opens only in a browser that came in through its own link.</p>",
            Reason.OldLink => "<p class=\"note\" role=\"status\">That link did not work. It may be from an earlier start: Undertone makes a new link each time it starts.</p>",
        };

        var body = $$"""
            <h1>Open Undertone from its link</h1>
            {{opening}}
            <h2>How to get in</h2>
            <ol>
            <li>Find the window where Undertone is running. When it started, it printed a line that begins with <code>{{link}}</code></li>
            <li>Open that whole link in this browser. Copying it into the address bar works too.</li>
            </ol>
            <p>Can't find the line? The same key is kept in this file, which only your account can open:</p>
            <p><code class="path">{{tokenFile}}</code></p>
            <p>Put what the file holds right after <code>{{link}}</code> and open that address.</p>
            <p class="quiet">This keeps other programs and other people who use this computer out of your journal.</p>
            """;
        return PlainPage.WriteAsync(context, statusCode, "Open Undertone from its link", body, PlainPage.NoReferrer);
    }
}
