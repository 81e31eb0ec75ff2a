using System.Text.Json;
using CareerModel.Careers;

namespace CareerModel.Serialization;

/// <summary>A <see cref="CareerCatalog"/> as the document <see cref="CareerCatalogJson"/> reads and writes.</summary>
internal sealed class CareerCatalogJsonConverter : DocumentJsonConverter<CareerCatalog>
{
    protected override string Name => "catalog";

    protected override CareerCatalog ReadDocument(ReadOnlySpan<byte> utf8Json) => CareerCatalogJson.Read(utf8Json);

    protected override void WriteDocument(CareerCatalog value, Utf8JsonWriter writer) => CareerCatalogJson.Write(value, writer);
}
