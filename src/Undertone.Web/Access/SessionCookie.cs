namespace Undertone.Web.Access;

/// <summary>The session cookie, set the same way by the launch link and by a renewal after unlocking.</summary>
internal static class SessionCookie
{
    public static void Append(HttpContext context, string sessionId)
    {
        context.Response.Cookies.Append(AccessSessions.CookieName, sessionId, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Path = "/",
            Secure = context.Request.IsHttps,
            IsEssential = true,
        });
        context.Response.Headers.CacheControl = "no-store";
    }
}
