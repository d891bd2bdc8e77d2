using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Primitives;

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
                await Unreadable([field]).ExecuteAsync(context).ConfigureAwait(false);
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

    /// <summary>
    /// An endpoint filter for the API groups whose handlers take values from the query or route: names a value that
    /// did not parse (<c>?from=notadate</c>), as <see cref="InvokeAsync"/> does for the endpoints built at run time.
    /// The generated endpoints (<c>EnableRequestDelegateGenerator</c>) answer an optional value that does not parse
    /// with a bare 400 instead of throwing, and run the filters with that status already set; this is where it shows.
    /// </summary>
    public static ValueTask<object?> NameUnreadableValues(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.HttpContext.Response.StatusCode != StatusCodes.Status400BadRequest)
        {
            return next(context);
        }

        var fields = UnreadableFields(context);
        return ValueTask.FromResult<object?>(fields.Count == 0
            ? TypedResults.Problem(detail: "The request could not be read.", statusCode: StatusCodes.Status400BadRequest)
            : Unreadable(fields));
    }

    /// <summary>The parsable parameters that were sent (in the query or the route) but are empty in the arguments.</summary>
    private static List<string> UnreadableFields(EndpointFilterInvocationContext context)
    {
        var request = context.HttpContext.Request;
        var bindings = context.HttpContext.GetEndpoint()?.Metadata.GetOrderedMetadata<IParameterBindingMetadata>() ?? [];
        var fields = new List<string>();
        foreach (var binding in bindings)
        {
            var position = binding.ParameterInfo.Position;
            var sent = request.Query.TryGetValue(binding.Name, out var values) ? values : new StringValues(request.RouteValues[binding.Name]?.ToString());
            if (binding.HasTryParse && position < context.Arguments.Count && context.Arguments[position] is null && !StringValues.IsNullOrEmpty(sent))
            {
                fields.Add(binding.Name);
            }
        }

        return fields;
    }

    private static ValidationProblem Unreadable(IEnumerable<string> fields) =>
        TypedResults.ValidationProblem(fields.ToDictionary(field => field, field => new[] { $"The value of '{field}' could not be read: check its spelling and type." }));

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
