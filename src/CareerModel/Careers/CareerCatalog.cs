using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using CareerModel.Geography;
using CareerModel.Internal;
using CareerModel.Skills;

namespace CareerModel.Careers;

/// <summary>
/// An immutable, validated career catalog: roles, the transitions between them, skills, regions
/// and the proficiency scale skill levels are measured on.
/// </summary>
/// <remarks>
/// <para>
/// Make one with <see cref="CreateBuilder"/> (or <see cref="ToBuilder"/> to extend an existing
/// one); <see cref="CareerCatalogBuilder.Build"/> checks the whole graph, so every id a catalog
/// holds resolves. Lookups by id are O(1) and the catalog is safe to share between threads.
/// </para>
/// <para>
/// Collections are ordered by id (transitions by source, then target), so a catalog does not
/// depend on the order its parts were added in, and two catalogs with the same parts are equal.
/// </para>
/// </remarks>
public sealed class CareerCatalog : IEquatable<CareerCatalog>
{
    private readonly FrozenDictionary<string, Role> rolesById;
    private readonly FrozenDictionary<string, Skill> skillsById;
    private readonly FrozenDictionary<string, Region> regionsById;
    private readonly FrozenDictionary<string, IReadOnlyList<Transition>> transitionsFrom;
    private readonly FrozenDictionary<string, IReadOnlyList<Transition>> transitionsTo;

