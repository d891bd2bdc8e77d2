using System.Text.Json;
using System.Text.Json.Serialization;
using Undertone.Web.Export;

namespace Undertone.Web.Api;

/// <summary>What the JSON APIs need: camelCase JSON with enums as camelCase strings, problem details, the OpenAPI document, and the PDF exports.</summary>
public static class ApiServiceCollectionExtensions
{
    public static IServiceCollection AddUndertoneApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(options =>
        {
            // Describes enums as camelCase strings (responses and the OpenAPI document). Request bodies are read
            // stricter still, by exact name only: see ApiJson.
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        services.AddSingleton<PdfExports>();
        services.AddProblemDetails();
        services.AddOpenApi(options => options.AddDocumentTransformer<BearerSecurityScheme>());
        return services;
    }
}
