using Microsoft.AspNetCore.Http.Features;
using Microsoft.OpenApi;

namespace Undertone.Web.Api;

/// <summary>
/// "Your data": export everything as a ZIP, import a ZIP or JSON (Undertone, jrnl, Day One), and delete everything.
/// Every error is problem details naming the file, the item and the field; nothing the person wrote is echoed.
/// </summary>
public static class DataApi
{
    public const string ZipContentType = "application/zip";

    /// <summary>What a replace import must be sent with (<c>confirm=replace everything</c>), as the page asks the person to type.</summary>
    public const string ReplaceConfirmation = "replace everything";

    public static IEndpointRouteBuilder MapDataApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/data").WithTags("Your data").RefuseOtherSites();

        group.MapGet("/export", Export)
            .WithName("ExportEverything")
            .WithSummary("Export everything as undertone-export-YYYY-MM-DD.zip (undertone.json, Markdown, README.md)")
            .WithDescription("On a shared server (server mode): the signed-in person's journal only, read as one snapshot.")
            .Produces(StatusCodes.Status200OK, contentType: ZipContentType);

        group.MapPost("/import", ImportAsync)
            .WithName("ImportData")
            .WithSummary("Import an Undertone export (ZIP or undertone.json), or a jrnl or Day One JSON export; all or nothing")
            .WithDescription("On a shared server (server mode): into the signed-in person's journal only; every imported item gets a new id there (the file's ids only link its items to each other), and replace deletes only that person's items.")
            // One Accepts for all three: routing refuses (415) any content type the last Accepts does not list.
            .Accepts<IFormFile>("multipart/form-data", ZipContentType, "application/json")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.RequestBody = ImportBody();
                return Task.CompletedTask;
            })
            .Produces<ImportResponse>()
            .ProducesValidationProblem();

        group.MapPost("/wipe", WipeAsync)
            .WithName("DeleteEverything")
            .WithSummary("Delete everything; the body must be {\"confirm\": \"delete everything\"}")
            .Accepts<WipeRequest>("application/json")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem();

        return app;
    }

    /// <summary>The import's body in the OpenAPI document: a form with one file in the field <c>file</c>, or the file itself.</summary>
    private static OpenApiRequestBody ImportBody()
    {
        static OpenApiSchema File() => new() { Type = JsonSchemaType.String, Format = "binary" };
        return new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["multipart/form-data"] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string> { "file" },
                        Properties = new Dictionary<string, IOpenApiSchema> { ["file"] = File() },
                    },
                },
                [ZipContentType] = new() { Schema = File() },
                ["application/json"] = new() { Schema = File() },
            },
        };
    }

    internal static PushStreamHttpResult Export(
        bool? includeTherapistSaid, Guid? progress, DataExport export, ExportProgress watchers, HttpContext context, CancellationToken cancellationToken)
    {
        var watcher = watchers.Find(progress);
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.Stream(
            body => export.WriteZipAsync(body, includeTherapistSaid == true, watcher, cancellationToken),
            ZipContentType,
            export.FileName());
    }

    internal static async Task<Results<Ok<ImportResponse>, ProblemHttpResult, ValidationProblem>> ImportAsync(
        string? mode, bool? dryRun, string? confirm, DataImport import, HttpContext context, CancellationToken cancellationToken)
    {
        var importMode = mode?.ToUpperInvariant() switch
        {
            null or "MERGE" => ImportMode.Merge,
            "REPLACE" => ImportMode.Replace,
            _ => (ImportMode?)null,
        };
        if (importMode is null)
        {
            return TypedResults.ValidationProblem(ApiJson.Error("mode", "Choose merge or replace."));
        }

        var preview = dryRun == true;
        if (importMode == ImportMode.Replace && !preview && !string.Equals(confirm?.Trim(), ReplaceConfirmation, StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.ValidationProblem(ApiJson.Error("confirm", $"Replacing deletes everything here first. To go ahead, send confirm={ReplaceConfirmation}."));
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = ImportReader.MaxFileBytes + (1024 * 1024);
        }

        ImportFile file;
        try
        {
            if (context.Request.HasFormContentType)
            {
                var form = await context.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
                if (form.Files.Count != 1)
                {
                    return TypedResults.ValidationProblem(ApiJson.Error("file", "Send exactly one file."));
                }

                var upload = form.Files[0];
                var stream = upload.OpenReadStream();
                await using (stream.ConfigureAwait(false))
                {
                    file = await ImportReader.ReadAsync(stream, upload.FileName, cancellationToken).ConfigureAwait(false);
                }
            }
            else
            {
                file = await ImportReader.ReadAsync(context.Request.Body, "upload", cancellationToken).ConfigureAwait(false);
            }
        }
        catch (BadHttpRequestException)
        {
            return TypedResults.ValidationProblem(ApiJson.Error("file", $"The file is larger than {ImportReader.MaxFileBytes / 1024 / 1024} MB."));
        }

        var result = preview
            ? await import.PreviewAsync(file, cancellationToken).ConfigureAwait(false)
            : await import.ApplyAsync(file, importMode.Value, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return TypedResults.Problem(Problems(result.Problems));
        }

        return TypedResults.Ok(new ImportResponse(
            result.Source, importMode.Value, !preview, result.Recaps, result.Questions, result.Themes, result.Scripts, result.AlreadyHere, result.SideBySide));
    }

    internal static async Task<Results<NoContent, ValidationProblem>> WipeAsync(HttpRequest request, DataWipe wipe, CancellationToken cancellationToken)
    {
        var (body, errors) = await ApiJson.ReadAsync<WipeRequest>(request, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors!);
        }

        if (!DataWipe.IsConfirmed(body.Confirm))
        {
            return TypedResults.ValidationProblem(ApiJson.Error("confirm", $"To delete everything, send {{\"confirm\": \"{DataWipe.Confirmation}\"}}."));
        }

        await wipe.DeleteEverythingAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    /// <summary>A 400 listing each problem under "file: item.field", and the same as a <c>problems</c> list of {file, item, field, message}.</summary>
    internal static HttpValidationProblemDetails Problems(IReadOnlyList<ImportProblem> problems)
    {
        var errors = problems
            .GroupBy(p => $"{p.File}: {p.Item}.{p.Field}", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Message).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        var details = new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "This file can't be imported. Nothing was changed.",
        };
        details.Extensions["problems"] = problems.Take(200).Select(p => new { file = p.File, item = p.Item, field = p.Field, message = p.Message }).ToList();
        return details;
    }
}
