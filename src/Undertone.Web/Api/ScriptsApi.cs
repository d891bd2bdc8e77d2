using Microsoft.AspNetCore.Http.HttpResults;
using Undertone.Domain;
using Undertone.Domain.Consent;

namespace Undertone.Web.Api;

/// <summary>The consent script builder over HTTP: compose, check and follow-up. Pure computation; nothing is stored or logged.</summary>
public static class ScriptsApi
{
    public static IEndpointRouteBuilder MapScriptsApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/scripts").WithTags("Scripts");

        group.MapPost("/compose", ComposeAsync)
            .WithName("ComposeScript")
            .WithSummary("Compose the five-part ask")
            .WithJsonBody<ComposeRequest>()
            .Produces<ComposeResponse>()
            .ProducesValidationProblem();

        group.MapPost("/check", CheckAsync)
            .WithName("CheckMessage")
            .WithSummary("Check a (possibly edited) message")
            .WithJsonBody<CheckRequest>()
            .Produces<CheckResponse>()
            .ProducesValidationProblem();

        group.MapPost("/follow-up", FollowUpAsync)
            .WithName("ComposeFollowUp")
            .WithSummary("Compose a gracious follow-up after a no")
            .WithJsonBody<FollowUpApiRequest>()
            .Produces<FollowUpResponse>()
            .ProducesValidationProblem();

        group.MapScriptDraftApi();
        return app;
    }

    internal const string AlwaysPromised =
        "Every message says that no is an okay answer and that you're open to other options. These can't be switched off.";

    internal static async Task<Results<Ok<ComposeResponse>, ValidationProblem>> ComposeAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, errors) = await ApiJson.ReadAsync<ComposeRequest>(request, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors!);
        }

        var missing = new Dictionary<string, string[]>();
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

        if (missing.Count > 0)
        {
            return TypedResults.ValidationProblem(missing);
        }

        var ask = new ConsentAsk
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
        var invalid = ask.Validate();
        if (invalid.Count > 0)
        {
            return TypedResults.ValidationProblem(ToDictionary(invalid));
        }

        var script = ScriptComposer.Compose(ask);
        return TypedResults.Ok(new ComposeResponse(
            script.Subject,
            script.Text,
            script.WordCount,
            [.. script.Parts.Select(p => new ScriptPartResponse(p.Part, p.Text))]));
    }

    internal static async Task<Results<Ok<CheckResponse>, ValidationProblem>> CheckAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, errors) = await ApiJson.ReadAsync<CheckRequest>(request, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors!);
        }

        var problems = new Dictionary<string, string[]>();
        Require(problems, "text", body.Text);
        Require(problems, "length", body.Length);
        if (TextRules.CheckBlock(body.Text, MessageCheck.MaxTextLength, "The message") is { } problem)
        {
            problems["text"] = [problem];
        }

        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems);
        }

        var findings = MessageCheck.Run(body.Text!, body.Length!.Value);
        return TypedResults.Ok(new CheckResponse(
            [.. findings.Select(f => new FindingResponse(f.Kind, f.Severity, f.Start, f.Length, f.Message, f.Suggestion))]));
    }

    internal static async Task<Results<Ok<FollowUpResponse>, ValidationProblem>> FollowUpAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, errors) = await ApiJson.ReadAsync<FollowUpApiRequest>(request, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors!);
        }

        var missing = new Dictionary<string, string[]>();
        Require(missing, "alternatives", body.Alternatives);
        Require(missing, "tone", body.Tone);
        Require(missing, "delivery", body.Delivery);
        if (missing.Count > 0)
        {
            return TypedResults.ValidationProblem(missing);
        }

        var followUp = new FollowUpRequest
        {
            Alternatives = body.Alternatives!,
            Tone = body.Tone!.Value,
            Delivery = body.Delivery!.Value,
            TherapistName = body.TherapistName,
            UserName = body.UserName,
        };
        var invalid = followUp.Validate();
        if (invalid.Count > 0)
        {
            return TypedResults.ValidationProblem(ToDictionary(invalid));
        }

        return TypedResults.Ok(new FollowUpResponse(FollowUpComposer.Compose(followUp)));
    }

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
