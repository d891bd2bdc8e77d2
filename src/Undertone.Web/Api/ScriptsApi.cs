using Undertone.Web.Consent;

namespace Undertone.Web.Api;

/// <summary>The consent script builder over HTTP: compose, check and follow-up. Pure computation; nothing is stored or logged.</summary>
public static class ScriptsApi
{
    public static IEndpointRouteBuilder MapScriptsApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/scripts").WithTags("Scripts");

        group.MapPost("/compose", ComposeAsync).DescribeComputation<ComposeRequest, ComposeResponse>("ComposeScript", "Compose the five-part ask");
        group.MapPost("/check", CheckAsync).DescribeComputation<CheckRequest, CheckResponse>("CheckMessage", "Check a (possibly edited) message");
        group.MapPost("/follow-up", FollowUpAsync).DescribeComputation<FollowUpApiRequest, FollowUpResponse>("ComposeFollowUp", "Compose a gracious follow-up after a no");

        group.MapScriptDraftApi();
        return app;
    }

    internal const string AlwaysPromised =
        "Every message says that no is an okay answer and that you're open to other options. These can't be switched off.";

    internal static Task<Results<Ok<ComposeResponse>, ValidationProblem>> ComposeAsync(HttpRequest request, CancellationToken cancellationToken) =>
        ComputeAsync<ComposeRequest, ConsentAsk, ComposeResponse>(request, RequireAsk, ToAsk, ask => ask.Validate(), Compose, cancellationToken);

    /// <summary>Checks with the rules, and by meaning once the model has loaded (its load takes a moment after start-up).</summary>
    internal static Task<Results<Ok<CheckResponse>, ValidationProblem>> CheckAsync(HttpRequest request, [FromServices] MeaningModelHost meaning, CancellationToken cancellationToken) =>
        ComputeAsync<CheckRequest, CheckRequest, CheckResponse>(request, RequireCheck, body => body, _ => [], body => Check(body, meaning.Judge), cancellationToken);

    internal static Task<Results<Ok<FollowUpResponse>, ValidationProblem>> FollowUpAsync(HttpRequest request, CancellationToken cancellationToken) =>
        ComputeAsync<FollowUpApiRequest, FollowUpRequest, FollowUpResponse>(
            request, RequireFollowUp, ToFollowUp, followUp => followUp.Validate(), followUp => new FollowUpResponse(FollowUpComposer.Compose(followUp)), cancellationToken);

    /// <summary>
    /// One computation over HTTP: reads the body, answers 400 naming every field that is missing or malformed, then
    /// every field the domain refuses, and otherwise 200 with what was computed.
    /// </summary>
    private static async Task<Results<Ok<TResponse>, ValidationProblem>> ComputeAsync<TBody, TInput, TResponse>(
        HttpRequest request,
        Action<TBody, Dictionary<string, string[]>> require,
        Func<TBody, TInput> toInput,
        Func<TInput, IReadOnlyList<FieldError>> validate,
        Func<TInput, TResponse> compute,
        CancellationToken cancellationToken)
        where TBody : class
    {
        var (body, errors) = await ApiJson.ReadAsync<TBody>(request, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors!);
        }

        var missing = new Dictionary<string, string[]>();
        require(body, missing);
        if (missing.Count > 0)
        {
            return TypedResults.ValidationProblem(missing);
        }

        var input = toInput(body);
        var invalid = validate(input);
        if (invalid.Count > 0)
        {
            return TypedResults.ValidationProblem(ToDictionary(invalid));
        }

        return TypedResults.Ok(compute(input));
    }

    private static RouteHandlerBuilder DescribeComputation<TBody, TResponse>(this RouteHandlerBuilder endpoint, string name, string summary) =>
        endpoint
            .WithName(name)
            .WithSummary(summary)
            .WithJsonBody<TBody>()
            .Produces<TResponse>()
            .ProducesValidationProblem();

    private static void RequireAsk(ComposeRequest body, Dictionary<string, string[]> missing)
    {
        Require(missing, "reasons", body.Reasons);
        Require(missing, "format", body.Format);
        Require(missing, "storage", body.Storage);
        Require(missing, "access", body.Access);
        Require(missing, "retention", body.Retention);
        Require(missing, "use", body.Use);
        Require(missing, "tone", body.Tone);
        Require(missing, "length", body.Length);
        Require(missing, "delivery", body.Delivery);
        if (body.Retention == RetentionKind.DeleteAfterDays)
        {
            if (body.RetentionDays is not { } days)
            {
                missing["retentionDays"] = ["Say after how many days it would be deleted."];
            }
            else if (days is < RetentionRule.MinDays or > RetentionRule.MaxDays)
            {
                missing["retentionDays"] = [$"Choose between {RetentionRule.MinDays} and {RetentionRule.MaxDays} days."];
            }
        }

        // Part 5's promises are always made. A client that asks to leave one out is told so, not silently overruled.
        if (body.NoIsOkay == false)
        {
            missing["noIsOkay"] = [AlwaysPromised];
        }

        if (body.OpenToAlternatives == false)
        {
            missing["openToAlternatives"] = [AlwaysPromised];
        }
    }

    private static ConsentAsk ToAsk(ComposeRequest body) => new()
    {
        Reasons = body.Reasons!,
        CustomReason = body.CustomReason,
        MemoryContexts = body.MemoryContext ?? [],
        Format = body.Format!.Value,
        Storage = body.Storage!.Value,
        Access = body.Access!.Value,
        AccessPerson = body.AccessPerson,
        Retention = RetentionRule.From(body.Retention!.Value, body.RetentionDays),
        Use = body.Use!.Value,
        SharePerson = body.SharePerson,
        Tone = body.Tone!.Value,
        Length = body.Length!.Value,
        Delivery = body.Delivery!.Value,
        TherapistName = body.TherapistName,
        UserName = body.UserName,
    };

    private static ComposeResponse Compose(ConsentAsk ask)
    {
        var script = ScriptComposer.Compose(ask);
        return new ComposeResponse(
            script.Subject,
            script.Text,
            script.WordCount,
            [.. script.Parts.Select(p => new ScriptPartResponse(p.Part, p.Text))]);
    }

    private static void RequireCheck(CheckRequest body, Dictionary<string, string[]> problems)
    {
        Require(problems, "text", body.Text);
        Require(problems, "length", body.Length);
        if (TextRules.CheckBlock(body.Text, MessageCheck.MaxTextLength, "The message") is { } problem)
        {
            problems["text"] = [problem];
        }
    }

    private static CheckResponse Check(CheckRequest body, IMeaningJudge? meaning)
    {
        var findings = MessageCheck.Run(body.Text!, body.Length!.Value, body.Tone ?? Tone.Neutral, meaning: meaning);
        return new CheckResponse(
            [.. findings.Select(f => new FindingResponse(f.Kind, f.Severity, f.Start, f.Length, f.Message, f.Suggestion))]);
    }

    private static void RequireFollowUp(FollowUpApiRequest body, Dictionary<string, string[]> missing)
    {
        Require(missing, "alternatives", body.Alternatives);
        Require(missing, "tone", body.Tone);
        Require(missing, "delivery", body.Delivery);
    }

    private static FollowUpRequest ToFollowUp(FollowUpApiRequest body) => new()
    {
        Alternatives = body.Alternatives!,
        Tone = body.Tone!.Value,
        Delivery = body.Delivery!.Value,
        TherapistName = body.TherapistName,
        UserName = body.UserName,
    };

    private static void Require(Dictionary<string, string[]> errors, string field, object? value)
    {
        if (value is null)
        {
            errors[field] = [$"The field '{field}' is required."];
        }
    }

    private static Dictionary<string, string[]> ToDictionary(IReadOnlyList<FieldError> errors) =>
        errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
}
