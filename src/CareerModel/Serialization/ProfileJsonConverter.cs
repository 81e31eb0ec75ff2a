using System.Text.Json;
using CareerModel.People;

namespace CareerModel.Serialization;

/// <summary>A <see cref="Profile"/> as the document <see cref="ProfileJson"/> reads and writes, checked on its own (no catalog).</summary>
internal sealed class ProfileJsonConverter : DocumentJsonConverter<Profile>
{
    protected override string Name => "profile";

    protected override Profile ReadDocument(ReadOnlySpan<byte> utf8Json) => ProfileJson.Read(utf8Json);

    protected override void WriteDocument(Profile value, Utf8JsonWriter writer) => ProfileJson.Write(value, writer);
}
