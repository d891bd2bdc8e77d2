using System.Text.Json;
using System.Text.Json.Serialization;
using Undertone.Domain.Consent;

namespace Undertone.Data.Consent;

/// <summary>
/// Writes a <see cref="ConsentAsk"/> as JSON (enums by name) and reads it back. Reading never throws: a document
/// that is damaged or from a newer version gives back what can be read, with defaults for the rest.
/// </summary>
public static class AskJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(ConsentAsk ask)
    {
        ArgumentNullException.ThrowIfNull(ask);
        return JsonSerializer.Serialize(Document.From(ask), Options);
    }

    public static ConsentAsk Read(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new ConsentAsk();
        }

        try
        {
            return JsonSerializer.Deserialize<Document>(json, Options)?.ToAsk() ?? new ConsentAsk();
        }
        catch (JsonException)
        {
            return new ConsentAsk();
        }
    }

    internal static JsonSerializerOptions SerializerOptions => Options;

    /// <summary>The names that are values of <typeparamref name="T"/>, once each; unknown names are skipped.</summary>
    internal static T[] ParseAll<T>(IEnumerable<string>? names)
        where T : struct, Enum =>
        names is null ? [] : names.Select(ParseOrNull<T>).OfType<T>().Distinct().ToArray();

    private static T? ParseOrNull<T>(string? name)
        where T : struct, Enum =>
        Enum.TryParse<T>(name, ignoreCase: false, out var value) && Enum.IsDefined(value) && !int.TryParse(name, out _) ? value : null;

    /// <summary>
    /// The stored shape of an ask. Every property is optional so older documents still read. Older documents may
    /// hold <c>noIsOkay</c> / <c>openToAlternatives</c>; they are ignored, since those promises are always made.
    /// </summary>
    internal sealed record Document
    {
        public List<string>? Reasons { get; init; }

        public string? CustomReason { get; init; }

        public List<string>? MemoryContexts { get; init; }

        public string? Format { get; init; }

        public string? Storage { get; init; }

        public string? Access { get; init; }

        public string? AccessPerson { get; init; }

        public string? Retention { get; init; }

        public int? RetentionDays { get; init; }

        public string? Use { get; init; }

        public string? SharePerson { get; init; }

        public string? Tone { get; init; }

        public string? Length { get; init; }

        public string? Delivery { get; init; }

        public string? TherapistName { get; init; }

        public string? UserName { get; init; }

        public static Document From(ConsentAsk ask) => new()
        {
            Reasons = ask.Reasons.Select(r => r.ToString()).ToList(),
            CustomReason = ask.CustomReason,
            MemoryContexts = ask.MemoryContexts.Select(m => m.ToString()).ToList(),
            Format = ask.Format.ToString(),
            Storage = ask.Storage.ToString(),
            Access = ask.Access.ToString(),
            AccessPerson = ask.AccessPerson,
            Retention = ask.Retention.Kind.ToString(),
            RetentionDays = ask.Retention.Days,
            Use = ask.Use.ToString(),
            SharePerson = ask.SharePerson,
            Tone = ask.Tone.ToString(),
            Length = ask.Length.ToString(),
            Delivery = ask.Delivery.ToString(),
            TherapistName = ask.TherapistName,
            UserName = ask.UserName,
        };

        public ConsentAsk ToAsk()
        {
            var defaults = new ConsentAsk();
            var retentionKind = Parse(Retention, defaults.Retention.Kind);
            var retention = retentionKind switch
            {
                RetentionKind.DeleteAfterDays when RetentionDays is >= RetentionRule.MinDays and <= RetentionRule.MaxDays =>
                    RetentionRule.DeleteAfterDays(RetentionDays.Value),
                RetentionKind.DeleteAfterDays => defaults.Retention,
                RetentionKind.DeleteAfterReview => RetentionRule.DeleteAfterReview,
                RetentionKind.KeepUntilTherapyEnds => RetentionRule.KeepUntilTherapyEnds,
            };
            var reasons = ParseAll<AskReason>(Reasons);
            return new ConsentAsk
            {
                Reasons = Reasons is null || (reasons.Length == 0 && string.IsNullOrWhiteSpace(CustomReason)) ? defaults.Reasons : reasons,
                CustomReason = CustomReason,
                MemoryContexts = ParseAll<MemoryContext>(MemoryContexts),
                Format = Parse(Format, defaults.Format),
                Storage = Parse(Storage, defaults.Storage),
                Access = Parse(Access, defaults.Access),
                AccessPerson = AccessPerson,
                Retention = retention,
                Use = Parse(Use, defaults.Use),
                SharePerson = SharePerson,
                Tone = Parse(Tone, defaults.Tone),
                Length = Parse(Length, defaults.Length),
                Delivery = Parse(Delivery, defaults.Delivery),
                TherapistName = TherapistName,
                UserName = UserName,
            };
        }

        private static T Parse<T>(string? name, T fallback)
            where T : struct, Enum => ParseOrNull<T>(name) ?? fallback;
    }
}
