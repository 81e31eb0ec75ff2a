namespace CareerModel.Careers;

/// <summary>
/// Thrown when a role id given for an assessment, or named by a profile (its current role or a
/// period of its work history), is not in the catalog. It lists every unknown id, not only the first.
/// </summary>
/// <remarks>
/// A work history may hold roles outside the catalog when each such period gives its family and
/// track (see <see cref="People.Employment"/>); only periods that give neither count as unknown.
/// </remarks>
public sealed class UnknownRoleException : KeyNotFoundException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="roleIds">The unknown role ids; at least one.</param>
    /// <exception cref="ArgumentException">No id is given.</exception>
    public UnknownRoleException(IEnumerable<string> roleIds)
        : this(UnknownIds.Sorted(roleIds, nameof(roleIds)), null)
    {
    }

    private UnknownRoleException(IReadOnlyList<string> roleIds, string? hint)
        : base(UnknownIds.Describe("role", roleIds) + hint)
    {
        RoleIds = roleIds;
    }

    /// <summary>Gets the unknown role ids, ordered by id.</summary>
    public IReadOnlyList<string> RoleIds { get; }

    /// <summary>The exception for a profile's unknown roles, with a hint on roles outside the catalog.</summary>
    /// <param name="roleIds">The unknown ids.</param>
    /// <param name="located">A last sentence that says which profile it is, when there are many (empty otherwise).</param>
    internal static UnknownRoleException InProfile(IEnumerable<string> roleIds, string located = "") =>
        new(
            UnknownIds.Sorted(roleIds, nameof(roleIds)),
            " A profile's current role must be in the catalog; a period of work in a role outside the catalog must give the role's family and track." + located);
}
