using CareerModel.Careers;
using CareerModel.Onet;
using CareerModel.Tests.Onet;

namespace CareerModel.Tests.Samples;

/// <summary>The README's O*NET one-call load, beyond what its block prints (<see cref="ReadmeCodeBlockTests"/> runs the block).</summary>
[Collection(OnetReleaseGroup.Name)]
public class ReadmeOnetExampleTests(OnetReleaseFixture fixture)
{
    [Fact]
    public void The_one_call_load_works_from_a_path()
    {
        var options = new OnetImportOptions { Transitions = { Enabled = false } };

        var result = OnetCatalog.Load(OnetDataFolders.Onet, OnetDataFolders.OewsFile, options);

        Assert.Equal(TransitionKind.Promotion, fixture.Result.Catalog.GetTransitionsFrom("43-4051.00")[1].Kind);
        Assert.Equal(923, result.Catalog.Roles.Count);
    }
}
