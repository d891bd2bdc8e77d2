using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace Undertone.Web.Hosting;

/// <summary>
/// The same protective headers on every answer: a strict Content-Security-Policy (scripts only from this app, plus the
/// hash of Blazor's inline import map), nosniff, no referrer, a Permissions-Policy that turns off what Undertone does
/// not use (the microphone is allowed for the app itself only, for voice notes), and <c>Cache-Control: no-store</c> on everything that does not set its own caching (pages, the API,
/// exports; fingerprinted static files keep theirs).
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public const string PermissionsPolicy =
        "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), " +
        "microphone=(self), midi=(), payment=(), publickey-credentials-get=(), usb=(), clipboard-write=(self)";

    private static readonly ConditionalWeakTable<ImportMapDefinition, string> ImportMapHashes = [];

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(static state =>
        {
            var context = (HttpContext)state;
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = Policy(context);
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = PermissionsPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            if (string.IsNullOrEmpty(headers.CacheControl))
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        }, context);
        return next(context);
    }

    /// <summary>
    /// <c>base-uri 'self'</c>, not <c>'none'</c>: Blazor resolves every link against <c>&lt;base href="/"&gt;</c>
    /// (docs/decisions/006-launch-token-and-access.md).
    /// </summary>
    internal static string Policy(HttpContext context)
    {
        var request = context.Request;
        var sockets = request.Host.HasValue ? $" {(request.IsHttps ? "wss" : "ws")}://{request.Host.Value}" : "";
        var scripts = "'self'";
        if (context.GetEndpoint()?.Metadata.GetMetadata<ImportMapDefinition>() is { } importMap)
        {
            scripts += $" '{ImportMapHashes.GetValue(importMap, static map => Hash(map.ToString()))}'";
        }

        return $"default-src 'self'; script-src {scripts}; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
            $"font-src 'self'; connect-src 'self'{sockets}; object-src 'none'; base-uri 'self'; " +
            "frame-ancestors 'none'; form-action 'self'";
    }

    internal static string Hash(string inlineScript) =>
        "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inlineScript)));
}
