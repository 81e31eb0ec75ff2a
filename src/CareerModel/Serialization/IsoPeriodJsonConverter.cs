using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace CareerModel.Serialization;

/// <summary>
/// A <see cref="Period"/> as ISO 8601 text (<c>P2Y6M</c>), written and read with NodaTime's
/// round-trip pattern, so every period reads back equal — unit by unit, <c>P18M</c> stays <c>P18M</c>.
/// </summary>
internal sealed class IsoPeriodJsonConverter : JsonConverter<Period>
{
    public override Period Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonValues.String(ref reader, "an ISO 8601 period such as P2Y6M");
        return PeriodPattern.Roundtrip.Parse(text) is { Success: true } parsed
            ? parsed.Value
            : throw new JsonException($"'{JsonValues.Quote(text)}' is not an ISO 8601 period; write it such as P2Y6M or P18M.");
    }

    public override void Write(Utf8JsonWriter writer, Period value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(PeriodPattern.Roundtrip.Format(value));
    }
}
