using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Undertone.Web.Api;

/// <summary>
/// Reads enums only from their exact camelCase names ("shortRecap"). Unlike <see cref="JsonStringEnumConverter"/>, it
/// refuses numbers, other casings and comma-joined lists ("audio, transcript"), which would otherwise be read as a
/// different, valid-looking value. Writes the same camelCase names.
/// </summary>
internal sealed class ExactEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(ExactEnumConverter<>).MakeGenericType(typeToConvert))!;

    private sealed class ExactEnumConverter<T> : JsonConverter<T>
        where T : struct, Enum
    {
        private static readonly FrozenDictionary<string, T> ByName = Enum.GetValues<T>()
            .ToFrozenDictionary(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()), StringComparer.Ordinal);

        private static readonly FrozenDictionary<T, string> Names = ByName.ToFrozenDictionary(p => p.Value, p => p.Key);

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String && ByName.TryGetValue(reader.GetString()!, out var value))
            {
                return value;
            }

            throw new JsonException(); // ApiJson names the field from the path; the message never echoes the input
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            if (!Names.TryGetValue(value, out var name))
            {
                throw new JsonException($"{typeof(T).Name} has no value {Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)}.");
            }

            writer.WriteStringValue(name);
        }
    }
}
