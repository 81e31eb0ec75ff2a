using CareerModel.Assessment;
using CareerModel.Catalogs;
using CareerModel.People;
using CareerModel.Skills;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CareerModel.Tests.Assessment;

/// <summary>The fit formula's promises, over every role of the built-in catalog.</summary>
[Properties(Arbitrary = new[] { typeof(AssessmentArbitraries) }, MaxTest = 100)]
public class FitProperties
{
    private static readonly CareerAssessor Assessor = Seed.Assessor();

    [Property]
    public Property Fit_lies_between_zero_and_one(FitCase c)
    {
        var analysis = Assessor.AnalyzeGaps(c.Profile, c.RoleId);
        return (analysis.Fit is >= 0 and <= 1).Label($"fit {analysis.Fit}")
            .And((analysis.PreferredFit is >= 0 and <= 1).Label($"preferred fit {analysis.PreferredFit}"))
            .And(analysis.Requirements.All(r => r.Ratio is >= 0 and <= 1 && r.Impact >= 0).Label("ratios in [0, 1], impacts >= 0"));
    }

    [Property]
    public Property Fit_is_one_exactly_when_every_required_skill_is_met(FitCase c)
    {
        var role = BuiltInCatalogs.CustomerService.GetRole(c.RoleId);
        var allMet = role.Requirements.Where(r => r.IsRequired).All(r => Have(c.Profile, r.SkillId) >= r.MinimumLevel);

        var fit = Assessor.AnalyzeGaps(c.Profile, c.RoleId).Fit;

        return ((fit == 1) == allMet).Label($"fit {fit:R}, every required skill met: {allMet}")
            .Classify(allMet, "every required skill met");
    }

    [Property]
    public Property Raising_any_skill_never_lowers_fit(RaiseCase raise)
    {
        var profile = raise.Case.Profile;
        var raised = profile.WithSkill(new SkillLevel(raise.SkillId, Math.Min(profile.LevelOf(raise.SkillId) + raise.Raise, 5)));

        var before = Assessor.AnalyzeGaps(profile, raise.Case.RoleId);
        var after = Assessor.AnalyzeGaps(raised, raise.Case.RoleId);

        return (after.Fit >= before.Fit).Label($"fit {before.Fit:R} -> {after.Fit:R}")
            .And((after.PreferredFit >= before.PreferredFit).Label($"preferred fit {before.PreferredFit:R} -> {after.PreferredFit:R}"));
    }

    [Property]
    public bool Earning_a_certification_never_lowers_fit(FitCase c)
    {
        var before = Assessor.AnalyzeGaps(c.Profile, c.RoleId);
        var after = Assessor.AnalyzeGaps(c.Profile.WithCertification("cs-certification"), c.RoleId);
        return after.Fit >= before.Fit && after.PreferredFit >= before.PreferredFit;
    }

    [Property]
    public Property The_required_gaps_cost_exactly_the_fit_missing(FitCase c)
    {
        var analysis = Assessor.AnalyzeGaps(c.Profile, c.RoleId);
        var cost = analysis.Gaps.Where(g => g.IsRequired).Sum(g => g.Impact);
        return (Math.Abs(1 - analysis.Fit - cost) < 1e-9).Label($"1 - fit {1 - analysis.Fit:R}, cost {cost:R}");
    }

    [Property]
    public Property Readiness_is_now_exactly_when_nothing_is_short_and_otherwise_later(FitCase c)
    {
        var readiness = Assessor.AssessReadiness(c.Profile, c.RoleId);
        var plan = readiness.Plan;
        var longestStep = plan.Steps.Where(s => s.IsRequired).Select(s => Seed.Today.Plus(s.LearningTime)).DefaultIfEmpty(Seed.Today).Max();
        return (readiness.Score is >= 0 and <= 1).Label($"score {readiness.Score}")
            .And((readiness.IsReady == (readiness.ReadyDate == Seed.Today)).Label($"ready {readiness.IsReady}, on {readiness.ReadyDate}"))
            .And((readiness.ReadyDate >= longestStep).Label("no sooner than the longest required step"))
            .And(plan.Steps.SkipWhile(s => s.IsRequired).All(s => !s.IsRequired).Label("required steps first"))
            .And((plan.Steps.Count == readiness.Gaps.Gaps.Count).Label("one step per gap"));
    }

    private static double Have(Profile profile, string skillId) =>
        BuiltInCatalogs.CustomerService.GetSkill(skillId).Category == SkillCategory.Certification
            ? (profile.HasCertification(skillId) ? 5 : 0)
            : profile.LevelOf(skillId);
}
