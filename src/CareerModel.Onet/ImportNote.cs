using CareerModel.Internal;
using CareerModel.Onet.Internal;

namespace CareerModel.Onet;

/// <summary>
/// Something the import did that a careful user should know: a row skipped and why, a rating
/// dropped by the options, a wage joined through a broader code.
/// </summary>
public sealed class ImportNote : IEquatable<ImportNote>
{
    /// <summary>Creates a note.</summary>
    /// <param name="kind">What the note reports.</param>
    /// <param name="occupationCode">The O*NET-SOC code concerned, if any.</param>
    /// <param name="message">What happened and why, as one sentence.</param>
    /// <exception cref="ArgumentException">The message is blank.</exception>
    public ImportNote(ImportNoteKind kind, string? occupationCode, string message)
    {
        if (!Enum.IsDefined(kind))
            throw InvariantArgument.OutOfRange(nameof(kind), kind, $"kind {(int)kind} is not a defined ImportNoteKind value.");
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Kind = kind;
        OccupationCode = string.IsNullOrWhiteSpace(occupationCode) ? null : occupationCode.Trim();
        Message = message.Trim();
    }

    /// <summary>Gets what the note reports.</summary>
    public ImportNoteKind Kind { get; }

    /// <summary>Gets the O*NET-SOC code concerned, or <see langword="null"/>.</summary>
    public string? OccupationCode { get; }

    /// <summary>Gets what happened and why.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public bool Equals(ImportNote? other) =>
        other is not null && Kind == other.Kind && OccupationCode == other.OccupationCode && Message == other.Message;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ImportNote);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, OccupationCode, Message);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(ImportNote? left, ImportNote? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ImportNote? left, ImportNote? right) => !(left == right);

    /// <summary>Describes the note, such as <c>OccupationSkipped 11-9199.00: no Job Zone …</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => OccupationCode is null ? $"{Kind}: {Message}" : $"{Kind} {OccupationCode}: {Message}";
}
