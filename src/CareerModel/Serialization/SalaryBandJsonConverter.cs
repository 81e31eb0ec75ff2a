using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using CareerModel.Compensation;
using CareerModel.Monetary;
using NodaTime.Text;

namespace CareerModel.Serialization;

/// <summary>
/// A <see cref="SalaryBand"/> as a catalog's pay band (docs/json-format.md, "Pay band"): its
/// currency once, plain amounts, optional percentiles, mean and provenance. The band's own rules
/// (minimum ≤ midpoint ≤ maximum, percentiles never decreasing) refuse a bad one.
/// </summary>
internal sealed class SalaryBandJsonConverter : JsonConverter<SalaryBand>
{
    private const string What = "a pay band";

    private static readonly ImmutableArray<string> PercentileNames = ["p10", "p25", "p50", "p75", "p90"];

    public override SalaryBand Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var band = JsonValues.Properties(document.RootElement, What, "currency", "minimum", "midpoint", "maximum", "percentiles", "mean", "provenance");
        var currency = JsonValues.Currency(JsonValues.Text(JsonValues.Required(band, "currency", What), "currency"));
        Money Amount(JsonElement value, string name) => new(JsonValues.Amount(value, name), currency);
        var minimum = Amount(JsonValues.Required(band, "minimum", What), "minimum");
        var maximum = Amount(JsonValues.Required(band, "maximum", What), "maximum");
        try
        {
            var midpoint = JsonValues.Optional(band, "midpoint") is { } given ? Amount(given, "midpoint") : SalaryBand.FromRange(minimum, maximum).Midpoint;
            var mean = JsonValues.Optional(band, "mean") is { } m ? Amount(m, "mean") : (Money?)null;
            PayPercentiles? percentiles = null;
            if (JsonValues.Optional(band, "percentiles") is { } p)
            {
                var known = JsonValues.Properties(p, "a band's percentiles", PercentileNames.AsSpan());
                Money? At(string name) => JsonValues.Optional(known, name) is { } value ? Amount(value, name) : null;
                percentiles = new PayPercentiles(At("p10"), At("p25"), At("p50"), At("p75"), At("p90"));
            }
            var result = new SalaryBand(minimum, midpoint, maximum, percentiles, mean);
            return JsonValues.Optional(band, "provenance") is { } provenance ? result.WithProvenance(ReadProvenance(provenance)) : result;
        }
        catch (ArgumentException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    public override void Write(Utf8JsonWriter writer, SalaryBand value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("currency", value.Currency.Code);
        writer.WriteNumber("minimum", value.Minimum.Amount);
        writer.WriteNumber("midpoint", value.Midpoint.Amount);
        writer.WriteNumber("maximum", value.Maximum.Amount);
        if (value.Percentiles is { } percentiles)
        {
            writer.WriteStartObject("percentiles");
            Money?[] all = [percentiles.P10, percentiles.P25, percentiles.P50, percentiles.P75, percentiles.P90];
            for (var i = 0; i < all.Length; i++)
            {
                if (all[i] is { } at)
                    writer.WriteNumber(PercentileNames[i], at.Amount);
            }
            writer.WriteEndObject();
        }
        if (value.Mean is { } mean)
            writer.WriteNumber("mean", mean.Amount);
        if (value.Provenance is { } provenance)
        {
            writer.WriteStartObject("provenance");
            writer.WriteString("source", provenance.Source);
            if (provenance.EffectiveDate is { } date)
                writer.WriteString("effectiveDate", LocalDatePattern.Iso.Format(date));
            if (provenance.Vintage is { } vintage)
                writer.WriteString("vintage", vintage);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    private static Provenance ReadProvenance(JsonElement element)
    {
        const string what = "a band's provenance";
        var properties = JsonValues.Properties(element, what, "source", "effectiveDate", "vintage");
        var source = JsonValues.Text(JsonValues.Required(properties, "source", what), "source");
        var date = JsonValues.Optional(properties, "effectiveDate") is { } d
            ? LocalDatePattern.Iso.Parse(JsonValues.Text(d, "effectiveDate")) is { Success: true } parsed
                ? parsed.Value
                : throw new JsonException($"Property 'effectiveDate' of {what} is not a date; write it as yyyy-MM-dd.")
            : (NodaTime.LocalDate?)null;
        var vintage = JsonValues.Optional(properties, "vintage") is { } v ? JsonValues.Text(v, "vintage") : null;
        return new Provenance(source, date, vintage);
    }
}
