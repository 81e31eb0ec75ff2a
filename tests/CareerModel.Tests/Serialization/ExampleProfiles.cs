using CareerModel.Careers;
using CareerModel.People;
using CareerModel.Skills;
using NodaTime;

namespace CareerModel.Tests.Serialization;

/// <summary>Profiles of people in the built-in customer-service catalog.</summary>
public static class ExampleProfiles
{
    /// <summary>
    /// A junior specialist in the US, a year into the job after three years of part-time retail
    /// work, with the junior level's skills and a customer-service certification, who would like a
    /// hybrid role in customer service in the US or Canada. Written to
    /// docs/examples/customer-service.profile.json.
    /// </summary>
    public static Profile CustomerServiceJunior { get; } = new Profile("cs-junior-specialist", "US")
        .WithSkills([ new SkillLevel("active-listening", 2), new SkillLevel("empathy", 2), new SkillLevel("clear-communication", 2), new SkillLevel("problem-solving", 1), new SkillLevel("patience", 2), new SkillLevel("crm-software", 1.5, new LocalDate(2026, 10, 1)), new SkillLevel("data-entry", 2), new SkillLevel("product-expertise", 1), ])
        .WithCertifications(["cs-certification"])
        .WithEducation(EducationLevel.HighSchool)
        .WithWorkHistory(new WorkHistory( [ new Employment("retail-sales-associate", new LocalDate(2022, 6, 1), new LocalDate(2025, 9, 1), 0.6m, "retail", CareerTrack.IndividualContributor), new Employment("cs-junior-specialist", new LocalDate(2025, 11, 1)), ]))
        .WithPreferences(new Preferences(families: ["customer-service"], minimumRemoteWork: RemoteWork.Hybrid, regionIds: ["US", "CA"]));
}
