using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CareerModel.Assessment;
using CareerModel.Compensation;
using CareerModel.Monetary;
using NodaTime;
using NodaTime.Text;

namespace CareerModel.Cli.Output;

/// <summary>
/// The tool's <c>--json</c> output, written field by field so its shape is exactly the one
/// docs/cli.md documents: camelCase names, money as <c>{ "amount", "currency" }</c>, days as
/// <c>yyyy-MM-dd</c>, periods as ISO 8601 (<c>P2Y6M</c>), enums as camelCase strings.
/// </summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one JSON document to the output.</summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
            write(writer);
        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>Writes money as an object of amount and currency code, or null.</summary>
    public static void WriteMoney(this Utf8JsonWriter writer, string name, Money? money)
    {
        if (money is not { } value)
        {
            writer.WriteNull(name);
            return;
        }
        writer.WriteStartObject(name);
        writer.WriteNumber("amount", value.Amount);
        writer.WriteString("currency", value.Currency.Code);
        writer.WriteEndObject();
    }

    /// <summary>Writes a band as its minimum, midpoint and maximum, or null.</summary>
    public static void WriteBand(this Utf8JsonWriter writer, string name, SalaryBand? band)
    {
        if (band is null)
        {
            writer.WriteNull(name);
            return;
        }
        writer.WriteStartObject(name);
        writer.WriteMoney("minimum", band.Minimum);
        writer.WriteMoney("midpoint", band.Midpoint);
        writer.WriteMoney("maximum", band.Maximum);
        writer.WriteEndObject();
    }

    /// <summary>Writes a day as yyyy-MM-dd.</summary>
    public static void WriteDate(this Utf8JsonWriter writer, string name, LocalDate date) =>
        writer.WriteString(name, LocalDatePattern.Iso.Format(date));

    /// <summary>Writes a period in ISO 8601, such as <c>P2Y6M</c>, or null.</summary>
    public static void WritePeriod(this Utf8JsonWriter writer, string name, Period? period)
    {
        if (period is null)
            writer.WriteNull(name);
        else
            writer.WriteString(name, PeriodPattern.NormalizingIso.Format(period));
    }

    /// <summary>Writes an enum value as a camelCase string.</summary>
    public static void WriteEnum<T>(this Utf8JsonWriter writer, string name, T value) where T : struct, Enum =>
        writer.WriteString(name, JsonNamingPolicy.CamelCase.ConvertName(value.ToString()));

    /// <summary>Writes a skill gap: the skill, the levels had and needed, and what closing it is worth.</summary>
    public static void WriteGap(this Utf8JsonWriter writer, SkillGap gap)
    {
        writer.WriteStartObject();
        writer.WriteString("skillId", gap.SkillId);
        writer.WriteString("skillName", gap.SkillName);
        writer.WriteNumber("have", gap.Have);
        writer.WriteNumber("need", gap.Need);
        writer.WriteNumber("importance", gap.Importance);
        writer.WriteBoolean("required", gap.IsRequired);
        writer.WriteNumber("shortfall", gap.Shortfall);
        writer.WriteNumber("impact", gap.Impact);
        writer.WriteEndObject();
    }
}
