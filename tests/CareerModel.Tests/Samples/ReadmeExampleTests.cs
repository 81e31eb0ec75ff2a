using CareerModel.Careers;
using CareerModel.Catalogs;

namespace CareerModel.Tests.Samples;

/// <summary>What the README's first example builds, beyond what it prints (<see cref="ReadmeCodeBlockTests"/> runs every block).</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void Extending_the_built_in_catalog_as_the_readme_does_builds()
    {
        var mine = BuiltInCatalogs.CustomerService.ToBuilder()
            .AddRole(new Role("cs-qa-lead", "QA Lead", "quality-assurance", CareerTrack.Management, 4))
            .AddTransition(new Transition("qa-analyst", "cs-qa-lead", TransitionKind.Promotion))
            .Build();

        Assert.Equal(BuiltInCatalogs.CustomerService.Roles.Count + 1, mine.Roles.Count);
        Assert.Single(mine.GetTransitionsTo("cs-qa-lead"));
    }
}
