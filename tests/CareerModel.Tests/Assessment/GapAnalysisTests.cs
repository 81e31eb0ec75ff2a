using CareerModel.Assessment;
using CareerModel.People;
using CareerModel.Skills;
using NodaTime;

namespace CareerModel.Tests.Assessment;

/// <summary>The junior of <see cref="Seed"/> against the Specialist and Team Lead levels, with the fit worked out by hand.</summary>
public class GapAnalysisTests
{
    private static readonly CareerAssessor Assessor = Seed.Assessor();

    [Fact]
    public void With_no_gaps_the_description_names_no_top_gap_and_a_preferred_education_held_exactly_is_met()
    {
        var analysis = Assessor.AnalyzeGaps(Seed.Junior.WithCertifications(["cs-certification"]), "cs-junior-specialist");

        Assert.Empty(analysis.Gaps);
        Assert.DoesNotContain("top gap", analysis.ToString(), StringComparison.Ordinal);
        var specialist = Assessor.AnalyzeGaps(Seed.Junior.WithEducation(EducationLevel.Associate), "cs-specialist");
        Assert.True(specialist.Education!.IsPreferredMet);
        Assert.Equal("education Associate: minimum HighSchool met, preferred Associate met", specialist.Education.ToString());
    }

    [Fact]
    public void A_junior_fits_the_specialist_level_two_thirds()
    {
        // Required weights 2+2+2+3+3+3+2+2+1+1+1+1 = 23. Met in full: active listening, empathy,
        // clear communication (2 each), knowledge base, email, time management (1 each) = 9.
        // Part met: problem solving 2/3 × 3 = 2, product expertise 2/3 × 3 = 2, troubleshooting
        // 1/2 × 2 = 1, CRM 2/3 × 2 = 4/3. Short: de-escalation 0, help desk 0.
        // Fit = (9 + 2 + 2 + 1 + 4/3) / 23 = (46/3) / 23 = 2/3.
        var analysis = Assessor.AnalyzeGaps(Seed.Junior, "cs-specialist");

        Assert.Equal(2.0 / 3, analysis.Fit, 12);
        Assert.Equal(0, analysis.PreferredFit);
        Assert.False(analysis.AreRequiredSkillsMet);
        Assert.Equal(Seed.Today, analysis.AsOf);
        Assert.Equal("cs-specialist: fit 0.667 (preferred 0), 6 of 12 required skills short, top gap de-escalation", analysis.ToString());
    }

    [Fact]
    public void The_specialist_gaps_are_ordered_by_the_fit_they_cost()
    {
        var analysis = Assessor.AnalyzeGaps(Seed.Junior, "cs-specialist");

        // De-escalation costs 3/23 of the fit; problem solving, product expertise, troubleshooting and
        // the help desk 1/23 each (ties go to the more important); CRM 2/3 × 2 / 23. Then the preferred.
        Assert.Equal(
            ["de-escalation", "problem-solving", "product-expertise", "troubleshooting", "help-desk-ticketing", "crm-software", "cs-certification", "feedback-analysis"],
            analysis.Gaps.Select(g => g.SkillId));
        var top = analysis.Gaps[0];
        Assert.Equal((0.0, 2.0, 2.0, 3.0, true, false), (top.Have, top.Need, top.Shortfall, top.Importance, top.IsRequired, top.IsMet));
        Assert.Equal(3.0 / 23, top.Impact, 12);
        Assert.Equal("de-escalation: have 0, need 2 (importance 3, required), impact 0.13", top.ToString());
        Assert.Equal(1 - analysis.Fit, analysis.Gaps.Where(g => g.IsRequired).Sum(g => g.Impact), 12);
    }

    [Fact]
    public void Every_requirement_is_reported_met_or_not_with_met_ones_after_the_gaps()
    {
        var analysis = Assessor.AnalyzeGaps(Seed.Junior, "cs-specialist");

        Assert.Equal(14, analysis.Requirements.Count);
        Assert.Equal(
            ["active-listening", "clear-communication", "empathy", "email-management", "knowledge-base-navigation", "time-management"],
            analysis.Requirements.Where(r => r.IsMet).Select(r => r.SkillId));
        Assert.Equal("empathy: have 3, need 3 (importance 2, required), met", analysis.Requirements.Single(r => r.SkillId == "empathy").ToString());
        Assert.Equal(new LocalDate(2026, 11, 24), analysis.Requirements.Single(r => r.SkillId == "crm-software").LastUsed);
    }

