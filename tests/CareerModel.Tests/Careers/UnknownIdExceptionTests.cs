using CareerModel.Careers;

namespace CareerModel.Tests.Careers;

/// <summary>
/// <see cref="UnknownRoleException"/> and <see cref="UnknownSkillException"/> made directly: the
/// ids sorted and each once, the message naming them, and at least one id, none null.
/// </summary>
public class UnknownIdExceptionTests
{
    [Fact]
    public void Unknown_roles_are_named_sorted_and_once()
    {
        var e = new UnknownRoleException(["cs-pilot", "cs-astronaut", "cs-pilot"]);

        Assert.Equal(["cs-astronaut", "cs-pilot"], e.RoleIds);
        Assert.Equal("The catalog holds no roles with ids 'cs-astronaut', 'cs-pilot'.", e.Message);
        Assert.Equal("The catalog holds no role with id 'cs-pilot'.", new UnknownRoleException(["cs-pilot"]).Message);
    }

    [Fact]
    public void Unknown_skills_are_named_sorted_and_once()
    {
        var e = new UnknownSkillException(["juggling", "archery"]);

        Assert.Equal(["archery", "juggling"], e.SkillIds);
        Assert.Equal("The catalog holds no skills with ids 'archery', 'juggling'.", e.Message);
        Assert.Equal("The catalog holds no skill with id 'juggling'.", new UnknownSkillException(["juggling"]).Message);
    }

    [Fact]
    public void No_ids_a_null_list_or_a_null_id_are_refused_naming_the_parameter()
    {
        var noRoles = Assert.Throws<ArgumentException>(() => new UnknownRoleException([]));
        Assert.Equal("roleIds", noRoles.ParamName);
        Assert.Equal("roleIds must hold at least one id. (Parameter 'roleIds')", noRoles.Message);
        var noSkills = Assert.Throws<ArgumentException>(() => new UnknownSkillException([]));
        Assert.Equal("skillIds", noSkills.ParamName);
        Assert.Equal("skillIds must hold at least one id. (Parameter 'skillIds')", noSkills.Message);

        Assert.Equal("roleIds", Assert.Throws<ArgumentNullException>(() => new UnknownRoleException(null!)).ParamName);
        var nullId = Assert.Throws<ArgumentException>(() => new UnknownSkillException(["juggling", null!]));
        Assert.Equal("skillIds", nullId.ParamName);
        Assert.Equal("skillIds must not hold null. (Parameter 'skillIds')", nullId.Message);
    }
}
