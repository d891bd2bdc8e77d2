using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Undertone.Web.Api;

/// <summary>
/// Reads a JSON request body with a size cap and turns every way it can be wrong (too big, not JSON, malformed,
/// an unknown value or field) into a field-named validation error, so bad input is a 400, never a 500.
/// Error messages never repeat what the user sent.
/// </summary>
internal static class ApiJson
{
    public const int MaxBodyBytes = 64 * 1024;

    public const string BodyField = "body";

    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    public static Task<(T? Value, Dictionary<string, string[]>? Errors)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class => ReadAsync<T>(request, MaxBodyBytes, cancellationToken);

    /// <summary>As above, with a larger cap for bodies that carry long text (a recap's seven fields).</summary>
    public static async Task<(T? Value, Dictionary<string, string[]>? Errors)> ReadAsync<T>(HttpRequest request, int maxBodyBytes, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, Error(BodyField, "Send the request body as JSON (Content-Type: application/json)."));
        }

        if (request.ContentLength > maxBodyBytes)
        {
            return (null, TooLarge(maxBodyBytes));
        }

        var buffer = ArrayPool<byte>.Shared.Rent(maxBodyBytes + 1);
        try
        {
            var read = 0;
            try
            {
                while (read <= maxBodyBytes)
                {
                    var n = await request.Body.ReadAsync(buffer.AsMemory(read, maxBodyBytes + 1 - read), cancellationToken).ConfigureAwait(false);
                    if (n == 0)
                    {
                        break;
                    }

                    read += n;
                }
            }
            catch (BadHttpRequestException)
            {
                return (null, TooLarge(maxBodyBytes));
            }

            if (read > maxBodyBytes)
            {
                return (null, TooLarge(maxBodyBytes));
            }

            var options = StrictOptions(request.HttpContext.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions);
            try
            {
                var json = buffer.AsSpan(0, read);
                if (json.StartsWith(Utf8ByteOrderMark))
                {
                    json = json[Utf8ByteOrderMark.Length..]; // some editors and tools write one before the JSON
                }

                var value = JsonSerializer.Deserialize<T>(json, options);
                return value is null ? (null, Error(BodyField, "A JSON object is required.")) : (value, null);
            }
            catch (JsonException ex)
            {
                var field = FieldFromPath(ex.Path);
                return (null, Error(field, field == BodyField
                    ? "The body is not valid JSON."
                    : "This value is not valid here: check the spelling, the type and the allowed values."));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static readonly ConditionalWeakTable<JsonSerializerOptions, JsonSerializerOptions> Strict = [];

    /// <summary>The app's JSON options with enums read only from their exact names (see <see cref="ExactEnumConverterFactory"/>).</summary>
    private static JsonSerializerOptions StrictOptions(JsonSerializerOptions appOptions) =>
        Strict.GetValue(appOptions, static o =>
        {
            var strict = new JsonSerializerOptions(o);
            strict.Converters.Insert(0, new ExactEnumConverterFactory());
            strict.MakeReadOnly(populateMissingResolver: true);
            return strict;
        });

    public static Dictionary<string, string[]> Error(string field, string message) => new() { [field] = [message] };

    /// <summary>"$.tone" becomes "tone", "$.reasons[2]" becomes "reasons"; the root or an unknown place is "body".</summary>
    internal static string FieldFromPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || !path.StartsWith("$.", StringComparison.Ordinal))
        {
            return BodyField;
        }

        var field = path[2..];
        var end = field.IndexOfAny(['[', '.']);
        return end > 0 ? field[..end] : field;
    }

    private static Dictionary<string, string[]> TooLarge(int maxBodyBytes) =>
        Error(BodyField, $"The request body is too large (the limit is {maxBodyBytes / 1024} KB).");
}
