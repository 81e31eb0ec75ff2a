using CareerModel.Geography;
using CareerModel.Monetary;

namespace CareerModel.Tests.Geography;

public class RegionTests
{
    [Fact]
    public void A_valid_region_keeps_what_it_was_given()
    {
        var region = new Region("DE", "  Germany ", RegionKind.Country, Currency.EUR, "europe");

        Assert.Equal("DE", region.Id);
        Assert.Equal("Germany", region.Name);
        Assert.Equal(RegionKind.Country, region.Kind);
        Assert.Equal(Currency.EUR, region.Currency);
        Assert.Equal("europe", region.ParentId);
    }

    [Fact]
    public void The_world_has_no_parent()
    {
        var world = new Region("world", "World", RegionKind.World, Currency.USD);

        Assert.Null(world.ParentId);
    }

    [Fact]
    public void An_empty_id_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>("id", () => new Region("", "Europe", RegionKind.RegionGroup, Currency.EUR, "world"));

        Assert.Contains("must not be empty", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_id_is_rejected()
    {
        Assert.Throws<ArgumentNullException>("id", () => new Region(null!, "Europe", RegionKind.RegionGroup, Currency.EUR, "world"));
    }

    [Theory]
    [InlineData("western europe", ' ')]
    [InlineData("europe\t", '\t')]
    [InlineData("eu/west", '/')]
    [InlineData("eu:west", ':')]
    [InlineData("europé", 'é')]
    public void An_id_with_a_character_outside_the_id_alphabet_is_rejected(string givenId, char bad)
    {
        var ex = Assert.Throws<ArgumentException>("id", () => new Region(givenId, "Europe", RegionKind.RegionGroup, Currency.EUR, "world"));

        Assert.Contains($"'{givenId}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"contains '{bad}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("only ASCII letters, digits, '-', '_' and '.'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_id_over_100_characters_is_rejected()
    {
        var id = new string('e', 101);

        var ex = Assert.Throws<ArgumentException>("id", () => new Region(id, "Europe", RegionKind.RegionGroup, Currency.EUR, "world"));

        Assert.Contains(id[..20], ex.Message, StringComparison.Ordinal);
        Assert.Contains("101 characters long", ex.Message, StringComparison.Ordinal);
        Assert.Contains("at most 100", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_id_of_exactly_100_characters_is_accepted()
    {
        var id = new string('e', 100);

        Assert.Equal(id, new Region(id, "Europe", RegionKind.RegionGroup, Currency.EUR, "world").Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void A_blank_name_is_rejected(string givenName)
    {
        var ex = Assert.Throws<ArgumentException>("name", () => new Region("europe", givenName, RegionKind.RegionGroup, Currency.EUR, "world"));

        Assert.Contains("name must not be empty or white space", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_currency_is_rejected()
    {
        Assert.Throws<ArgumentNullException>("currency", () => new Region("europe", "Europe", RegionKind.RegionGroup, null!, "world"));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(-1)]
    public void An_undefined_kind_is_rejected(int givenKind)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>("kind", () => new Region("europe", "Europe", (RegionKind)givenKind, Currency.EUR, "world"));

        Assert.Contains(FormattableString.Invariant($"kind {givenKind} is not a defined RegionKind value"), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_world_with_a_parent_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>("parentId", () => new Region("world", "World", RegionKind.World, Currency.USD, "universe"));

        Assert.Contains("'world'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("must not have a parent", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'universe'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RegionKind.RegionGroup, "europe")]
    [InlineData(RegionKind.Country, "DE")]
    [InlineData(RegionKind.Subdivision, "DE-BY")]
    [InlineData(RegionKind.Metro, "berlin")]
    public void A_region_other_than_the_world_without_a_parent_is_rejected(RegionKind givenKind, string givenId)
    {
        var ex = Assert.Throws<ArgumentException>("parentId", () => new Region(givenId, "Somewhere", givenKind, Currency.EUR));

        Assert.Contains($"'{givenId}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"is a {givenKind} and must name its parent region", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Germany")]
    [InlineData("de")]
    [InlineData("De")]
    [InlineData("D")]
    [InlineData("DEU")]
    [InlineData("D1")]
    public void A_country_id_that_is_not_an_ISO_alpha_2_code_is_rejected(string givenId)
    {
        var ex = Assert.Throws<ArgumentException>("id", () => new Region(givenId, "Germany", RegionKind.Country, Currency.EUR, "europe"));

        Assert.Contains($"'{givenId}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("ISO 3166-1 alpha-2", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("US-CA")]
    [InlineData("AU-NSW")]
    [InlineData("FR-75")]
    [InlineData("GB-E")]
    [InlineData("IN-KA")]
    public void A_subdivision_with_an_ISO_3166_2_id_is_accepted(string givenId)
    {
        Assert.Equal(givenId, new Region(givenId, "Somewhere", RegionKind.Subdivision, Currency.USD, givenId[..2]).Id);
    }

    [Theory]
    [InlineData("California")]
    [InlineData("US")]
    [InlineData("USCA")]
    [InlineData("US_CA")]
    [InlineData("us-ca")]
    [InlineData("US-ca")]
    [InlineData("US-")]
    [InlineData("US-CALI")]
    [InlineData("U1-CA")]
    public void A_subdivision_id_that_is_not_an_ISO_3166_2_code_is_rejected(string givenId)
    {
        var ex = Assert.Throws<ArgumentException>("id", () => new Region(givenId, "California", RegionKind.Subdivision, Currency.USD, "US"));

        Assert.Contains($"'{givenId}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("ISO 3166-2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Region_groups_and_metros_may_use_any_valid_id()
    {
        Assert.Equal("emea", new Region("emea", "EMEA", RegionKind.RegionGroup, Currency.EUR, "world").Id);
        Assert.Equal("new-york.city", new Region("new-york.city", "New York City", RegionKind.Metro, Currency.USD, "US-NY").Id);
    }

    [Fact]
    public void A_region_that_is_its_own_parent_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>("parentId", () => new Region("europe", "Europe", RegionKind.RegionGroup, Currency.EUR, "europe"));

        Assert.Contains("'europe'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("must not be its own parent", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("the world")]
    [InlineData("world/1")]
    public void An_invalid_parent_id_is_rejected(string givenParentId)
    {
        var ex = Assert.Throws<ArgumentException>("parentId", () => new Region("europe", "Europe", RegionKind.RegionGroup, Currency.EUR, givenParentId));

        Assert.Contains("parentId", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Regions_with_the_same_parts_are_equal_and_hash_alike()
    {
        var a = new Region("DE", "Germany", RegionKind.Country, Currency.EUR, "europe");
        var b = new Region("DE", " Germany", RegionKind.Country, Currency.EUR, "europe");

        Assert.Equal(a, b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Regions_that_differ_in_one_part_are_not_equal()
    {
        var a = new Region("DE", "Germany", RegionKind.Country, Currency.EUR, "europe");

        Assert.NotEqual(a, new Region("AT", "Germany", RegionKind.Country, Currency.EUR, "europe"));
        Assert.NotEqual(a, new Region("DE", "Deutschland", RegionKind.Country, Currency.EUR, "europe"));
        Assert.NotEqual(a, new Region("DE", "Germany", RegionKind.RegionGroup, Currency.EUR, "europe"));
        Assert.NotEqual(a, new Region("DE", "Germany", RegionKind.Country, Currency.CHF, "europe"));
        Assert.NotEqual(a, new Region("DE", "Germany", RegionKind.Country, Currency.EUR, "world"));
        Assert.False(a.Equals(null));
        Assert.False(a.Equals("DE"));
    }

    [Fact]
    public void ToString_names_the_region_its_id_kind_and_currency()
    {
        Assert.Equal("Germany (DE, Country, EUR)", new Region("DE", "Germany", RegionKind.Country, Currency.EUR, "europe").ToString());
    }
}
