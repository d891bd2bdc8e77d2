using System.Text.Encodings.Web;

namespace Undertone.Web.Accounts;

/// <summary>The small pieces every account page is made of: encoding, the antiforgery field, a note, the page itself.</summary>
internal static class AccountHtml
{
    public static string Encode(string? text) => HtmlEncoder.Default.Encode(text ?? string.Empty);

    public static string AntiforgeryField(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return $"<input type=\"hidden\" name=\"{Encode(tokens.FormFieldName)}\" value=\"{Encode(tokens.RequestToken)}\" />";
    }

    /// <summary>A calm note (a status, or an alert when something needs fixing); empty without a message.</summary>
    public static string Note(string? message, bool alert = true) =>
        message is null ? string.Empty : $"<p class=\"note\" role=\"{(alert ? "alert" : "status")}\">{Encode(message)}</p>";

    /// <summary>A list of what needs fixing before the form can go through; empty without problems.</summary>
    public static string Problems(string lead, IReadOnlyList<string> problems) =>
        problems.Count == 0
            ? string.Empty
            : $"<div class=\"note\" role=\"alert\"><p>{Encode(lead)}</p><ul>" + string.Concat(problems.Select(p => $"<li>{Encode(p)}</li>")) + "</ul></div>";

    public static Task WriteAsync(HttpContext context, int statusCode, string title, string body) =>
        PlainPage.WriteAsync(context, statusCode, title, body, PlainPage.SameOrigin);
}
