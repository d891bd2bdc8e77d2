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
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false)));
        services.AddSingleton<PdfExports>();
        services.AddProblemDetails();
        services.AddOpenApi();
        return services;
    }
}
