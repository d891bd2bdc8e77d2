using System.Text.Encodings.Web;

namespace Undertone.Web.Hosting;

/// <summary>
/// The one shell for the plain HTML pages made outside Blazor (local mode's sign-in page, server mode's account
/// pages): doctype, the calm <c>signin.css</c> style, no caching. They can never show anything from a journal.
/// </summary>
public static class PlainPage
{
    /// <summary>Local mode's pages: nothing about this address leaves with a link.</summary>
    public const string NoReferrer = "no-referrer";

    /// <summary>
    /// Server mode's forms: with <c>no-referrer</c>, Chromium sends <c>Origin: null</c> on a form post, which
    /// OriginCheck refuses; <c>same-origin</c> still sends nothing to other sites.
    /// </summary>
    public const string SameOrigin = "same-origin";

    /// <summary>Writes <paramref name="body"/> (HTML, already encoded) in the page shell with an encoded <paramref name="title"/>.</summary>
    public static Task WriteAsync(HttpContext context, int statusCode, string title, string body, string referrer)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1.0" />
            <meta name="referrer" content="{{referrer}}" />
            <title>{{HtmlEncoder.Default.Encode(title)}}</title>
            <link rel="stylesheet" href="/signin.css" />
            <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
            </head>
            <body>
            <main>
            {{body}}
            </main>
            </body>
            </html>
            """, context.RequestAborted);
    }
}
