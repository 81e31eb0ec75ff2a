using System.Globalization;

namespace CareerModel.Serialization;

/// <summary>
/// One problem in a JSON document of CareerModel (a catalog, or a profile): where it is (a JSON
/// path, and the line and column it starts at) and what is wrong, as one plain sentence.
/// </summary>
public sealed class CareerJsonProblem : IEquatable<CareerJsonProblem>
{
    /// <summary>Creates a problem.</summary>
    /// <param name="kind">What kind of problem it is.</param>
    /// <param name="path">The JSON path of the value at fault, such as <c>$.roles[3].payBands.US.minimum</c>.</param>
    /// <param name="line">The line the value starts on, from 1.</param>
    /// <param name="column">The column the value starts at, from 1, in characters.</param>
    /// <param name="message">What is wrong.</param>
    /// <exception cref="ArgumentException">The path or message is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined, or the line or column is below 1.</exception>
    public CareerJsonProblem(CareerJsonProblemKind kind, string path, int line, int column, string message)
    {
        Kind = Internal.Check.Defined(kind, nameof(kind));
        Path = Internal.Check.NotBlank(path, nameof(path));
        Line = Internal.Check.AtLeast(line, 1, nameof(line));
        Column = Internal.Check.AtLeast(column, 1, nameof(column));
        Message = Internal.Check.NotBlank(message, nameof(message));
    }

    /// <summary>Gets what kind of problem it is.</summary>
    public CareerJsonProblemKind Kind { get; }

    /// <summary>
    /// Gets the JSON path of the value at fault, such as <c>$.roles[3].payBands.US.minimum</c>;
    /// a name that is not an identifier is quoted, as in <c>$.roles[0].payBands['north-america']</c>.
    /// For a missing property, the path it should have; for a problem of the whole document, <c>$</c>.
    /// </summary>
    public string Path { get; }

    /// <summary>Gets the line the value at fault starts on, counting from 1 (for a missing property, the line its object starts on).</summary>
    public int Line { get; }

    /// <summary>
    /// Gets the column the value at fault starts at, counting from 1, in UTF-16 characters as
    /// .NET strings and most editors count them.
    /// </summary>
    public int Column { get; }

    /// <summary>Gets what is wrong, as one plain sentence that names the field, the value and the rule.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public bool Equals(CareerJsonProblem? other) =>
        other is not null && Kind == other.Kind && Path == other.Path && Line == other.Line && Column == other.Column && Message == other.Message;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CareerJsonProblem);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Path, Line, Column, Message);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(CareerJsonProblem? left, CareerJsonProblem? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CareerJsonProblem? left, CareerJsonProblem? right) => !(left == right);

    /// <summary>
    /// Formats the problem as <c>line 12, column 20, $.roles[3].rank: message</c>, the way
    /// compilers report, so a list of problems reads from the top of the file down.
    /// </summary>
    /// <returns>The formatted problem.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"line {Line}, column {Column}, {Path}: {Message}");
}
