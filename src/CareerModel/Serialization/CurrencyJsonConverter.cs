using System.Text.Json;
using System.Text.Json.Serialization;
using CareerModel.Monetary;

namespace CareerModel.Serialization;

/// <summary>A <see cref="Currency"/> as its ISO 4217 code, one of <see cref="Currency.BuiltIn"/>.</summary>
internal sealed class CurrencyJsonConverter : JsonConverter<Currency>
{
    public override Currency Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonValues.Currency(JsonValues.String(ref reader, "a currency code such as USD"));

    public override void Write(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.Code);
    }
}
