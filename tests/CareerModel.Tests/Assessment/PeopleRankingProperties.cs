using CareerModel.Assessment;
using CareerModel.Careers;
using CareerModel.Geography;
using CareerModel.Monetary;
using CareerModel.People;
using CareerModel.Skills;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests.Assessment;

/// <summary>
/// Ranking people scores each of them exactly as the assessor does — for random catalogs (up to
/// 30 skills, every seventh a certification, some requirements preferred, roles with and without
/// an experience range and an education minimum), random people (levels in quarter steps,
/// certifications, education, overlapping and part-time work in and outside the catalog, many of
/// them copies of one another so that ties are common) and random learning times — and keeps the
/// first of them in the assessor's order, on any number of threads.
/// </summary>
[Properties(Arbitrary = [typeof(WorkforceArbitraries)], MaxTest = 200)]
public class PeopleRankingProperties
{
    private static readonly int[] Threads = [2, 3, 8];

    private static FakeClock Clock() => new(Instant.FromUtc(2026, 11, 25, 12, 0));

    /// <summary>The months to be ready as the assessor works them out, from the parts of its own assessment.</summary>
    private static double AssessedMonths(Readiness readiness) =>
        CareerAssessor.ReadyMonths(readiness.Plan.RequiredMonths, CareerModel.Internal.CalendarMath.MonthsOf(readiness.EducationTime), readiness.Gaps.Experience?.ShortfallMonths ?? 0);

    [Property]
    public Property Every_person_is_scored_with_the_assessors_fit_months_and_ready_date(Workforce w)
    {
        var assessor = CareerAssessor.Create(w.Catalog, Clock(), DateTimeZone.Utc, w.Times);
        var wrong = new List<string>();
        foreach (var role in w.Catalog.Roles)
        {
            var compiled = new CompiledRole(assessor, role, WorkforceArbitraries.Today);
            var scratch = compiled.CreateScratch();
            for (var i = 0; i < w.People.Count; i++)
            {
                var expected = assessor.AssessReadiness(w.People[i], role.Id);
                if (!compiled.TryScore(w.People[i], scratch, out var fit, out var months))
                {
                    wrong.Add($"{role.Id}, person {i}: refused");
                    continue;
                }
                var (readyDate, rankedFit) = compiled.Score(w.People[i], i, scratch);
                if (!fit.Equals(expected.Fit) || !rankedFit.Equals(expected.Fit))
                    wrong.Add($"{role.Id}, person {i}: fit {fit:R}, assessor {expected.Fit:R}");
                if (!months.Equals(AssessedMonths(expected)))
                    wrong.Add($"{role.Id}, person {i}: {months:R} months, assessor {AssessedMonths(expected):R}");
                if (readyDate != expected.ReadyDate)
                    wrong.Add($"{role.Id}, person {i}: ready {readyDate:uuuu-MM-dd}, assessor {expected.ReadyDate:uuuu-MM-dd}");
            }
        }
        return (wrong.Count == 0).Label(string.Join("\n", wrong.Take(20)))
            .Classify(w.Catalog.Roles.Any(r => r.TypicalExperience is not null), "a role asks for experience")
            .Classify(w.People.Any(p => p.WorkHistory.Employments.Any(e => e.FullTimeEquivalent < 1)), "part-time work");
    }

    [Property]
    public Property The_ranking_is_the_assessors_readiness_sorted_by_ready_date_then_fit_then_position(Workforce w, PositiveInt k, bool inParallel)
    {
        var assessor = CareerAssessor.Create(w.Catalog, Clock(), DateTimeZone.Utc, w.Times);
        var role = w.Catalog.Roles[k.Get % w.Catalog.Roles.Count];
        var count = 1 + (k.Get % (w.People.Count + 2));
        var assessed = w.People.Select((p, i) => (Index: (long)i, Readiness: assessor.AssessReadiness(p, role.Id))).ToArray();
        var expected = assessed
            .OrderBy(x => x.Readiness.ReadyDate)
            .ThenByDescending(x => x.Readiness.Fit)
            .ThenBy(x => x.Index)
            .Take(count)
            .ToArray();

        var ranking = assessor.RankPeople(role.Id, w.People, count, inParallel ? 3 : 1);

        var sameOrder = expected.Select(x => x.Index).SequenceEqual(ranking.People.Select(p => p.Index));
        var sameAssessments = ranking.People.All(p => Structurally.Same(assessed[p.Index].Readiness, p.Readiness));
        return (sameOrder && sameAssessments && ranking.PeopleConsidered == w.People.Count
                && ranking.People.Select(p => p.Rank).SequenceEqual(Enumerable.Range(1, ranking.People.Count)))
            .Label($"expected [{string.Join(", ", expected.Select(x => x.Index))}], ranked [{string.Join(", ", ranking.People.Select(p => p.Index))}]; same assessments: {sameAssessments}")
            .Classify(expected.Zip(expected.Skip(1)).Any(x => x.First.Readiness.ReadyDate == x.Second.Readiness.ReadyDate), "ties on the ready date");
    }

