using CareerModel.Internal;

namespace CareerModel.Skills;

/// <summary>
/// The scale skill levels are measured on: a range of numbers with a name for each whole level.
/// Levels may be fractional (O*NET reports 3.62), and every level in a catalog is on its scale.
/// </summary>
public sealed class ProficiencyScale : IEquatable<ProficiencyScale>
{
    /// <summary>
    /// Gets the standard scale from 0 to 5, after the Dreyfus model of skill acquisition:
    /// 0 None, 1 Novice, 2 Advanced beginner, 3 Competent, 4 Proficient, 5 Expert.
    /// </summary>
    public static ProficiencyScale Standard { get; } =
        new("Standard", Array.AsReadOnly(["None", "Novice", "Advanced beginner", "Competent", "Proficient", "Expert"]));

    /// <summary>Gets the scale's name.</summary>
    public string Name { get; }

    /// <summary>Gets the name of each whole level, from level 0 up.</summary>
    public IReadOnlyList<string> LevelNames { get; }

    /// <summary>Gets the lowest level, always 0 (no proficiency).</summary>
    public double Minimum { get; }

    /// <summary>Gets the highest level: the number of named levels less one.</summary>
    public double Maximum => LevelNames.Count - 1;

    /// <summary>Creates a scale from 0 to <c>levelNames.Count − 1</c>.</summary>
    /// <param name="name">The scale's name.</param>
    /// <param name="levelNames">The name of each whole level from 0 up; at least two, all distinct.</param>
    /// <exception cref="ArgumentException">Fewer than two level names, a blank name, or a repeated name.</exception>
    public ProficiencyScale(string name, IEnumerable<string> levelNames)
    {
        var scaleName = Check.NotBlank(name, nameof(name));
        ArgumentNullException.ThrowIfNull(levelNames);
        var names = levelNames.Select((n, i) => Check.NotBlank(n, $"levelNames[{i}]")).ToArray();
        if (names.Length < 2)
            throw new ArgumentException($"A proficiency scale needs at least two level names; got {names.Length}.", nameof(levelNames));
        var repeated = names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
            throw new ArgumentException($"Proficiency level name '{repeated.Key}' appears more than once; each level needs its own name.", nameof(levelNames));
        Name = scaleName;
        LevelNames = Array.AsReadOnly(names);
    }

    /// <summary>Tests whether a level lies on the scale.</summary>
    /// <param name="level">The level.</param>
    /// <returns><see langword="true"/> when the level is finite and from <see cref="Minimum"/> to <see cref="Maximum"/>.</returns>
    public bool Contains(double level) => double.IsFinite(level) && level >= Minimum && level <= Maximum;

    /// <summary>Names a level by the whole level at or below it: 3.6 on the standard scale is "Competent".</summary>
    /// <param name="level">A level on the scale.</param>
    /// <returns>The level's name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The level is not on the scale.</exception>
    public string Describe(double level)
    {
        Check.FiniteInRange(level, Minimum, Maximum, nameof(level));
        return LevelNames[(int)Math.Floor(level)];
    }

    /// <inheritdoc/>
    public bool Equals(ProficiencyScale? other) =>
        other is not null && Name == other.Name && ReadOnly.SequenceEqual(LevelNames, other.LevelNames);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ProficiencyScale);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, ReadOnly.SequenceHash(LevelNames));

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(ProficiencyScale? left, ProficiencyScale? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ProficiencyScale? left, ProficiencyScale? right) => !(left == right);

    /// <summary>Describes the scale, such as <c>Standard (0 None … 5 Expert)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Name} (0 {LevelNames[0]} … {LevelNames.Count - 1} {LevelNames[^1]})";
}
