using Undertone.Web.Components.Pages.Script;

namespace Undertone.Web.Api;

/// <summary>
/// The builder's last edit, sent with <c>navigator.sendBeacon</c> as the page closes, so typing right before closing
/// the tab loses nothing. A normal same-origin POST: the session cookie protects it like every <c>/api</c> route,
/// a request from another site is refused, and the text is never logged or repeated in an error.
/// </summary>
public static class ScriptDraftApi
{
    public static RouteGroupBuilder MapScriptDraftApi(this RouteGroupBuilder scripts)
    {
        ArgumentNullException.ThrowIfNull(scripts);
        scripts.MapPost("/draft/text", SaveDraftTextAsync)
            .WithName("SaveDraftText")
            .WithSummary("Keep the builder's last edit as the page closes")
            .WithDescription(
                "Replaces the message text of the working draft, if the draft is still the version the page knew or was "
                + "last saved by the same page (`tab`) at an earlier `edit`. 204 when kept; 409 when another tab saved "
                + "the draft since (nothing is overwritten); 403 for a request from another site; 503 when the journal "
                + "file can't be reached. The text is never logged.")
            .WithJsonBody<DraftTextRequest>()
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return scripts;
    }

    internal static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> SaveDraftTextAsync(
        HttpRequest request, ScriptStore store, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (!IsFromThisApp(request))
        {
            return TypedResults.Problem("Only Undertone itself can keep your work in progress.", statusCode: StatusCodes.Status403Forbidden);
        }

        var (body, errors) = await ApiJson.ReadAsync<DraftTextRequest>(request, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors!);
        }

        var problems = new Dictionary<string, string[]>();
        if (body.Text is null)
        {
            problems["text"] = ["The field 'text' is required."];
        }
        else if (TextRules.CheckBlock(body.Text, MessageCheck.MaxTextLength, "The message") is { } problem)
        {
            problems["text"] = [problem];
        }

        if (body.Version is not >= 0)
        {
            problems["version"] = ["Send the working draft version the page knows (0 or more)."];
        }

        if (body.Tab is not { } tab || tab == Guid.Empty)
        {
            problems["tab"] = ["Send the page's tab id."];
        }

        if (body.Edit is not >= 0)
        {
            problems["edit"] = ["Send how many edits the page has made (0 or more)."];
        }

        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems);
        }

        SaveResult saved;
        try
        {
            saved = await store.SaveDraftTextAsync(body.Text!, body.Version!.Value, new DraftWriter(body.Tab!.Value, body.Edit!.Value), ScriptForm.StartingAsk, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (StorageFailure.Classify(ex) is { } reason)
        {
            loggers.CreateLogger(typeof(ScriptDraftApi)).LogWarning("The last edit could not be kept ({Problem})", reason);
            return TypedResults.Problem("The journal file couldn't be reached, so the last edit wasn't kept.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        return saved.Status switch
        {
            SaveStatus.Saved => TypedResults.NoContent(),
            SaveStatus.Conflict => TypedResults.Problem(
                "The work in progress was changed in another tab, so this edit didn't replace it.", statusCode: StatusCodes.Status409Conflict),
            SaveStatus.Invalid => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [.. saved.Errors.Select(e => e.Message)] }),
            SaveStatus.NotFound => TypedResults.Problem("There is no work in progress to keep this in.", statusCode: StatusCodes.Status404NotFound),
        };
    }

    /// <summary>
    /// A browser says where a request comes from: <c>Sec-Fetch-Site</c> and <c>Origin</c>. Both, when sent, must say
    /// this app; a client that sends neither (a script on this computer, a test) is let through to the session check.
    /// </summary>
    private static bool IsFromThisApp(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site != "same-origin")
        {
            return false;
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length == 0 || string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
    }
}
