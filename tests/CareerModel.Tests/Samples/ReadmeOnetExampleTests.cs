using CareerModel.Careers;
using CareerModel.Onet;
using CareerModel.Tests.Onet;

namespace CareerModel.Tests.Samples;

/// <summary>The README's O*NET example, with the output it promises, on the real release.</summary>
[Collection(OnetReleaseGroup.Name)]
public class ReadmeOnetExampleTests(OnetReleaseFixture fixture)
{
    [Fact]
    public void The_onet_example_prints_what_the_readme_says()
    {
        // The README loads from paths relative to a checkout's parent; the fixture loads the same files.
        var onet = fixture.Result;
        var csr = onet.Catalog.GetRole("43-4051.00");
        Assert.Equal("Customer Service Representatives: Job Zone 2, US USD 30,690.00 – 62,730.00 (midpoint 42,830.00), mean 45,380.00",
            $"{csr.Title}: Job Zone {csr.Rank}, US {csr.PayBands["US"]}");
        Assert.Equal("2.C.1.e ≥ 5.67 (importance 4.7, required, SE 0.478, bounds 4.688–6.656)", csr.Requirements.Single(r => r.SkillId == "2.C.1.e").ToString());

        var moves = onet.Catalog.GetTransitionsFrom("43-4051.00")
            .Select(move => $"→ {onet.Catalog.GetRole(move.ToRoleId).Title} ({move.Kind})").ToList();
        Assert.Equal(
            [
                "→ Sales Representatives of Services, Except Advertising, Insurance, Financial Services, and Travel (Lateral)",
                "→ First-Line Supervisors of Office and Administrative Support Workers (Promotion)",
                "→ Bill and Account Collectors (Lateral)",
            ],
            moves.Take(3));

        Assert.Equal("≥ USD 239,200.00 (top-coded)", onet.Wages["11-1011.00"].Annual.P90.ToString());
    }

    [Fact]
    public void The_one_call_load_works_from_a_path()
    {
        var options = new OnetImportOptions { Transitions = { Enabled = false } };

        var result = OnetCatalog.Load(OnetDataFolders.Onet, OnetDataFolders.OewsFile, options);

        Assert.Equal(TransitionKind.Promotion, fixture.Result.Catalog.GetTransitionsFrom("43-4051.00")[1].Kind);
        Assert.Equal(923, result.Catalog.Roles.Count);
    }
}
