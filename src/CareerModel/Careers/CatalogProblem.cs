namespace CareerModel.Careers;

/// <summary>One problem found while validating a catalog: which rule, where, and what is wrong.</summary>
public sealed class CatalogProblem : IEquatable<CatalogProblem>
{
    /// <summary>Creates a problem.</summary>
    /// <param name="kind">The rule broken.</param>
    /// <param name="location">Where: the item at fault, such as <c>role 'cs-team-lead'</c>.</param>
    /// <param name="message">What is wrong, as one plain sentence.</param>
    public CatalogProblem(CatalogProblemKind kind, string location, string message)
        : this(kind, location, message, null, null)
    {
    }

    /// <summary>Creates a problem that also records the part at fault, for readers that map it back to their input.</summary>
    /// <param name="kind">The rule broken.</param>
    /// <param name="location">Where, in words.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="subject">The part at fault (a role, region, skill, transition, requirement or band), if there is one.</param>
    /// <param name="member">The name of the subject's property at fault, such as <c>ParentId</c>, if one.</param>
    internal CatalogProblem(CatalogProblemKind kind, string location, string message, object? subject, string? member)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(message);
        Kind = kind;
        Location = location;
        Message = message;
        Subject = subject;
        Member = member;
    }

    /// <summary>Gets the rule broken.</summary>
    public CatalogProblemKind Kind { get; }

    /// <summary>Gets where the problem is, such as <c>role 'cs-team-lead'</c> or <c>transition cs-junior → cs-specialist</c>.</summary>
    public string Location { get; }

    /// <summary>Gets what is wrong, as one plain sentence.</summary>
    public string Message { get; }

    /// <summary>Gets the part at fault, or <see langword="null"/>; not part of equality.</summary>
    internal object? Subject { get; }

    /// <summary>Gets the name of the subject's property at fault, or <see langword="null"/>; not part of equality.</summary>
    internal string? Member { get; }

    /// <inheritdoc/>
    public bool Equals(CatalogProblem? other) =>
        other is not null && Kind == other.Kind && Location == other.Location && Message == other.Message;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CatalogProblem);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Location, Message);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(CatalogProblem? left, CatalogProblem? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CatalogProblem? left, CatalogProblem? right) => !(left == right);

    /// <summary>Formats the problem as <c>location: message</c>.</summary>
    /// <returns>The formatted problem.</returns>
    public override string ToString() => $"{Location}: {Message}";
}