    internal CareerCatalog(ProficiencyScale scale, Role[] roles, Skill[] skills, Region[] regions, Transition[] transitions)
    {
        ProficiencyScale = scale;
        Roles = Array.AsReadOnly(roles);
        Skills = Array.AsReadOnly(skills);
        Regions = Array.AsReadOnly(regions);
        Transitions = Array.AsReadOnly(transitions);
        rolesById = roles.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);
        skillsById = skills.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        regionsById = regions.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);
        transitionsFrom = Index(transitions, t => t.FromRoleId);
        transitionsTo = Index(transitions, t => t.ToRoleId);
    }

    /// <summary>Gets the scale every skill level in the catalog is measured on.</summary>
    public ProficiencyScale ProficiencyScale { get; }

    /// <summary>Gets the roles, ordered by id.</summary>
    public IReadOnlyList<Role> Roles { get; }

    /// <summary>Gets the skills, ordered by id.</summary>
    public IReadOnlyList<Skill> Skills { get; }

    /// <summary>Gets the regions, ordered by id.</summary>
    public IReadOnlyList<Region> Regions { get; }

    /// <summary>Gets the transitions, ordered by source role id, then target role id.</summary>
    public IReadOnlyList<Transition> Transitions { get; }

    /// <summary>Starts an empty builder using <see cref="ProficiencyScale.Standard"/>.</summary>
    /// <returns>A new builder.</returns>
    public static CareerCatalogBuilder CreateBuilder() => new();

    /// <summary>Starts a builder that holds everything this catalog holds, to extend or change it.</summary>
    /// <returns>A new builder.</returns>
    public CareerCatalogBuilder ToBuilder() =>
        new CareerCatalogBuilder()
            .UseProficiencyScale(ProficiencyScale)
            .AddRoles(Roles)
            .AddSkills(Skills)
            .AddRegions(Regions)
            .AddTransitions(Transitions);

    /// <summary>Gets a role by id.</summary>
    /// <param name="id">The role id.</param>
    /// <returns>The role.</returns>
    /// <exception cref="UnknownRoleException">The catalog holds no role with that id (a <see cref="KeyNotFoundException"/>, as from the assessor and the recommender).</exception>
    public Role GetRole(string id) => rolesById.TryGetValue(id ?? throw new ArgumentNullException(nameof(id)), out var role) ? role : throw new UnknownRoleException([id]);

    /// <summary>Looks up a role by id.</summary>
    /// <param name="id">The role id.</param>
    /// <param name="role">The role, when found.</param>
    /// <returns><see langword="true"/> when the catalog holds the role.</returns>
    public bool TryGetRole(string id, [NotNullWhen(true)] out Role? role) => rolesById.TryGetValue(id, out role);

    /// <summary>Gets a skill by id.</summary>
    /// <param name="id">The skill id.</param>
    /// <returns>The skill.</returns>
    /// <exception cref="UnknownSkillException">The catalog holds no skill with that id (a <see cref="KeyNotFoundException"/>).</exception>
    public Skill GetSkill(string id) => skillsById.TryGetValue(id ?? throw new ArgumentNullException(nameof(id)), out var skill) ? skill : throw new UnknownSkillException([id]);

    /// <summary>Looks up a skill by id.</summary>
    /// <param name="id">The skill id.</param>
    /// <param name="skill">The skill, when found.</param>
    /// <returns><see langword="true"/> when the catalog holds the skill.</returns>
    public bool TryGetSkill(string id, [NotNullWhen(true)] out Skill? skill) => skillsById.TryGetValue(id, out skill);

    /// <summary>Gets a region by id.</summary>
    /// <param name="id">The region id.</param>
    /// <returns>The region.</returns>
    /// <exception cref="KeyNotFoundException">The catalog holds no region with that id.</exception>
    public Region GetRegion(string id) => Get(regionsById, id, "region");

    /// <summary>Looks up a region by id.</summary>
    /// <param name="id">The region id.</param>
    /// <param name="region">The region, when found.</param>
    /// <returns><see langword="true"/> when the catalog holds the region.</returns>
    public bool TryGetRegion(string id, [NotNullWhen(true)] out Region? region) => regionsById.TryGetValue(id, out region);

    /// <summary>Gets the region and its ancestors, from the region itself up to the root (usually the world).</summary>
    /// <param name="id">The region id.</param>
    /// <returns>The regions, narrowest first.</returns>
    /// <exception cref="KeyNotFoundException">The catalog holds no region with that id.</exception>
    public IReadOnlyList<Region> GetRegionPath(string id)
    {
        var path = new List<Region> { GetRegion(id) };
        while (path[^1].ParentId is { } parentId)
            path.Add(regionsById[parentId]);
        return path.AsReadOnly();
    }

    /// <summary>Gets the moves out of a role.</summary>
    /// <param name="roleId">The source role id.</param>
    /// <returns>The transitions from the role, ordered by target id; empty when there are none.</returns>
    /// <exception cref="UnknownRoleException">The catalog holds no role with that id (a <see cref="KeyNotFoundException"/>, as from the assessor and the recommender).</exception>
    public IReadOnlyList<Transition> GetTransitionsFrom(string roleId) => Edges(transitionsFrom, roleId);

    /// <summary>Gets the moves into a role.</summary>
    /// <param name="roleId">The target role id.</param>
    /// <returns>The transitions to the role, ordered by source id; empty when there are none.</returns>
    /// <exception cref="UnknownRoleException">The catalog holds no role with that id (a <see cref="KeyNotFoundException"/>, as from the assessor and the recommender).</exception>
    public IReadOnlyList<Transition> GetTransitionsTo(string roleId) => Edges(transitionsTo, roleId);

    /// <inheritdoc/>
    public bool Equals(CareerCatalog? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && ProficiencyScale.Equals(other.ProficiencyScale)
            && ReadOnly.SequenceEqual(Roles, other.Roles)
            && ReadOnly.SequenceEqual(Skills, other.Skills)
            && ReadOnly.SequenceEqual(Regions, other.Regions)
            && ReadOnly.SequenceEqual(Transitions, other.Transitions));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CareerCatalog);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(ProficiencyScale, ReadOnly.SequenceHash(Roles), Skills.Count, Regions.Count, Transitions.Count);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(CareerCatalog? left, CareerCatalog? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CareerCatalog? left, CareerCatalog? right) => !(left == right);

    /// <summary>Summarises the catalog, such as <c>CareerCatalog: 24 roles, 45 skills, 17 regions, 40 transitions</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        $"CareerCatalog: {Roles.Count} roles, {Skills.Count} skills, {Regions.Count} regions, {Transitions.Count} transitions";

    private IReadOnlyList<Transition> Edges(FrozenDictionary<string, IReadOnlyList<Transition>> index, string roleId)
    {
        ArgumentNullException.ThrowIfNull(roleId);
        if (index.TryGetValue(roleId, out var edges))
            return edges;
        _ = GetRole(roleId);
        return [];
    }

    private static T Get<T>(FrozenDictionary<string, T> items, string id, string what)
    {
        ArgumentNullException.ThrowIfNull(id);
        return items.TryGetValue(id, out var item)
            ? item
            : throw new KeyNotFoundException($"The catalog holds no {what} with id '{id}'.");
    }

    private static FrozenDictionary<string, IReadOnlyList<Transition>> Index(Transition[] transitions, Func<Transition, string> key) =>
        transitions.GroupBy(key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<Transition>)Array.AsReadOnly(g.ToArray()), StringComparer.Ordinal);
}
