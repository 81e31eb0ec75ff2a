using CareerModel.Internal;

namespace CareerModel.Skills;

/// <summary>A skill a role can require and a person can have, such as <c>Active listening</c>.</summary>
public sealed class Skill : IEquatable<Skill>
{
    /// <summary>Creates a skill.</summary>
    /// <param name="id">The id (letters, digits, '-', '_', '.'), such as <c>active-listening</c>.</param>
    /// <param name="name">The display name.</param>
    /// <param name="category">What kind of capability it is.</param>
    /// <param name="description">What it covers, if worth saying.</param>
    /// <exception cref="ArgumentException">The id or name is invalid, or the category is not defined.</exception>
    public Skill(string id, string name, SkillCategory category, string? description = null)
    {
        Id = Check.Id(id, nameof(id));
        Name = Check.NotBlank(name, nameof(name));
        Category = Check.Defined(category, nameof(category));
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the display name.</summary>
    public string Name { get; }

    /// <summary>Gets what kind of capability it is.</summary>
    public SkillCategory Category { get; }

    /// <summary>Gets what it covers, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <inheritdoc/>
    public bool Equals(Skill? other) =>
        other is not null && Id == other.Id && Name == other.Name && Category == other.Category && Description == other.Description;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Skill);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Name, Category, Description);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(Skill? left, Skill? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Skill? left, Skill? right) => !(left == right);

    /// <summary>Describes the skill, such as <c>Active listening (active-listening, Soft)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Name} ({Id}, {Category})";
}
