using CareerModel.People;
using CareerModel.Recommendation;

namespace CareerModel.Cli.Input;

/// <summary>
/// Turns <c>--path A,B,C</c> into the recommender's own path along those roles for a person, with
/// its dates, fits and pay: the same numbers <c>recommend</c> shows for it.
/// </summary>
internal static class PathLookup
{
    /// <summary>Reads a comma-separated list of role ids: at least two, the current role first.</summary>
    public static IReadOnlyList<string> Parse(string option, string value)
    {
        var ids = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (ids.Length < 2)
            throw CliException.Usage($"{option}: '{value}' is not a path; give two or more role ids separated by commas, the current role first, such as cs-junior-specialist,cs-specialist.");
        if (ids.Length - 1 > RecommendationOptions.MaxStepsLimit)
            throw CliException.Usage($"{option}: a path of {ids.Length - 1} moves is longer than the recommender's limit of {RecommendationOptions.MaxStepsLimit}.");
        return ids;
    }

    /// <summary>Finds the recommender's path along the roles for the person, or refuses with why not.</summary>
    public static PathRecommendation Find(Workspace workspace, Recommender recommender, Profile profile, string option, IReadOnlyList<string> roleIds)
    {
        foreach (var id in roleIds)
            workspace.Role(option, id);
        if (roleIds[0] != profile.CurrentRoleId)
            throw CliException.Usage($"{option}: a path starts at the profile's current role '{profile.CurrentRoleId}', not '{roleIds[0]}'.");
        for (var i = 1; i < roleIds.Count; i++)
        {
            if (!workspace.Catalog.GetTransitionsFrom(roleIds[i - 1]).Any(t => t.ToRoleId == roleIds[i]))
                throw CliException.NoAnswer($"{option}: the catalog ({workspace.Source}) has no move from '{roleIds[i - 1]}' to '{roleIds[i]}'.");
        }
        var result = recommender.RecommendPathsTo(profile, roleIds[^1], new RecommendationOptions { MaxSteps = roleIds.Count - 1, Count = MaxPaths });
        return result.Paths.FirstOrDefault(p => p.RoleIds.SequenceEqual(roleIds, StringComparer.Ordinal))
            ?? throw CliException.NoAnswer($"{option}: the recommender ranks no path {string.Join(" → ", roleIds)} for this profile{Why(result)}.");
    }

    // Enough to hold every path of a few steps to one target; the search keeps only the best this many.
    private const int MaxPaths = 1_000;

    private static string Why(RecommendationResult result) =>
        result.EmptyReason is { } reason ? $" ({reason})" : " (it does not arrive within the 10-year horizon, or breaks a constraint)";
}
