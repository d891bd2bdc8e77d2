using Microsoft.OpenApi;

namespace Undertone.Web.Api;

/// <summary>How an endpoint that reads its own JSON body describes that body in the OpenAPI document.</summary>
public static class OpenApiJsonBody
{
    /// <summary>
    /// Describes the JSON body in the OpenAPI document. The handlers read the body themselves (to name the field in
    /// every error), and <c>Accepts&lt;T&gt;</c> would make the framework reject other content types with an empty 400.
    /// </summary>
    public static RouteHandlerBuilder WithJsonBody<T>(this RouteHandlerBuilder builder) =>
        builder.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(T), null, cancellationToken).ConfigureAwait(false);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
            };
        });
}
