using Microsoft.Net.Http.Headers;

namespace Undertone.Web.Api;

/// <summary>
/// A small JSON API for the journal, for other clients and scripts: recaps and questions for next time. Every item
/// carries its version as an ETag; a PUT must send it back as <c>If-Match</c>, and a stale one gets 412 — never a
/// silent overwrite. Same validation and limits as the pages (the same store methods). All endpoints are here,
/// over <see cref="RecapStore"/>, <see cref="ThemeStore"/> and <see cref="QuestionStore"/>.
/// </summary>
public static class JournalApi
{
    public const int PageSize = 50;

    /// <summary>Seven long fields of 10,000 characters, in three-byte UTF-8, plus room for the rest.</summary>
    private const int MaxRecapBodyBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapJournalApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var recaps = app.MapGroup("/api/recaps").WithTags("Recaps").AddEndpointFilter(ApiProblems.NameUnreadableValues);
        recaps.MapGet("/", ListRecapsAsync).WithName("ListRecaps").WithSummary("Recaps, newest first, 50 a page")
            .Produces<ListResponse<RecapResponse>>().ProducesValidationProblem();
        recaps.MapPost("/", CreateRecapAsync).WithName("CreateRecap").WithSummary("Save a new recap; answers 201 with its ETag")
            .Accepts<RecapRequest>("application/json").Produces<RecapResponse>(StatusCodes.Status201Created).ProducesValidationProblem();
        recaps.MapGet("/{id:int}", GetRecapAsync).WithName("GetRecap").WithSummary("One recap, with its version as the ETag")
            .Produces<RecapResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        recaps.MapPut("/{id:int}", UpdateRecapAsync).WithName("UpdateRecap").WithSummary("Change a recap; If-Match must carry its ETag (412 when stale)")
            .Accepts<RecapRequest>("application/json").ProducesUpdateAnswers<RecapResponse>();
        recaps.MapDelete("/{id:int}", DeleteRecapAsync).WithName("DeleteRecap").WithSummary("Delete a recap (really: its words leave every file)")
            .ProducesDeleteAnswers();

