using System.Text.RegularExpressions;

namespace Undertone.Web.Hosting;

/// <summary>
/// Makes every error under <c>/api</c> problem details (<c>application/problem+json</c>): a value the framework could
/// not bind (<c>?paper=foo</c>, <c>?from=notadate</c>) becomes a 400 naming the field, an answer with an error status
/// and no body gets a body, and an unexpected exception is logged with its stack and answered with a plain 500.
/// Messages never repeat what was sent.
/// </summary>
public sealed partial class ApiProblems(RequestDelegate next, ILogger<ApiProblems> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            var field = FieldFrom(ex.Message);
            if (field is null)
            {
                await TypedResults.Problem(detail: "The request could not be read.", statusCode: ex.StatusCode).ExecuteAsync(context).ConfigureAwait(false);
            }
            else
            {
                await TypedResults.ValidationProblem(
                    new Dictionary<string, string[]> { [field] = [$"The value of '{field}' could not be read: check its spelling and type."] })
                    .ExecuteAsync(context).ConfigureAwait(false);
            }

            return;
        }
        catch (SqliteOnlyException ex) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            await TypedResults.Problem(
                title: "Not available in server mode yet",
                detail: $"{ex.Feature} isn't available on a shared Undertone server yet. Nothing was changed.",
                statusCode: StatusCodes.Status501NotImplemented).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }
        catch (Exception ex) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            LogUnexpected(logger, ex, context.Request.Method, context.Request.Path);
            context.Response.Clear();
            await TypedResults.Problem(
                title: "Something went wrong",
                detail: "Undertone hit a problem it did not expect. Nothing you saved was lost.",
                statusCode: StatusCodes.Status500InternalServerError).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        await WriteMissingBodyAsync(context).ConfigureAwait(false);
    }

    /// <summary>An error status with nothing written yet (a route that did not match, a bare NotFound) gets problem details.</summary>
    internal static Task WriteMissingBodyAsync(HttpContext context)
    {
        var response = context.Response;
        if (response.HasStarted || response.StatusCode < 400 || response.ContentLength > 0 || !string.IsNullOrEmpty(response.ContentType)
            || !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            return Task.CompletedTask;
        }

        return TypedResults.Problem(statusCode: response.StatusCode).ExecuteAsync(context);
    }

    /// <summary>The parameter's name in the framework's binding messages: <c>Failed to bind parameter "PaperSize? paper" from …</c>.</summary>
    internal static string? FieldFrom(string message)
    {
        var match = ParameterName().Match(message);
        return match.Success ? match.Groups["name"].Value : null;
    }

    [GeneratedRegex("""parameter "(?:[^"]*\s)?(?<name>[A-Za-z_][A-Za-z0-9_]*)"(?= from| was not provided)""", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex ParameterName();

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error answering {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, PathString path);
}
