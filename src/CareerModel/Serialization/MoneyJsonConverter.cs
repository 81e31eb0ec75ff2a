using System.Text.Json;
using System.Text.Json.Serialization;
using CareerModel.Monetary;

namespace CareerModel.Serialization;

/// <summary><see cref="Money"/> as <c>{ "amount": 42000, "currency": "USD" }</c>: both required, nothing else.</summary>
internal sealed class MoneyJsonConverter : JsonConverter<Money>
{
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return JsonValues.Money(document.RootElement, "money");
    }

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("amount", value.Amount);
        writer.WriteString("currency", value.Currency.Code);
        writer.WriteEndObject();
    }
}
