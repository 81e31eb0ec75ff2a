using CareerModel.Assessment;
using CareerModel.Skills;
using NodaTime;

namespace CareerModel.Tests.Assessment;

public class LearningTimesTests
{
    [Theory]
    [InlineData(SkillCategory.Technical, 3)]
    [InlineData(SkillCategory.Soft, 6)]
    [InlineData(SkillCategory.Knowledge, 4)]
    [InlineData(SkillCategory.Ability, 12)]
    [InlineData(SkillCategory.Certification, 3)]
    [InlineData(SkillCategory.Language, 12)]
    public void The_default_time_per_level_step_is_as_documented(SkillCategory category, int months)
    {
        var time = LearningTimes.Default.PerLevelStep(category);

        Assert.Equal(months, (time.Years * 12) + time.Months);
    }

    [Fact]
    public void Education_times_add_up_from_one_level_to_the_next()
    {
        var times = LearningTimes.Default;

        Assert.Equal(Period.FromYears(2), times.ForEducation(EducationLevel.HighSchool, EducationLevel.Associate));
        Assert.Equal(Period.FromYears(4), times.ForEducation(EducationLevel.HighSchool, EducationLevel.Bachelor));
        Assert.Equal(Period.FromYears(11), times.ForEducation(EducationLevel.None, EducationLevel.Doctorate));
        Assert.Equal(Period.Zero, times.ForEducation(EducationLevel.Master, EducationLevel.Bachelor));
        Assert.Equal(Period.Zero, times.ForEducationLevel(EducationLevel.None));
    }

    [Fact]
    public void With_methods_return_a_changed_copy()
    {
        var changed = LearningTimes.Default
            .WithPerLevelStep(SkillCategory.Technical, Period.FromWeeks(6))
            .WithEducationLevel(EducationLevel.Bachelor, Period.FromYears(3))
            .WithConcurrentSkills(1);

        Assert.Equal(Period.FromWeeks(6), changed.PerLevelStep(SkillCategory.Technical));
        Assert.Equal(Period.FromYears(3), changed.ForEducationLevel(EducationLevel.Bachelor));
        Assert.Equal(1, changed.ConcurrentSkills);
        Assert.Equal(Period.FromMonths(3), LearningTimes.Default.PerLevelStep(SkillCategory.Technical));
        Assert.Equal(3, LearningTimes.Default.ConcurrentSkills);
        Assert.Equal(
            "per level step: Technical 3 months, Soft 6 months, Knowledge 4 months, Ability 1 year, Certification 3 months, Language 1 year; 3 skills at once",
            LearningTimes.Default.ToString());
    }

    [Fact]
    public void A_learning_time_must_be_a_positive_date_period_of_at_most_twenty_years()
    {
        var zero = Assert.Throws<ArgumentException>(() => LearningTimes.Default.WithPerLevelStep(SkillCategory.Soft, Period.Zero));
        var negative = Assert.Throws<ArgumentException>(() => LearningTimes.Default.WithPerLevelStep(SkillCategory.Soft, Period.FromMonths(-1)));
        var hours = Assert.Throws<ArgumentException>(() => LearningTimes.Default.WithPerLevelStep(SkillCategory.Soft, Period.FromHours(40)));
        var tooLong = Assert.Throws<ArgumentException>(() => LearningTimes.Default.WithEducationLevel(EducationLevel.Doctorate, Period.FromYears(21)));

        Assert.StartsWith("The learning time for Soft, P0D, must be more than zero and at most 20 years.", zero.Message, StringComparison.Ordinal);
        Assert.StartsWith("The learning time for Soft, P-1M, must be in years, months, weeks and days, none of them negative.", negative.Message, StringComparison.Ordinal);
        Assert.Equal("time", hours.ParamName);
        Assert.StartsWith("The time to complete Doctorate, P21Y, must be more than zero and at most 20 years.", tooLong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Concurrency_and_education_levels_are_checked()
    {
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => LearningTimes.Default.WithConcurrentSkills(0)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => LearningTimes.Default.WithConcurrentSkills(21)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => LearningTimes.Default.WithEducationLevel(EducationLevel.None, Period.FromYears(1))).ParamName);
        Assert.Equal("category", Assert.Throws<ArgumentOutOfRangeException>(() => LearningTimes.Default.PerLevelStep((SkillCategory)99)).ParamName);
    }
}
