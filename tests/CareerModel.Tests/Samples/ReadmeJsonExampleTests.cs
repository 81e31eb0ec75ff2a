using CareerModel.Catalogs;
using CareerModel.People;
using CareerModel.Serialization;
using CareerModel.Tests.Serialization;

namespace CareerModel.Tests.Samples;

/// <summary>What the README's "Bring your own catalog" blocks read and write, beyond what they print (<see cref="ReadmeCodeBlockTests"/> runs every block).</summary>
public class ReadmeJsonExampleTests
{
    [Fact]
    public void Writing_a_catalog_to_a_file_and_loading_it_in_one_call_gives_it_back()
    {
        // The README's relative paths, made absolute in a folder of the test's own.
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            var start = Path.Combine(folder.FullName, "customer-service.catalog.json");
            var path = Path.Combine(folder.FullName, "my-catalog.json");
            CareerCatalogJson.WriteFile(BuiltInCatalogs.CustomerService, start);   // a start for your own
            File.Copy(start, path);

            var mine = CareerCatalogJson.ReadFile(path);

            Assert.Equal(BuiltInCatalogs.CustomerService, mine);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_profile_read_against_the_catalog_and_written_back_with_a_new_skill_level_reads_back()
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            var path = Path.Combine(folder.FullName, "me.profile.json");
            File.Copy(RepoFiles.ExampleProfile, path);

            var me = ProfileJson.ReadFile(path, BuiltInCatalogs.CustomerService);
            ProfileJson.WriteFile(me.WithSkill(new SkillLevel("empathy", 4)), path);

            Assert.Equal(4, ProfileJson.ReadFile(path, BuiltInCatalogs.CustomerService).LevelOf("empathy"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