    [Property]
    public Property Any_number_of_threads_keeps_the_same_people_in_the_same_order(Workforce w, PositiveInt k)
    {
        var assessor = CareerAssessor.Create(w.Catalog, Clock(), DateTimeZone.Utc, w.Times);
        var role = w.Catalog.Roles[k.Get % w.Catalog.Roles.Count];
        var count = 1 + (k.Get % 7);
        // Many copies of the population, so the partitioner hands out many chunks.
        var people = Enumerable.Repeat(w.People, 40).SelectMany(p => p).ToArray();
        string Rank(int threads, IEnumerable<Profile> input) =>
            string.Join("; ", assessor.RankPeople(role.Id, input, count, threads).People.Select(p => $"{p.Index} {p.ReadyDate:uuuu-MM-dd} {p.Fit:R}"));

        var sequential = Rank(1, people);

        return Threads.All(t => Rank(t, people) == sequential && Rank(t, people.Select(p => p)) == sequential).Label(sequential);
    }
}

/// <summary>A catalog, a population of people in it (in the order they are ranked) and the learning times.</summary>
public sealed class Workforce(CareerCatalog catalog, IReadOnlyList<Profile> people, LearningTimes times)
{
    public CareerCatalog Catalog { get; } = catalog;

    public IReadOnlyList<Profile> People { get; } = people;

    public LearningTimes Times { get; } = times;

    public override string ToString() =>
        $"{Times}; roles {string.Join("; ", Catalog.Roles.Select(r => $"{r.Id} ({r.TypicalExperience}, {r.Education}): {string.Join(", ", r.Requirements)}"))}; "
        + $"people {string.Join(" | ", People.Select((p, i) => $"{i}: {string.Join(", ", p.Skills)} + [{string.Join(", ", p.Certifications)}], {p.Education}, {string.Join("; ", p.WorkHistory.Employments)}"))}";
}

/// <summary>Generators of <see cref="Workforce"/>s; a workforce shrinks by dropping people and by going back to the default learning times.</summary>
public static class WorkforceArbitraries
{
    public static LocalDate Today { get; } = new(2026, 11, 25);

    private static readonly SkillCategory[] Learnt =
        [SkillCategory.Technical, SkillCategory.Soft, SkillCategory.Knowledge, SkillCategory.Ability, SkillCategory.Language];

    private static bool IsCertification(int s) => s % 7 == 6;