    [Fact]
    public void A_junior_with_a_year_meets_the_specialist_experience_and_education_minimum_but_not_the_preferred_associate_degree()
    {
        var analysis = Assessor.AnalyzeGaps(Seed.Junior, "cs-specialist");

        Assert.NotNull(analysis.Experience);
        Assert.True(analysis.Experience.IsMet);
        Assert.Equal(1.0, analysis.Experience.HaveYears);
        Assert.Equal(Period.Zero, analysis.Experience.Shortfall);
        Assert.Equal("experience 1 year against 1–3 years: met", analysis.Experience.ToString());
        Assert.NotNull(analysis.Education);
        Assert.True(analysis.Education.IsMinimumMet);
        Assert.False(analysis.Education.IsPreferredMet);
        Assert.Equal("education HighSchool: minimum HighSchool met, preferred Associate not met", analysis.Education.ToString());
    }

    [Fact]
    public void A_junior_fits_the_team_lead_level_seven_thirty_sixths_and_lacks_four_years_of_experience()
    {
        // Required weights 3+3+2+2+2+1+1+1 = 15. Nothing of team leadership, coaching, team metrics or
        // mentoring; conflict resolution 2/4 × 2 = 1, problem solving 2/4 × 1, clear communication
        // 3/4 × 1, time management 2/3 × 1. Fit = (1 + 1/2 + 3/4 + 2/3) / 15 = (35/12) / 15 = 7/36.
        var analysis = Assessor.AnalyzeGaps(Seed.Junior, "cs-team-lead");

        Assert.Equal(7.0 / 36, analysis.Fit, 12);
        Assert.Equal(
            ["coaching-performance-management", "team-leadership", "mentoring", "team-metrics-analysis", "conflict-resolution", "problem-solving", "time-management", "clear-communication", "process-optimisation"],
            analysis.Gaps.Select(g => g.SkillId));
        Assert.Equal(0.2, analysis.Gaps[0].Impact, 12);
        Assert.NotNull(analysis.Experience);
        Assert.False(analysis.Experience.IsMet);
        Assert.Equal(Period.FromYears(4), analysis.Experience.Shortfall);
        Assert.Equal(4.0, analysis.Experience.ShortfallYears);
        Assert.Equal(0.2, analysis.Experience.Ratio);
        Assert.Equal("experience 1 year against 5–8 years: 4 years short", analysis.Experience.ToString());
        Assert.Equal(EducationLevel.Bachelor, analysis.Education!.Preferred);
    }

    [Fact]
    public void Meeting_every_required_skill_gives_a_fit_of_exactly_one_even_with_preferred_gaps()
    {
        var profile = Seed.Junior
            .WithSkill(new SkillLevel("de-escalation", 2))
            .WithSkill(new SkillLevel("problem-solving", 3))
            .WithSkill(new SkillLevel("product-expertise", 3))
            .WithSkill(new SkillLevel("troubleshooting", 2))
            .WithSkill(new SkillLevel("help-desk-ticketing", 2))
            .WithSkill(new SkillLevel("crm-software", 3));

        var analysis = Assessor.AnalyzeGaps(profile, "cs-specialist");

        Assert.Equal(1.0, analysis.Fit);
        Assert.True(analysis.AreRequiredSkillsMet);
        Assert.Equal(["cs-certification", "feedback-analysis"], analysis.Gaps.Select(g => g.SkillId));
    }

    [Fact]
    public void A_held_certification_counts_as_the_top_of_the_scale()
    {
        var analysis = Assessor.AnalyzeGaps(Seed.Junior.WithCertification("cs-certification"), "cs-specialist");

        var certification = analysis.Requirements.Single(r => r.SkillId == "cs-certification");
        Assert.True(certification.IsCertification);
        Assert.True(certification.IsMet);
        Assert.Equal(5, certification.Have);
        Assert.Equal(0.5, analysis.PreferredFit);
        Assert.Equal(2.0 / 3, analysis.Fit, 12);
    }

    [Fact]
    public void The_same_profile_and_day_give_the_same_analysis()
    {
        Assert.Equivalent(Assessor.AnalyzeGaps(Seed.Junior, "cs-team-lead"), Seed.Assessor().AnalyzeGaps(Seed.Junior, "cs-team-lead"), strict: true);
        Assert.NotEqual(Assessor.AnalyzeGaps(Seed.Junior, "cs-team-lead").ToString(), Assessor.AnalyzeGaps(Seed.Junior, "cs-specialist").ToString());
    }

    [Fact]
    public void Ten_years_of_experience_meet_the_specialist_range_and_lie_above_it()
    {
        var veteran = new Profile()
            .WithSkills(Seed.Junior.Skills)
            .WithEducation(EducationLevel.Bachelor)
            .WithWorkHistory(new WorkHistory([new Employment("cs-specialist", new LocalDate(2016, 11, 25))]));

        var analysis = Assessor.AnalyzeGaps(veteran, "cs-specialist");

        Assert.Equal(10.0, analysis.Experience!.HaveYears);
        Assert.True(analysis.Experience.IsMet);
        Assert.True(analysis.Experience.IsAboveTypicalRange);
        Assert.Equal("experience 10 years against 1–3 years: met, above the range", analysis.Experience.ToString());
        Assert.True(analysis.Education!.IsPreferredMet);
    }
}
