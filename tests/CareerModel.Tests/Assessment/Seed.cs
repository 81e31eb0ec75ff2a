using CareerModel.Assessment;
using CareerModel.Catalogs;
using CareerModel.People;
using CareerModel.Skills;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests.Assessment;

/// <summary>
/// The people the assessment tests share, on the built-in customer-service ladder, assessed on
/// 2026-11-25 (UTC).
/// </summary>
internal static class Seed
{
    public static LocalDate Today { get; } = new(2026, 11, 25);

    /// <summary>A fresh clock at noon on <see cref="Today"/> (a FakeClock can be advanced, so none is shared).</summary>
    public static FakeClock Clock() => new(Instant.FromUtc(2026, 11, 25, 12, 0));

    public static CareerAssessor Assessor(LearningTimes? learningTimes = null) =>
        CareerAssessor.Create(BuiltInCatalogs.CustomerService, Clock(), DateTimeZone.Utc, learningTimes);

    /// <summary>
    /// A junior specialist hired on 2025-11-25 (one year ago), high-school educated, with the
    /// skills a year on the junior level typically brings: the junior requirements met, some
    /// above, and a first go at troubleshooting and conflict resolution.
    /// </summary>
    public static Profile Junior { get; } = new Profile("cs-junior-specialist", "US")
        .WithSkills([ new SkillLevel("active-listening", 3), new SkillLevel("empathy", 3), new SkillLevel("clear-communication", 3), new SkillLevel("problem-solving", 2), new SkillLevel("patience", 3), new SkillLevel("crm-software", 2, new LocalDate(2026, 11, 24)), new SkillLevel("data-entry", 3), new SkillLevel("product-expertise", 2), new SkillLevel("knowledge-base-navigation", 2), new SkillLevel("microsoft-office", 2), new SkillLevel("email-management", 2), new SkillLevel("time-management", 2), new SkillLevel("troubleshooting", 1), new SkillLevel("conflict-resolution", 2), ])
        .WithEducation(EducationLevel.HighSchool)
        .WithWorkHistory(new WorkHistory([new Employment("cs-junior-specialist", new LocalDate(2025, 11, 25))]));
}
