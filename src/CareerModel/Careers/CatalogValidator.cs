using CareerModel.Compensation;
using CareerModel.Geography;
using CareerModel.Internal;
using CareerModel.Skills;

namespace CareerModel.Careers;

/// <summary>The whole-graph checks behind <see cref="CareerCatalogBuilder.Build"/>: collects every problem, stops at none.</summary>
internal sealed class CatalogValidator(ProficiencyScale scale, Role[] roles, Skill[] skills, Region[] regions, Transition[] transitions)
{
    private readonly List<CatalogProblem> problems = [];

    public List<CatalogProblem> Validate()
    {
        var roleIds = UniqueIds(roles, r => r.Id, "role");
        var skillIds = UniqueIds(skills, s => s.Id, "skill");
        var regionsById = UniqueIds(regions, r => r.Id, "region");
        CheckRegions(regionsById);
        foreach (var role in roles)
            CheckRole(role, skillIds, regionsById);
        CheckTransitions(roleIds);
        return problems;
    }

    private Dictionary<string, T> UniqueIds<T>(T[] items, Func<T, string> id, string what)
    {
        var byId = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!byId.TryAdd(id(item), item))
                Report(CatalogProblemKind.DuplicateId, $"{what} '{id(item)}'", $"More than one {what} has the id '{id(item)}'; ids must be unique.", item, nameof(Role.Id));
        }
        return byId;
    }

    private void CheckRegions(Dictionary<string, Region> byId)
    {
        var worlds = regions.Where(r => r.Kind == RegionKind.World).Select(r => r.Id).Distinct().ToArray();
        if (worlds.Length > 1)
            Report(CatalogProblemKind.InvalidHierarchy, "regions", $"There must be at most one world region, but there are {worlds.Length}: {string.Join(", ", worlds)}.");
        var onLoops = RegionHierarchy.RegionsOnLoops(byId);
        foreach (var region in regions)
        {
            if (region.ParentId is not { } parentId)
                continue;
            var location = $"region '{region.Id}'";
            if (!byId.TryGetValue(parentId, out var parent))
            {
                Report(CatalogProblemKind.UnknownReference, location, $"Parent region '{parentId}' is not in the catalog.", region, nameof(Region.ParentId));
                continue;
            }
            var nests = parent.Kind < region.Kind || (parent.Kind == RegionKind.RegionGroup && region.Kind == RegionKind.RegionGroup);
            if (!nests)
                Report(CatalogProblemKind.InvalidHierarchy, location, $"A {region.Kind} cannot lie within the {parent.Kind} '{parentId}'; a parent must be a wider kind of region.", region, nameof(Region.ParentId));
            else if (ReferenceEquals(byId[region.Id], region) ? onLoops.Contains(region.Id) : HasCycle(region, byId))
                Report(CatalogProblemKind.InvalidHierarchy, location, $"Region '{region.Id}' is its own ancestor; the hierarchy must not loop.", region, nameof(Region.ParentId));
        }
    }

    /// <summary>Walks up from one region; for a region whose id another region holds first (a duplicate, reported as such).</summary>
    private static bool HasCycle(Region start, Dictionary<string, Region> byId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start.Id };
        for (var current = start; current.ParentId is { } parentId && byId.TryGetValue(parentId, out var parent); current = parent)
        {
            // A loop that does not pass through the start is reported for the regions on it.
            if (!seen.Add(parent.Id))
                return parent.Id == start.Id;
        }
        return false;
    }

    private void CheckRole(Role role, Dictionary<string, Skill> skillIds, Dictionary<string, Region> regionsById)
    {
        var location = $"role '{role.Id}'";
        foreach (var requirement in role.Requirements)
        {
            if (!skillIds.ContainsKey(requirement.SkillId))
                Report(CatalogProblemKind.UnknownReference, location, $"Requirement skill '{requirement.SkillId}' is not in the catalog.", requirement, nameof(SkillRequirement.SkillId));
            if (!scale.Contains(requirement.MinimumLevel))
                Report(CatalogProblemKind.LevelOutOfScale, location, $"Requirement level {Check.Format(requirement.MinimumLevel)} for skill '{requirement.SkillId}' is outside the {scale.Name} scale ({Check.Format(scale.Minimum)} to {Check.Format(scale.Maximum)}).", requirement, nameof(SkillRequirement.MinimumLevel));
        }
        foreach (var (regionId, band) in role.PayBands.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!regionsById.TryGetValue(regionId, out var region))
                Report(CatalogProblemKind.UnknownReference, location, $"Pay band region '{regionId}' is not in the catalog.", band, null);
            else if (!band.Currency.Equals(region.Currency))
                Report(CatalogProblemKind.CurrencyMismatch, location, $"Pay band for region '{regionId}' is in {band.Currency.Code}, but the region's currency is {region.Currency.Code}.", band, nameof(SalaryBand.Currency));
        }
    }

    private void CheckTransitions(Dictionary<string, Role> roleIds)
    {
        var pairs = new HashSet<(string, string)>();
        foreach (var transition in transitions)
        {
            var location = $"transition {transition.FromRoleId} → {transition.ToRoleId}";
            if (!pairs.Add((transition.FromRoleId, transition.ToRoleId)))
                Report(CatalogProblemKind.DuplicateId, location, "More than one transition links these roles in this direction; keep one.", transition, null);
            var hasFrom = roleIds.TryGetValue(transition.FromRoleId, out var from);
            var hasTo = roleIds.TryGetValue(transition.ToRoleId, out var to);
            if (!hasFrom)
                Report(CatalogProblemKind.UnknownReference, location, $"Source role '{transition.FromRoleId}' is not in the catalog.", transition, nameof(Transition.FromRoleId));
            if (!hasTo)
                Report(CatalogProblemKind.UnknownReference, location, $"Target role '{transition.ToRoleId}' is not in the catalog.", transition, nameof(Transition.ToRoleId));
            if (from is null || to is null)
                continue;
            if (transition.Kind == TransitionKind.Promotion && to.Rank <= from.Rank)
                Report(CatalogProblemKind.InconsistentTransition, location, $"A promotion must raise rank, but it goes from rank {from.Rank} to rank {to.Rank}.", transition, nameof(Transition.Kind));
            if (transition.Kind == TransitionKind.TrackSwitch && to.Track == from.Track)
                Report(CatalogProblemKind.InconsistentTransition, location, $"A track switch must change track, but both roles are on the {from.Track} track.", transition, nameof(Transition.Kind));
        }
    }

    private void Report(CatalogProblemKind kind, string location, string message, object? subject = null, string? member = null) =>
        problems.Add(new CatalogProblem(kind, location, message, subject, member));
}