    /// <summary>A learning time per level step: whole months, or months, weeks and days; never zero.</summary>
    private static readonly Gen<Period> StepGen =
        from months in Gen.Choose(0, 12)
        from weeks in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(0, 10)))
        from days in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(0, 30)))
        select months + weeks + days == 0 ? Period.FromWeeks(6) : Period.FromMonths(months) + Period.FromWeeks(weeks) + Period.FromDays(days);

    private static readonly Gen<LearningTimes> TimesGen = Gen.Frequency(
        (1, Gen.Constant(LearningTimes.Default)),
        (2, from steps in Gen.ArrayOf(StepGen, Enum.GetValues<SkillCategory>().Length)
            from concurrent in Gen.Choose(1, 4)
            select Enum.GetValues<SkillCategory>().Aggregate(LearningTimes.Default.WithConcurrentSkills(concurrent), (t, c) => t.WithPerLevelStep(c, steps[(int)c]))));

    /// <summary>A role's typical experience: none, months, or years.</summary>
    private static readonly Gen<ExperienceRange?> ExperienceGen = Gen.Frequency(
        (1, Gen.Constant<ExperienceRange?>(null)),
        (1, Gen.Choose(0, 11).Select(m => (ExperienceRange?)new ExperienceRange(Period.FromMonths(m), Period.FromMonths(m + 3)))),
        (2, from min in Gen.Choose(0, 8) from width in Gen.Choose(0, 4) select (ExperienceRange?)ExperienceRange.Years(min, min + width)));

    private static readonly Gen<EducationRequirement?> EducationGen = Gen.Frequency(
        (1, Gen.Constant<EducationRequirement?>(null)),
        (2, Gen.Choose(0, 7).Select(l => (EducationRequirement?)new EducationRequirement((EducationLevel)l))));

    /// <summary>A period of work: in a catalog role or outside it (with family and track), started up to 15 years ago, ongoing or ended (maybe after today), at full or part time.</summary>
    private static Gen<Employment> EmploymentGen(int roleCount) =>
        from role in Gen.Choose(-1, roleCount - 1)
        from daysAgo in Gen.Choose(0, 5_500)
        from length in Gen.Frequency((1, Gen.Constant<int?>(null)), (2, Gen.Choose(1, 4_000).Select(n => (int?)n)))
        from fraction in Gen.Elements(1m, 1m, 0.5m, 0.8m, 0.25m)
        select role < 0
            ? new Employment("barista", Today.PlusDays(-daysAgo), length is { } l ? Today.PlusDays(l - daysAgo) : null, fraction, "hospitality", CareerTrack.IndividualContributor)
            : new Employment($"r{role:D2}", Today.PlusDays(-daysAgo), length is { } m ? Today.PlusDays(m - daysAgo) : null, fraction);

    private static Gen<Profile> PersonGen(Skill[] skills, int roleCount) =>
        from quarters in Gen.ArrayOf(Gen.Frequency((2, Gen.Constant(-1)), (3, Gen.Choose(0, 20))), skills.Length)
        from education in Gen.Choose(0, 7)
        from periods in Gen.Choose(0, 3)
        from employments in Gen.ArrayOf(EmploymentGen(roleCount), periods)
        select new Profile()
            .WithSkills(skills.Where((s, i) => !IsCertification(i) && quarters[i] >= 0).Select(s => new SkillLevel(s.Id, quarters[Array.IndexOf(skills, s)] / 4.0)))
            .WithCertifications(skills.Where((s, i) => IsCertification(i) && quarters[i] >= 10).Select(s => s.Id))
            .WithEducation((EducationLevel)education)
            .WithWorkHistory(new WorkHistory(employments));

    private static readonly Gen<Workforce> WorkforceGen =
        from skillCount in Gen.Choose(1, 30)
        from roleCount in Gen.Choose(1, 5)
        from density in Gen.Choose(5, 60)
        from cells in Gen.ArrayOf(Gen.Choose(0, 99), roleCount * skillCount * 3)
        from experience in Gen.ArrayOf(ExperienceGen, roleCount)
        from education in Gen.ArrayOf(EducationGen, roleCount)
        let skills = Enumerable.Range(0, skillCount)
            .Select(s => new Skill($"s{s:D2}", $"Skill {s}", IsCertification(s) ? SkillCategory.Certification : Learnt[s % Learnt.Length]))
            .ToArray()
        from distinct in Gen.Choose(1, 12)
        from persons in Gen.ArrayOf(PersonGen(skills, roleCount), distinct)
        from size in Gen.Choose(1, 30)
        from picks in Gen.ArrayOf(Gen.Choose(0, distinct - 1), size)
        from times in TimesGen
        select new Workforce(Catalog(skills, roleCount, density, cells, experience, education), [.. picks.Select(p => persons[p])], times);

    public static Arbitrary<Workforce> Workforce() => Arb.From(WorkforceGen, Shrink);

    public static IEnumerable<Workforce> Shrink(Workforce w)
    {
        for (var i = 0; i < w.People.Count && w.People.Count > 1; i++)
            yield return new Workforce(w.Catalog, [.. w.People.Where((_, j) => j != i)], w.Times);
        if (w.Times != LearningTimes.Default)
            yield return new Workforce(w.Catalog, w.People, LearningTimes.Default);
    }

    private static CareerCatalog Catalog(Skill[] skills, int roleCount, int density, int[] cells, ExperienceRange?[] experience, EducationRequirement?[] education)
    {
        var builder = CareerCatalog.CreateBuilder()
            .AddSkills(skills)
            .AddRegions([new Region("world", "World", RegionKind.World, Currency.USD)]);
        for (var r = 0; r < roleCount; r++)
        {
            var requirements = new List<SkillRequirement>();
            for (var s = 0; s < skills.Length; s++)
            {
                var cell = ((r * skills.Length) + s) * 3;
                if (cells[cell] >= density)
                    continue;
                // Levels in half steps from 0 to 5 (a certification asks for the top), importance 1–5, one in five preferred.
                var level = IsCertification(s) ? 5 : (cells[cell + 1] % 11) / 2.0;
                requirements.Add(SkillRequirement.Create(skills[s].Id, level, 1 + (cells[cell + 2] % 5), cells[cell + 2] % 5 != 0 || cells[cell + 1] % 2 == 0));
            }
            builder.AddRole(new Role($"r{r:D2}", $"Role {r}", "family", CareerTrack.IndividualContributor, 1)
                .WithRequirements(requirements)
                .WithTypicalExperience(experience[r])
                .WithEducation(education[r]));
        }
        return builder.Build();
    }
}
