using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace CareerModel.Serialization;

/// <summary>A <see cref="LocalDate"/> as ISO 8601 text, <c>yyyy-MM-dd</c>, as the documents write dates.</summary>
internal sealed class IsoLocalDateJsonConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonValues.String(ref reader, "a date, yyyy-MM-dd");
        return LocalDatePattern.Iso.Parse(text) is { Success: true } parsed
            ? parsed.Value
            : throw new JsonException($"'{JsonValues.Quote(text)}' is not a date; write it as yyyy-MM-dd, such as 2026-12-03.");
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value.WithCalendar(CalendarSystem.Iso)));
    }
}
