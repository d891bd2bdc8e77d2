namespace Undertone.Web.Api;

/// <summary>
/// <c>?paper=</c> on the exports: only a paper size's exact name. The framework would also take a number, even
/// one that names no size (<c>paper=99</c>), and the PDF would silently come out on the stored paper instead.
/// </summary>
internal static class PaperQuery
{
    public const string Field = "paper";

    public static async ValueTask<object?> RefuseUnknown(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var query = context.HttpContext.Request.Query;
        if (query.TryGetValue(Field, out var values)
            && (values.Count != 1 || !Enum.GetNames<PaperSize>().Contains(values[0], StringComparer.Ordinal)))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [Field] = [$"Choose one paper size: {string.Join(" or ", Enum.GetNames<PaperSize>())}."],
            });
        }

        return await next(context).ConfigureAwait(false);
    }
}