        var questions = app.MapGroup("/api/questions").WithTags("Questions").AddEndpointFilter(ApiProblems.NameUnreadableValues);
        questions.MapGet("/", ListQuestionsAsync).WithName("ListQuestions").WithSummary("Questions: open and asked first, then resolved and dropped; 50 a page")
            .Produces<ListResponse<QuestionResponse>>().ProducesValidationProblem();
        questions.MapPost("/", CreateQuestionAsync).WithName("CreateQuestion").WithSummary("Save a new open question; answers 201 with its ETag")
            .Accepts<QuestionRequest>("application/json").Produces<QuestionResponse>(StatusCodes.Status201Created).ProducesValidationProblem();
        questions.MapGet("/{id:int}", GetQuestionAsync).WithName("GetQuestion").WithSummary("One question, with its version as the ETag")
            .Produces<QuestionResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        questions.MapPut("/{id:int}", UpdateQuestionAsync).WithName("UpdateQuestion").WithSummary("Change a question's text, status and answer note; If-Match required")
            .Accepts<QuestionRequest>("application/json").ProducesUpdateAnswers<QuestionResponse>();
        questions.MapDelete("/{id:int}", DeleteQuestionAsync).WithName("DeleteQuestion").WithSummary("Delete a question (really)")
            .ProducesDeleteAnswers();
        return app;
    }

    // ---------------------------------------------------------------- recaps

    internal static async Task<IResult> ListRecapsAsync(DateOnly? from, DateOnly? to, string? theme, int? page, RecapStore store, ThemeStore themes, CancellationToken cancellationToken)
    {
        var number = page ?? 1;
        if (number < 1)
        {
            return TypedResults.ValidationProblem(ApiJson.Error("page", "Pages are numbered from 1."));
        }

        if (from is { } f && to is { } t && t < f)
        {
            return TypedResults.ValidationProblem(ApiJson.Error("to", "The end date comes before the start date."));
        }

        int? themeId = null;
        if (!string.IsNullOrWhiteSpace(theme))
        {
            var key = Theme.Normalize(theme);
            var found = (await themes.ListThemesAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(x => Theme.Normalize(x.Name) == key);
            if (found is null)
            {
                return TypedResults.Ok(new ListResponse<RecapResponse>([], number, 0));
            }

            themeId = found.Id;
        }

        var slice = await store.ListRecapsAsync(new RecapFilter(themeId, from, to), (number - 1) * PageSize, PageSize, cancellationToken).ConfigureAwait(false);
        var items = new List<RecapResponse>(slice.Items.Count);
        foreach (var summary in slice.Items)
        {
            if (await store.GetRecapAsync(summary.Id, cancellationToken).ConfigureAwait(false) is { } recap)
            {
                items.Add(RecapResponse.From(recap));
            }
        }

        return TypedResults.Ok(new ListResponse<RecapResponse>(items, number, slice.TotalCount));
    }

    internal static async Task<IResult> GetRecapAsync(int id, RecapStore store, HttpContext context, CancellationToken cancellationToken) =>
        Found(context, "recap", await store.GetRecapAsync(id, cancellationToken).ConfigureAwait(false), r => r.Version, RecapResponse.From);

    internal static async Task<IResult> CreateRecapAsync(HttpRequest request, RecapStore store, HttpContext context, CancellationToken cancellationToken)
    {
        var (draft, problem) = await ReadDraftAsync(request, cancellationToken).ConfigureAwait(false);
        if (draft is null)
        {
            return problem!;
        }

        var saved = await store.SaveRecapAsync(null, draft, 0, cancellationToken).ConfigureAwait(false);
        return await AnswerCreateAsync(saved, context, "/api/recaps",
            async () => RecapResponse.From((await store.GetRecapAsync(saved.Id, cancellationToken).ConfigureAwait(false))!)).ConfigureAwait(false);
    }

    internal static async Task<IResult> UpdateRecapAsync(int id, HttpRequest request, RecapStore store, HttpContext context, CancellationToken cancellationToken)
    {
        if (IfMatch(request) is not { } expected)
        {
            return PreconditionRequired();
        }

        var (draft, problem) = await ReadDraftAsync(request, cancellationToken).ConfigureAwait(false);
        if (draft is null)
        {
            return problem!;
        }

        var saved = await store.SaveRecapAsync(id, draft, expected, cancellationToken).ConfigureAwait(false);
        return await AnswerUpdateAsync(saved, context, "recap",
            async () => RecapResponse.From((await store.GetRecapAsync(id, cancellationToken).ConfigureAwait(false))!)).ConfigureAwait(false);
    }

    internal static Task<IResult> DeleteRecapAsync(int id, HttpRequest request, RecapStore store, HttpContext context, CancellationToken cancellationToken) =>
        DeleteUnlessStaleAsync(request, context, "recap",
            async () => (await store.GetRecapAsync(id, cancellationToken).ConfigureAwait(false))?.Version,
            async () => await store.DeleteRecapAsync(id, cancellationToken).ConfigureAwait(false) is not null);

    // ---------------------------------------------------------------- questions

    internal static async Task<IResult> ListQuestionsAsync(int? page, QuestionStore store, CancellationToken cancellationToken)
    {
        var number = page ?? 1;
        if (number < 1)
        {
            return TypedResults.ValidationProblem(ApiJson.Error("page", "Pages are numbered from 1."));
        }

        var all = await store.ListQuestionsAsync(closedLimit: 10_000, cancellationToken).ConfigureAwait(false);
        var items = all.Skip((number - 1) * PageSize).Take(PageSize).Select(QuestionResponse.From).ToList();
        return TypedResults.Ok(new ListResponse<QuestionResponse>(items, number, all.Count));
    }

    internal static async Task<IResult> GetQuestionAsync(int id, QuestionStore store, HttpContext context, CancellationToken cancellationToken) =>
        Found(context, "question", await store.GetQuestionAsync(id, cancellationToken).ConfigureAwait(false), q => q.Version, QuestionResponse.From);

    internal static async Task<IResult> CreateQuestionAsync(HttpRequest request, QuestionStore store, HttpContext context, CancellationToken cancellationToken)
    {
        var (body, errors) = await ApiJson.ReadAsync<QuestionRequest>(request, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors!);
        }

        var saved = await store.AddQuestionAsync(body.Text ?? "", body.SourceRecapId, cancellationToken).ConfigureAwait(false);
        return await AnswerCreateAsync(saved, context, "/api/questions",
            async () => QuestionResponse.From((await store.GetQuestionAsync(saved.Id, cancellationToken).ConfigureAwait(false))!)).ConfigureAwait(false);
    }

    internal static async Task<IResult> UpdateQuestionAsync(int id, HttpRequest request, QuestionStore store, HttpContext context, CancellationToken cancellationToken)
    {
        if (IfMatch(request) is not { } expected)
        {
            return PreconditionRequired();
        }

        var (body, errors) = await ApiJson.ReadAsync<QuestionRequest>(request, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors!);
        }

        if (body.Status is not { } status)
        {
            return TypedResults.ValidationProblem(ApiJson.Error("status", "Say where the question stands: open, asked, resolved or dropped."));
        }

        var saved = await store.UpdateQuestionAsync(id, body.Text ?? "", status, body.AnswerNote ?? "", expected, cancellationToken).ConfigureAwait(false);
        return await AnswerUpdateAsync(saved, context, "question",
            async () => QuestionResponse.From((await store.GetQuestionAsync(id, cancellationToken).ConfigureAwait(false))!)).ConfigureAwait(false);
    }

    internal static Task<IResult> DeleteQuestionAsync(int id, HttpRequest request, QuestionStore store, HttpContext context, CancellationToken cancellationToken) =>
        DeleteUnlessStaleAsync(request, context, "question",
            async () => (await store.GetQuestionAsync(id, cancellationToken).ConfigureAwait(false))?.Version,
            async () => await store.DeleteQuestionAsync(id, cancellationToken).ConfigureAwait(false) is not null);

    // ---------------------------------------------------------------- helpers

    /// <summary>The answer to a GET of one item: 200 with the item and its ETag, or 404.</summary>
    private static IResult Found<TItem, TResponse>(
        HttpContext context, string kind, TItem? item, Func<TItem, long> version, Func<TItem, TResponse> response)
        where TItem : class
    {
        if (item is null)
        {
            return NotFound(kind);
        }

        SetETag(context, version(item));
        return TypedResults.Ok(response(item));
    }

    /// <summary>The answer to a POST: 201 with the item read back, its address under <paramref name="path"/> and its ETag, or 400.</summary>
    private static async Task<IResult> AnswerCreateAsync<T>(SaveResult saved, HttpContext context, string path, Func<Task<T>> readBack)
    {
        if (saved.Status == SaveStatus.Invalid)
        {
            return TypedResults.ValidationProblem(Fields(saved.Errors));
        }

        var item = await readBack().ConfigureAwait(false);
        SetETag(context, saved.Version);
        return TypedResults.Created($"{path}/{saved.Id}", item);
    }

    /// <summary>What <see cref="AnswerUpdateAsync"/> can answer, for the OpenAPI document (and 428 without <c>If-Match</c>).</summary>
    private static RouteHandlerBuilder ProducesUpdateAnswers<TResponse>(this RouteHandlerBuilder builder) =>
        builder.Produces<TResponse>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);

    /// <summary>What <see cref="DeleteUnlessStaleAsync"/> can answer, for the OpenAPI document.</summary>
    private static RouteHandlerBuilder ProducesDeleteAnswers(this RouteHandlerBuilder builder) =>
        builder.Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed);

    /// <summary>The answer to a PUT: 200 with the item read back and its new ETag, 400, 412 with the stored ETag, or 404.</summary>
    private static async Task<IResult> AnswerUpdateAsync<T>(SaveResult saved, HttpContext context, string kind, Func<Task<T>> readBack)
    {
        switch (saved.Status)
        {
            case SaveStatus.Saved:
                SetETag(context, saved.Version);
                return TypedResults.Ok(await readBack().ConfigureAwait(false));
            case SaveStatus.Invalid:
                return TypedResults.ValidationProblem(Fields(saved.Errors));
            case SaveStatus.Conflict:
                return Stale(context, saved.Version);
            case SaveStatus.NotFound:
                return NotFound(kind);
            default:
                throw new InvalidOperationException("Unknown save status.");
        }
    }

    /// <summary>
    /// A DELETE: with an <c>If-Match</c> that no longer matches, 412 and nothing is deleted; otherwise 204, or 404 when
    /// there was nothing to delete. Without <c>If-Match</c> the item is deleted whatever its version.
    /// </summary>
    private static async Task<IResult> DeleteUnlessStaleAsync(
        HttpRequest request, HttpContext context, string kind, Func<Task<long?>> currentVersion, Func<Task<bool>> delete)
    {
        if (IfMatch(request) is { } expected && await currentVersion().ConfigureAwait(false) is { } current && current != expected)
        {
            return Stale(context, current);
        }

        return await delete().ConfigureAwait(false) ? TypedResults.NoContent() : NotFound(kind);
    }

    /// <summary>The recap a POST or PUT sends, or the 400 that says what is wrong with the body.</summary>
    private static async Task<(RecapDraft? Draft, IResult? Problem)> ReadDraftAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, errors) = await ApiJson.ReadAsync<RecapRequest>(request, MaxRecapBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return (null, TypedResults.ValidationProblem(errors!));
        }

        return Draft(body) is { } draft
            ? (draft, null)
            : (null, TypedResults.ValidationProblem(ApiJson.Error("sessionDate", "Add the day of the session (YYYY-MM-DD).")));
    }

    private static RecapDraft? Draft(RecapRequest body) => body.SessionDate is not { } date ? null : new RecapDraft
    {
        SessionDate = date,
        Label = body.Label ?? "",
        WhatCameUp = body.WhatCameUp ?? "",
        Takeaways = body.Takeaways ?? "",
        NextSteps = body.NextSteps ?? "",
        ToRevisit = body.ToRevisit ?? "",
        Feeling = body.Feeling,
        FeelingWords = body.FeelingWords ?? "",
        TherapistSaid = body.TherapistSaid ?? "",
        ThemeNames = body.Themes ?? [],
    };

    /// <summary>The version from <c>If-Match: "3"</c> (a weak <c>W/"3"</c> is read the same); null when absent or not a version.</summary>
    internal static long? IfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.StartsWith("W/", StringComparison.Ordinal))
        {
            header = header[2..];
        }

        header = header.Trim('"');
        return long.TryParse(header, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;
    }

    private static void SetETag(HttpContext context, long version) =>
        context.Response.Headers.ETag = new EntityTagHeaderValue($"\"{version.ToString(CultureInfo.InvariantCulture)}\"").ToString();

    private static ProblemHttpResult Stale(HttpContext context, long storedVersion)
    {
        SetETag(context, storedVersion);
        return TypedResults.Problem(
            "This item was changed since you read it. Read it again, then send your change with the new ETag.",
            statusCode: StatusCodes.Status412PreconditionFailed,
            title: "Changed since you read it",
            extensions: new Dictionary<string, object?> { ["field"] = "If-Match", ["currentVersion"] = storedVersion });
    }

    private static ProblemHttpResult PreconditionRequired() => TypedResults.Problem(
        "Send the item's ETag in an If-Match header, so a newer change is never overwritten.",
        statusCode: StatusCodes.Status428PreconditionRequired,
        title: "If-Match is required",
        extensions: new Dictionary<string, object?> { ["field"] = "If-Match" });

    private static ProblemHttpResult NotFound(string kind) => TypedResults.Problem(
        $"There is no {kind} with this id. It may have been deleted.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    /// <summary>The store's field names (<c>WhatCameUp</c>, <c>ThemeNames</c>) as the JSON names (<c>whatCameUp</c>, <c>themes</c>).</summary>
    private static Dictionary<string, string[]> Fields(IReadOnlyList<FieldError> errors) =>
        errors.GroupBy(e => e.Field switch
            {
                nameof(RecapDraft.ThemeNames) => "themes",
                { Length: > 0 } f => char.ToLowerInvariant(f[0]) + f[1..],
                _ => ApiJson.BodyField,
            })
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
}
