namespace Undertone.Web.Locking;

/// <summary>
/// The passphrase lock over HTTP, for scripts and tests, under the same session/token rule as the rest of
/// <c>/api</c>. Answers never repeat a passphrase or key that was sent; wrong ones are 401 problem details.
/// </summary>
public static class LockApi
{
    public const string LockPath = "/api/lock";

    public const string UnlockPath = "/api/unlock";

    public static IEndpointRouteBuilder MapLockApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api").WithTags("Lock");

        group.MapGet("/lock", (LockKeeper keeper) => TypedResults.Ok(keeper.State))
            .WithName("GetLock")
            .WithSummary("Whether the journal can be, is, and is now locked");

        group.MapPost("/lock/setup", SetUpAsync)
            .WithName("SetUpLock")
            .WithSummary("Set a passphrase: encrypts the journal and returns the recovery key, once")
            .WithJsonBody<SetUpLockRequest>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/lock/passphrase", ChangeAsync)
            .WithName("ChangePassphrase")
            .WithSummary("Change the passphrase (the recovery key stays the same)")
            .WithPassphraseBody<ChangePassphraseRequest>();

        group.MapPost("/lock", async (LockKeeper keeper) =>
            {
                await keeper.LockNowAsync("asked through the API").ConfigureAwait(false);
                return TypedResults.Ok(keeper.State);
            })
            .WithName("LockNow")
            .WithSummary("Lock the journal now");

        group.MapPost("/unlock", UnlockAsync)
            .WithName("Unlock")
            .WithSummary("Unlock with the passphrase or the recovery key")
            .WithPassphraseBody<UnlockRequest>();

        group.MapDelete("/lock", RemoveAsync)
            .WithName("RemoveLock")
            .WithSummary("Remove the passphrase: the journal becomes a plain file again")
            .WithPassphraseBody<RemoveLockRequest>();

        app.MapSessionRenewal();
        return app;
    }

    /// <summary>
    /// A call whose body carries a passphrase or the recovery key: 400 for a body that can't be used, 401 when it doesn't
    /// match, 429 while the next try must wait.
    /// </summary>
    private static RouteHandlerBuilder WithPassphraseBody<T>(this RouteHandlerBuilder builder) =>
        builder.WithJsonBody<T>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    /// <summary>The 401 every other <c>/api</c> call gets while the journal is locked.</summary>
    internal static ProblemHttpResult Locked() =>
        TypedResults.Problem(title: "The journal is locked", detail: LockMessages.Locked, statusCode: StatusCodes.Status401Unauthorized);

    internal static async Task<Results<Ok<RecoveryKeyResponse>, ValidationProblem, ProblemHttpResult>> SetUpAsync(
        HttpRequest request, LockKeeper keeper, CancellationToken cancellationToken)
    {
        var (body, errors) = await ApiJson.ReadAsync<SetUpLockRequest>(request, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors!);
        }

        if (LockMessages.CheckNewPassphrase(body.Passphrase) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["passphrase"] = [problem] });
        }

        var state = keeper.State;
        if (!state.Available)
        {
            return TypedResults.Problem(title: "Encryption is not available", detail: "This copy of Undertone was built without its encrypting SQLite, so it cannot lock the journal.", statusCode: StatusCodes.Status409Conflict);
        }

        if (state.Encrypted)
        {
            return TypedResults.Problem(title: "There is a passphrase already", detail: "Change the passphrase or remove the lock instead.", statusCode: StatusCodes.Status409Conflict);
        }

        var recoveryKey = await keeper.SetUpAsync(body.Passphrase!, cancellationToken).ConfigureAwait(false);
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new RecoveryKeyResponse(recoveryKey));
    }

    internal static async Task<Results<Ok<LockState>, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        HttpRequest request, LockKeeper keeper, CancellationToken cancellationToken)
    {
        var (body, errors) = await ApiJson.ReadAsync<ChangePassphraseRequest>(request, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors!);
        }

        var missing = new Dictionary<string, string[]>();
        if (string.IsNullOrEmpty(body.Current))
        {
            missing["current"] = ["Send the current passphrase."];
        }

        if (LockMessages.CheckNewPassphrase(body.Next) is { } problem)
        {
            missing["next"] = [problem];
        }

        if (missing.Count > 0)
        {
            return TypedResults.ValidationProblem(missing);
        }

        if (NoPassphrase(keeper) is { } none)
        {
            return none;
        }

        var result = await keeper.ChangePassphraseAsync(body.Current!, body.Next!, cancellationToken).ConfigureAwait(false);
        return result.IsAccepted ? TypedResults.Ok(keeper.State) : NotAccepted(request.HttpContext, result, "passphrase");
    }

    internal static async Task<Results<Ok<LockState>, ValidationProblem, ProblemHttpResult>> UnlockAsync(
        HttpRequest request, LockKeeper keeper, CancellationToken cancellationToken)
    {
        var (body, errors) = await ApiJson.ReadAsync<UnlockRequest>(request, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors!);
        }

        var hasPassphrase = !string.IsNullOrEmpty(body.Passphrase);
        var hasRecoveryKey = !string.IsNullOrEmpty(body.RecoveryKey);
        if (hasPassphrase == hasRecoveryKey)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [ApiJson.BodyField] = ["Send either 'passphrase' or 'recoveryKey'."],
            });
        }

        if (NoPassphrase(keeper) is { } none)
        {
            return none;
        }

        var result = hasPassphrase
            ? await keeper.UnlockAsync(body.Passphrase!, cancellationToken).ConfigureAwait(false)
            : await keeper.UnlockWithRecoveryKeyAsync(body.RecoveryKey!, cancellationToken).ConfigureAwait(false);
        return result.IsAccepted
            ? TypedResults.Ok(keeper.State)
            : NotAccepted(request.HttpContext, result, hasPassphrase ? "passphrase" : "recovery key");
    }

    internal static async Task<Results<Ok<LockState>, ValidationProblem, ProblemHttpResult>> RemoveAsync(
        HttpRequest request, LockKeeper keeper, CancellationToken cancellationToken)
    {
        var (body, errors) = await ApiJson.ReadAsync<RemoveLockRequest>(request, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors!);
        }

        if (string.IsNullOrEmpty(body.Passphrase))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["passphrase"] = ["Send the passphrase to confirm."] });
        }

        if (NoPassphrase(keeper) is { } none)
        {
            return none;
        }

        var result = await keeper.RemoveAsync(body.Passphrase, cancellationToken).ConfigureAwait(false);
        return result.IsAccepted ? TypedResults.Ok(keeper.State) : NotAccepted(request.HttpContext, result, "passphrase");
    }

    private static ProblemHttpResult? NoPassphrase(LockKeeper keeper) =>
        keeper.State.Encrypted
            ? null
            : TypedResults.Problem(title: "There is no passphrase", detail: "The journal has no passphrase yet; set one first.", statusCode: StatusCodes.Status409Conflict);

    private static ProblemHttpResult NotAccepted(HttpContext context, PassphraseResult result, string what)
    {
        if (result.RetryAfter > TimeSpan.Zero)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(result.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        return result.Check == PassphraseCheck.WaitFirst
            ? TypedResults.Problem(title: "Please wait a moment", detail: LockMessages.NotAccepted(result, what), statusCode: StatusCodes.Status429TooManyRequests)
            : TypedResults.Problem(title: $"That {what} didn't match", detail: LockMessages.NotAccepted(result, what), statusCode: StatusCodes.Status401Unauthorized);
    }
}
