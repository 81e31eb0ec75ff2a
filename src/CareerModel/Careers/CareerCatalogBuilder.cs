using CareerModel.Geography;
using CareerModel.Skills;

namespace CareerModel.Careers;

/// <summary>
/// Collects the parts of a <see cref="CareerCatalog"/> in any order, then validates the whole
/// graph once in <see cref="Build"/>. Obtain one from <see cref="CareerCatalog.CreateBuilder"/>.
/// </summary>
/// <remarks>
/// Each part (a <see cref="Role"/>, <see cref="Skill"/>, …) is already valid on its own; the
/// builder checks what needs the whole: ids unique and resolvable, a sound region hierarchy,
/// levels on the scale, band currencies matching their regions, transition kinds matching their
/// roles. A builder builds once; after <see cref="Build"/> it refuses further changes.
/// </remarks>
public sealed class CareerCatalogBuilder
{
    private readonly List<Role> roles = [];
    private readonly List<Skill> skills = [];
    private readonly List<Region> regions = [];
    private readonly List<Transition> transitions = [];
    private ProficiencyScale scale = ProficiencyScale.Standard;
    private bool built;

    internal CareerCatalogBuilder()
    {
    }

    /// <summary>Sets the scale skill levels are measured on. The default is <see cref="ProficiencyScale.Standard"/>.</summary>
    /// <param name="proficiencyScale">The scale.</param>
    /// <returns>This builder.</returns>
    public CareerCatalogBuilder UseProficiencyScale(ProficiencyScale proficiencyScale)
    {
        ArgumentNullException.ThrowIfNull(proficiencyScale);
        EnsureNotBuilt();
        scale = proficiencyScale;
        return this;
    }

    /// <summary>Adds a role.</summary>
    /// <param name="role">The role.</param>
    /// <returns>This builder.</returns>
    public CareerCatalogBuilder AddRole(Role role) => Add(roles, role, nameof(role));

    /// <summary>Adds roles.</summary>
    /// <param name="items">The roles.</param>
    /// <returns>This builder.</returns>
    public CareerCatalogBuilder AddRoles(IEnumerable<Role> items) => AddAll(roles, items);

    /// <summary>Adds a skill.</summary>
    /// <param name="skill">The skill.</param>
    /// <returns>This builder.</returns>
    public CareerCatalogBuilder AddSkill(Skill skill) => Add(skills, skill, nameof(skill));

    /// <summary>Adds skills.</summary>
    /// <param name="items">The skills.</param>
    /// <returns>This builder.</returns>
    public CareerCatalogBuilder AddSkills(IEnumerable<Skill> items) => AddAll(skills, items);

    /// <summary>Adds a region.</summary>
    /// <param name="region">The region.</param>
    /// <returns>This builder.</returns>
    public CareerCatalogBuilder AddRegion(Region region) => Add(regions, region, nameof(region));

    /// <summary>Adds regions.</summary>
    /// <param name="items">The regions.</param>
    /// <returns>This builder.</returns>
    public CareerCatalogBuilder AddRegions(IEnumerable<Region> items) => AddAll(regions, items);

    /// <summary>Adds a transition.</summary>
    /// <param name="transition">The transition.</param>
    /// <returns>This builder.</returns>
    public CareerCatalogBuilder AddTransition(Transition transition) => Add(transitions, transition, nameof(transition));

    /// <summary>Adds transitions.</summary>
    /// <param name="items">The transitions.</param>
    /// <returns>This builder.</returns>
    public CareerCatalogBuilder AddTransitions(IEnumerable<Transition> items) => AddAll(transitions, items);

    /// <summary>Validates everything added and makes the catalog.</summary>
    /// <returns>The immutable catalog.</returns>
    /// <exception cref="CatalogValidationException">Any rule is broken; the exception lists every problem found.</exception>
    /// <exception cref="InvalidOperationException">This builder has already built a catalog.</exception>
    /// <remarks>A failed build leaves the builder open, so the parts can be fixed and built again.</remarks>
    public CareerCatalog Build()
    {
        EnsureNotBuilt();
        // Sorting first makes both the catalog and the order of reported problems independent
        // of the order parts were added in.
        var sortedRoles = roles.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        var sortedSkills = skills.OrderBy(s => s.Id, StringComparer.Ordinal).ToArray();
        var sortedRegions = regions.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        var sortedTransitions = transitions
            .OrderBy(t => t.FromRoleId, StringComparer.Ordinal)
            .ThenBy(t => t.ToRoleId, StringComparer.Ordinal)
            .ThenBy(t => t.Kind)
            .ToArray();
        var problems = new CatalogValidator(scale, sortedRoles, sortedSkills, sortedRegions, sortedTransitions).Validate();
        if (problems.Count > 0)
            throw new CatalogValidationException(problems);
        // Only a successful build freezes the builder: after a failed one the caller can fix the parts and try again.
        built = true;
        return new CareerCatalog(scale, sortedRoles, sortedSkills, sortedRegions, sortedTransitions);
    }

    private CareerCatalogBuilder Add<T>(List<T> list, T item, string paramName) where T : class
    {
        ArgumentNullException.ThrowIfNull(item, paramName);
        EnsureNotBuilt();
        list.Add(item);
        return this;
    }

    private CareerCatalogBuilder AddAll<T>(List<T> list, IEnumerable<T> items) where T : class
    {
        ArgumentNullException.ThrowIfNull(items);
        EnsureNotBuilt();
        // Check the whole batch first, so that a null item leaves the builder unchanged.
        var array = items.ToArray();
        for (var i = 0; i < array.Length; i++)
        {
            if (array[i] is null)
                throw new ArgumentException($"{nameof(items)}[{i}] must not be null.", nameof(items));
        }
        list.AddRange(array);
        return this;
    }

    private void EnsureNotBuilt()
    {
        if (built)
            throw new InvalidOperationException("This builder has already built its catalog and cannot change; call CareerCatalog.CreateBuilder() or catalog.ToBuilder() for another.");
    }
}
