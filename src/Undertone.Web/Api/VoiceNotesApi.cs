using Microsoft.AspNetCore.Http.Features;

namespace Undertone.Web.Api;

/// <summary>
/// The own-voice recap: the recorder starts a note, sends its audio a chunk at a time while recording (so closing the
/// tab loses at most the last second or so), and finishes it; the recap page lists and plays it. Audio is served only
/// to the signed-in session, with Range support and <c>Cache-Control: no-store</c>, and never to another site.
/// </summary>
public static class VoiceNotesApi
{
    public const string AudioRouteName = "GetVoiceNoteAudio";

    public static IEndpointRouteBuilder MapVoiceNotesApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var onRecap = app.MapGroup("/api/recaps/{recapId:int}/voice-notes").WithTags("Voice notes").RefuseOtherSites();
        onRecap.MapGet("/", ListAsync).WithName("ListVoiceNotes").WithSummary("A recap's voice notes, oldest first (no audio)")
            .Produces<VoiceNoteResponse[]>().ProducesProblem(StatusCodes.Status404NotFound);
        onRecap.MapPost("/", StartAsync).WithName("StartVoiceNote")
            .WithSummary("Start recording a voice note on a recap (WebM or Ogg audio); it takes the deletion rule in force now")
            .Accepts<VoiceNoteStartRequest>("application/json").Produces<VoiceNoteResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        var notes = app.MapGroup("/api/voice-notes").WithTags("Voice notes").RefuseOtherSites().AddEndpointFilter(ApiProblems.NameUnreadableValues);
        notes.MapPost("/{id:int}/chunks", AppendAsync).WithName("AddVoiceNoteChunk")
            .WithSummary("Add the next piece of audio (sequence 0, 1, 2…; up to 1 MB) and the length recorded so far; a repeated piece is ignored")
            .Accepts<byte[]>("application/octet-stream").Produces(StatusCodes.Status204NoContent).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        notes.MapPost("/{id:int}/finish", FinishAsync).WithName("FinishVoiceNote").WithSummary("Recording stopped: the note is complete")
            .Produces(StatusCodes.Status204NoContent).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        notes.MapGet("/{id:int}/audio", AudioAsync).WithName(AudioRouteName)
            .WithSummary("The recording, with Range support; never cached")
            .Produces(StatusCodes.Status200OK, contentType: "audio/webm").Produces(StatusCodes.Status206PartialContent, contentType: "audio/webm")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status416RangeNotSatisfiable);
        notes.MapPut("/{id:int}/name", RenameAsync).WithName("RenameVoiceNote").WithSummary("Rename a voice note")
            .Accepts<VoiceNoteRenameRequest>("application/json").Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        notes.MapDelete("/{id:int}", DeleteAsync).WithName("DeleteVoiceNote").WithSummary("Delete a voice note (really: its audio leaves every file)")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    internal static async Task<Results<Ok<VoiceNoteResponse[]>, ProblemHttpResult>> ListAsync(int recapId, VoiceNoteStore store, RecapStore recaps, CancellationToken cancellationToken)
    {
        if (await recaps.GetRecapAsync(recapId, cancellationToken).ConfigureAwait(false) is null)
        {
            return RecapNotFound();
        }

        var list = await store.ListAsync(recapId, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(list.Select(VoiceNoteResponse.From).ToArray());
    }

    internal static async Task<Results<Created<VoiceNoteResponse>, ValidationProblem, ProblemHttpResult>> StartAsync(
        int recapId, HttpRequest request, VoiceNoteStore store, CancellationToken cancellationToken)
    {
        var (body, errors) = await ApiJson.ReadAsync<VoiceNoteStartRequest>(request, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors!);
        }

        if (!VoiceNoteStore.IsAllowedContentType(body.ContentType))
        {
            return TypedResults.ValidationProblem(ApiJson.Error("contentType", "Voice notes are WebM or Ogg audio (audio/webm or audio/ogg)."));
        }

        var note = await store.StartAsync(recapId, body.ContentType!, cancellationToken).ConfigureAwait(false);
        return note is null
            ? RecapNotFound()
            : TypedResults.Created($"/api/voice-notes/{note.Id}/audio", VoiceNoteResponse.From(note));
    }

    internal static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> AppendAsync(
        int id, int? sequence, long? durationMs, HttpContext context, VoiceNoteStore store, CancellationToken cancellationToken)
    {
        if (sequence is null or < 0)
        {
            return TypedResults.ValidationProblem(ApiJson.Error("sequence", "Send the piece's number: 0 for the first, then 1, 2, and so on."));
        }

        if (durationMs is null or < 0)
        {
            return TypedResults.ValidationProblem(ApiJson.Error("durationMs", "Send the length recorded so far, in milliseconds."));
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = VoiceNote.MaxChunkBytes;
        }

        byte[] data;
        try
        {
            data = await ReadBodyAsync(context.Request, cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException)
        {
            return TooLarge();
        }

        if (data.Length == 0)
        {
            return TypedResults.ValidationProblem(ApiJson.Error(ApiJson.BodyField, "The piece of audio is empty."));
        }

        return await store.AppendAsync(id, sequence.Value, data, durationMs.Value, cancellationToken).ConfigureAwait(false) switch
        {
            ChunkResult.Saved => TypedResults.NoContent(),
            ChunkResult.NotFound => NoteNotFound(),
            ChunkResult.Finished => TypedResults.Problem("This voice note is finished; start a new one to record more.", statusCode: StatusCodes.Status409Conflict),
            ChunkResult.TooLong => TypedResults.Problem(
                $"A voice note can be up to {VoiceNote.MaxDuration.TotalMinutes:0} minutes long.", statusCode: StatusCodes.Status413PayloadTooLarge),
        };
    }

    internal static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> FinishAsync(int id, long? durationMs, VoiceNoteStore store, CancellationToken cancellationToken)
    {
        if (durationMs is null or < 0)
        {
            return TypedResults.ValidationProblem(ApiJson.Error("durationMs", "Send the length recorded, in milliseconds."));
        }

        return await store.FinishAsync(id, durationMs.Value, cancellationToken).ConfigureAwait(false) ? TypedResults.NoContent() : NoteNotFound();
    }

    internal static async Task<IResult> AudioAsync(int id, HttpContext context, VoiceNoteStore store, CancellationToken cancellationToken)
    {
        var audio = await store.ReadAudioAsync(id, cancellationToken).ConfigureAwait(false);
        if (audio is null)
        {
            return NoteNotFound();
        }

        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(audio.Data, audio.ContentType.Split(';', 2)[0], enableRangeProcessing: true);
    }

    internal static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RenameAsync(int id, HttpRequest request, VoiceNoteStore store, CancellationToken cancellationToken)
    {
        var (body, errors) = await ApiJson.ReadAsync<VoiceNoteRenameRequest>(request, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors!);
        }

        var result = await store.RenameAsync(id, body.Name, cancellationToken).ConfigureAwait(false);
        return result.Status switch
        {
            SaveStatus.Saved => TypedResults.NoContent(),
            SaveStatus.Invalid => TypedResults.ValidationProblem(result.Errors.ToDictionary(e => e.Field, e => new[] { e.Message }, StringComparer.Ordinal)),
            SaveStatus.NotFound or SaveStatus.Conflict => NoteNotFound(),
        };
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(int id, VoiceNoteStore store, CancellationToken cancellationToken) =>
        await store.DeleteAsync(id, cancellationToken).ConfigureAwait(false) ? TypedResults.NoContent() : NoteNotFound();

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > VoiceNote.MaxChunkBytes)
            {
                throw new BadHttpRequestException("Too large", StatusCodes.Status413PayloadTooLarge);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static ProblemHttpResult TooLarge() =>
        TypedResults.Problem($"A piece of audio can be up to {VoiceNote.MaxChunkBytes / 1024 / 1024} MB.", statusCode: StatusCodes.Status413PayloadTooLarge);

    private static ProblemHttpResult NoteNotFound() =>
        TypedResults.Problem("We couldn't find that voice note. It may have been deleted.", statusCode: StatusCodes.Status404NotFound);

    private static ProblemHttpResult RecapNotFound() =>
        TypedResults.Problem("We couldn't find that recap. It may have been deleted.", statusCode: StatusCodes.Status404NotFound);
}
