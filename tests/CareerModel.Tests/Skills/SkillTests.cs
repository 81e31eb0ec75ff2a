using CareerModel.Skills;

namespace CareerModel.Tests.Skills;

public class SkillTests
{
    [Fact]
    public void A_valid_skill_keeps_what_it_was_given()
    {
        var skill = new Skill("active-listening", " Active listening ", SkillCategory.Soft, "  Giving full attention.  ");

        Assert.Equal("active-listening", skill.Id);
        Assert.Equal("Active listening", skill.Name);
        Assert.Equal(SkillCategory.Soft, skill.Category);
        Assert.Equal("Giving full attention.", skill.Description);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_or_blank_description_becomes_null(string? description)
    {
        Assert.Null(new Skill("crm", "CRM software", SkillCategory.Technical, description).Description);
    }

    [Fact]
    public void An_empty_id_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>("id", () => new Skill("", "CRM software", SkillCategory.Technical));

        Assert.Contains("id must not be empty", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("crm software", ' ')]
    [InlineData("crm/software", '/')]
    [InlineData("crm\u00a0software", '\u00a0')]
    public void An_id_with_a_character_outside_the_id_alphabet_is_rejected(string givenId, char bad)
    {
        var ex = Assert.Throws<ArgumentException>("id", () => new Skill(givenId, "CRM software", SkillCategory.Technical));

        Assert.Contains($"'{givenId}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"contains '{bad}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("may hold only ASCII letters, digits", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_id_over_100_characters_is_rejected()
    {
        var id = new string('s', 150);

        var ex = Assert.Throws<ArgumentException>("id", () => new Skill(id, "CRM software", SkillCategory.Technical));

        Assert.Contains("150 characters long", ex.Message, StringComparison.Ordinal);
        Assert.Contains("at most 100", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_may_hold_letters_digits_dashes_underscores_and_dots()
    {
        Assert.Equal("43-4051.00_x", new Skill("43-4051.00_x", "Customer service", SkillCategory.Knowledge).Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void A_blank_name_is_rejected(string givenName)
    {
        var ex = Assert.Throws<ArgumentException>("name", () => new Skill("crm", givenName, SkillCategory.Technical));

        Assert.Contains("name must not be empty or white space", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_name_is_rejected()
    {
        Assert.Throws<ArgumentNullException>("name", () => new Skill("crm", null!, SkillCategory.Technical));
    }

    [Fact]
    public void An_undefined_category_is_rejected()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>("category", () => new Skill("crm", "CRM software", (SkillCategory)42));

        Assert.Contains("category 42 is not a defined SkillCategory value", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Skills_with_the_same_parts_are_equal_and_hash_alike()
    {
        var a = new Skill("crm", "CRM software", SkillCategory.Technical, "Tools");
        var b = new Skill("crm", "CRM software ", SkillCategory.Technical, " Tools");

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Skills_that_differ_in_one_part_are_not_equal()
    {
        var a = new Skill("crm", "CRM software", SkillCategory.Technical, "Tools");

        Assert.NotEqual(a, new Skill("crm2", "CRM software", SkillCategory.Technical, "Tools"));
        Assert.NotEqual(a, new Skill("crm", "CRM", SkillCategory.Technical, "Tools"));
        Assert.NotEqual(a, new Skill("crm", "CRM software", SkillCategory.Knowledge, "Tools"));
        Assert.NotEqual(a, new Skill("crm", "CRM software", SkillCategory.Technical));
        Assert.False(a.Equals(null));
    }

    [Fact]
    public void ToString_names_the_skill_its_id_and_category()
    {
        Assert.Equal("Active listening (active-listening, Soft)", new Skill("active-listening", "Active listening", SkillCategory.Soft).ToString());
    }
}
