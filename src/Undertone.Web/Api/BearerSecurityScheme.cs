using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Undertone.Web.Api;

/// <summary>Tells API clients in the OpenAPI document that every <c>/api</c> call needs the launch token as a bearer token.</summary>
internal sealed class BearerSecurityScheme : IOpenApiDocumentTransformer
{
    public const string SchemeName = "launchToken";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "The token Undertone writes to the access-token file in its data folder at each start.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] });
        return Task.CompletedTask;
    }
}
