using CareerModel.Careers;
using CareerModel.Catalogs;
using CareerModel.People;
using CareerModel.Skills;
using FsCheck;
using FsCheck.Fluent;

namespace CareerModel.Tests.Assessment;

/// <summary>A profile to assess against one role of the built-in catalog.</summary>
public sealed record FitCase(string RoleId, Profile Profile)
{
    public override string ToString() =>
        $"{RoleId}: [{string.Join(", ", Profile.Skills)}]{(Profile.Certifications.Count > 0 ? " + " + string.Join(", ", Profile.Certifications) : "")}";
}

/// <summary>A case and one skill to raise by some amount (capped at the top of the scale).</summary>
public sealed record RaiseCase(FitCase Case, string SkillId, double Raise)
{
    public override string ToString() => $"{Case}; raise {SkillId} by {Raise}";
}

/// <summary>
/// Generators for profiles against the roles of the built-in catalog. A role's own skills sit near
/// what it needs; in a third of the cases never below it, so that every required skill is met in a
/// good share of cases (a certification may still be missing); other skills are sometimes listed at any level; levels are quarters from 0 to 5. Cases
/// shrink by dropping skills and the certification, then by rounding levels down.
/// </summary>
public static class AssessmentArbitraries
{
    private static readonly CareerCatalog Catalog = BuiltInCatalogs.CustomerService;

    private static readonly Skill[] LevelledSkills = [.. Catalog.Skills.Where(s => s.Category != SkillCategory.Certification)];

    private static readonly string[] Certifications = [.. Catalog.Skills.Where(s => s.Category == SkillCategory.Certification).Select(s => s.Id)];

    public static Gen<double> LevelGen { get; } = Gen.Choose(0, 20).Select(quarters => quarters / 4.0);

    public static Gen<FitCase> FitCaseGen { get; } =
        from role in Gen.Elements(Catalog.Roles.ToArray())
        from meetsAll in Gen.Frequency((1, Gen.Constant(true)), (2, Gen.Constant(false)))
        from levels in Gen.CollectToArray(LevelledSkills, skill => SkillGen(role, skill, meetsAll))
        from certifications in Gen.SubListOf(Certifications)
        select new FitCase(role.Id, new Profile().WithSkills(levels.OfType<SkillLevel>()).WithCertifications(certifications));

    public static Gen<RaiseCase> RaiseCaseGen { get; } =
        from fitCase in FitCaseGen
        from skill in Gen.Elements(LevelledSkills)
        from quarters in Gen.Choose(1, 20)
        select new RaiseCase(fitCase, skill.Id, quarters / 4.0);

    public static Arbitrary<FitCase> FitCaseArb() => Arb.From(FitCaseGen, Shrink);

    public static Arbitrary<RaiseCase> RaiseCaseArb() =>
        Arb.From(RaiseCaseGen, raise => Shrink(raise.Case).Select(c => raise with { Case = c }));

    public static IEnumerable<FitCase> Shrink(FitCase fitCase)
    {
        var profile = fitCase.Profile;
        foreach (var certification in profile.Certifications)
            yield return fitCase with { Profile = new Profile().WithSkills(profile.Skills).WithCertifications(profile.Certifications.Where(c => c != certification)) };
        foreach (var skill in profile.Skills)
            yield return fitCase with { Profile = new Profile().WithSkills(profile.Skills.Where(s => s != skill)).WithCertifications(profile.Certifications) };
        foreach (var skill in profile.Skills.Where(s => s.Level != Math.Floor(s.Level)))
            yield return fitCase with { Profile = profile.WithSkill(new SkillLevel(skill.SkillId, Math.Floor(skill.Level))) };
    }

    /// <summary>A level for one skill: near the role's need when it has one (never below it when <paramref name="meetsAll"/>).</summary>
    private static Gen<SkillLevel?> SkillGen(Role role, Skill skill, bool meetsAll)
    {
        var requirement = role.Requirements.FirstOrDefault(r => r.SkillId == skill.Id);
        if (requirement is null)
        {
            return Gen.Frequency(
                (3, Gen.Constant<SkillLevel?>(null)),
                (1, LevelGen.Select(level => (SkillLevel?)new SkillLevel(skill.Id, level))));
        }
        var near = (meetsAll ? Gen.Elements(0.0, 0.0, 0.25, 0.5, 1.0) : Gen.Elements(0.0, 0.0, 0.25, 1.0, -0.25, -0.5, -1.0, -2.0))
            .Select(delta => (SkillLevel?)new SkillLevel(skill.Id, Math.Clamp(requirement.MinimumLevel + delta, 0, 5)));
        return meetsAll ? near : Gen.Frequency((1, Gen.Constant<SkillLevel?>(null)), (6, near));
    }
}
