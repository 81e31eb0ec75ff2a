using System.Collections;
using CareerModel.Assessment;
using CareerModel.Careers;
using CareerModel.Catalogs;
using CareerModel.People;
using CareerModel.Skills;
using NodaTime;

namespace CareerModel.Tests.Assessment;

/// <summary>
/// <see cref="CareerAssessor.RankPeople"/> on the built-in customer-service ladder: a real team
/// ranked for the senior level, the order and its ties, the checks on every input, the same
/// people kept on any number of threads, and a sequence read once, lazily, and never kept.
/// </summary>
public class PeopleRankingTests
{
    private static readonly CareerCatalog Catalog = BuiltInCatalogs.CustomerService;

    /// <summary>
    /// A customer-service team on 2026-11-25, each with the skills their years on the ladder bring:
    /// the junior of the other tests (a year in); Ana, a specialist since 2022 who is short on
    /// conflict resolution and root-cause analysis; Ben, a specialist with every senior skill but
    /// two and a half years; Chloe, a senior for six years already; Dana, with every senior skill
    /// but four years at half time (two years full-time equivalent).
    /// </summary>
    private static Profile[] Team() =>
    [
        Seed.Junior,
        Specialist(new LocalDate(2022, 6, 1), 1m, ("conflict-resolution", 3), ("root-cause-analysis", 2)),
        Specialist(new LocalDate(2024, 5, 25), 1m),
        new Profile("cs-senior-specialist", "US")
            .WithSkills(SeniorSkills())
            .WithEducation(EducationLevel.Associate)
            .WithWorkHistory(new WorkHistory([new Employment("cs-specialist", new LocalDate(2017, 9, 1), new LocalDate(2020, 11, 1)), new Employment("cs-senior-specialist", new LocalDate(2020, 11, 1))])),
        Specialist(new LocalDate(2022, 11, 25), 0.5m),
    ];

    /// <summary>Every skill the senior level asks, at the level it asks.</summary>
    private static IEnumerable<SkillLevel> SeniorSkills() =>
        Catalog.GetRole("cs-senior-specialist").Requirements.Select(r => new SkillLevel(r.SkillId, r.MinimumLevel));

    private static Profile Specialist(LocalDate since, decimal fraction, params (string SkillId, double Level)[] lower) =>
        new Profile("cs-specialist", "US")
            .WithSkills(SeniorSkills().Select(s => lower.FirstOrDefault(l => l.SkillId == s.SkillId) is { SkillId: not null } l ? new SkillLevel(s.SkillId, l.Level) : s))
            .WithEducation(EducationLevel.HighSchool)
            .WithWorkHistory(new WorkHistory([new Employment("cs-specialist", since, null, fraction)]));

    /// <summary>Many seeded people on the built-in ladder: each in a role, near its skills, some certified, with one to three periods of work.</summary>
    internal static IEnumerable<Profile> Workforce(int count, int seed)
    {
        var random = new Random(seed);
        var roles = Catalog.Roles.ToArray();
        var skills = Catalog.Skills.Where(s => s.Category != SkillCategory.Certification).ToArray();
        var certifications = Catalog.Skills.Where(s => s.Category == SkillCategory.Certification).Select(s => s.Id).ToArray();
        for (var p = 0; p < count; p++)
        {
            var role = roles[random.Next(roles.Length)];
            var levels = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var requirement in role.Requirements.Where(r => Catalog.GetSkill(r.SkillId).Category != SkillCategory.Certification))
                levels[requirement.SkillId] = Math.Clamp(requirement.MinimumLevel + random.Next(-2, 2), 0, 5);
            for (var extra = random.Next(0, 4); extra > 0; extra--)
                levels[skills[random.Next(skills.Length)].Id] = random.Next(0, 11) / 2.0;
            var periods = Enumerable.Range(0, random.Next(1, 4))
                .Select(_ => new Employment(roles[random.Next(roles.Length)].Id, Seed.Today.PlusDays(-random.Next(1, 6_000)), null, random.Next(4) == 0 ? 0.5m : 1m));
            yield return new Profile(role.Id, "US")
                .WithSkills(levels.Where(l => l.Value > 0).Select(l => new SkillLevel(l.Key, l.Value)))
                .WithCertifications(certifications.Where(_ => random.Next(3) == 0))
                .WithEducation((EducationLevel)random.Next(0, 6))
                .WithWorkHistory(new WorkHistory(periods));
        }
    }

    [Fact]
    public void A_ranking_of_one_person_not_yet_ready_says_person_and_when_they_will_be()
    {
        var ranking = Seed.Assessor().RankPeople("cs-team-lead", [Seed.Junior], 1);

        Assert.False(ranking.People[0].Readiness.IsReady);
        Assert.Equal($"cs-team-lead on 2026-11-25: the 1 closest to ready of 1 person, first ready on {ranking.People[0].ReadyDate:yyyy'-'MM'-'dd}", ranking.ToString());
    }

    [Fact]
    public void A_team_is_ranked_for_the_senior_level_with_the_first_ready_first()
    {
        var ranking = Seed.Assessor().RankPeople("cs-senior-specialist", Team(), 5);

        Assert.Equal("cs-senior-specialist on 2026-11-25: the 5 closest to ready of 5 people, first ready now", ranking.ToString());
        Assert.Equal(
            [
                "#1 person 3: ready now (fit 1, score 1)",
                "#2 person 2: ready on 2027-05-25, in 6 months (fit 1, score 0.917)",
                "#3 person 1: ready on 2027-05-25, in 6 months (fit 0.908, score 0.954)",
                "#4 person 4: ready on 2027-11-26, in 1 year 1 day (fit 1, score 0.833)",
                "#5 person 0: ready on 2029-07-25, in 2 years 8 months (fit 0.316, score 0.325)",
            ],
            ranking.People.Select(p => p.ToString()));
        Assert.Equal("cs-senior-specialist", ranking.RoleId);
        Assert.Equal(Seed.Today, ranking.AsOf);
        Assert.Equal(5, ranking.PeopleConsidered);
        Assert.Equal([1, 2, 3, 4, 5], ranking.People.Select(p => p.Rank));
    }

    [Fact]
    public void Each_person_kept_carries_the_readiness_the_assessor_gives_them()
    {
        var assessor = Seed.Assessor();
        var team = Team();

        var ranking = assessor.RankPeople("cs-senior-specialist", team, 5);

        foreach (var person in ranking.People)
        {
            var expected = assessor.AssessReadiness(team[person.Index], "cs-senior-specialist");
            Assert.Same(team[person.Index], person.Profile);
            Assert.Equivalent(expected, person.Readiness, strict: true);
            Assert.Equal(expected.Fit, person.Fit);
            Assert.Equal(expected.ReadyDate, person.ReadyDate);
            Assert.Equal(expected.TimeToReady, person.TimeToReady);
        }
        // Ana's plan, as the assessor makes it: the two skills she is short of, side by side.
        Assert.Equal(
            ["Develop Root-cause analysis from 2 (Advanced beginner) to 3 (Competent) (3 months)", "Develop Conflict resolution from 3 (Competent) to 4 (Proficient) (6 months)"],
            ranking.People[2].Readiness.Actions.Where(a => a.IsRequired).Select(a => a.ToString()));
    }

    [Fact]
    public void On_the_same_ready_date_the_higher_fit_ranks_first_and_then_the_earlier_in_the_sequence()
    {
        var team = Team();
        // Ben (fit 1) and Ana (fit 0.908) are both ready on 2027-05-25; Ben twice, then Ana.
        var people = new[] { team[1], team[2], team[2] };

        var ranking = Seed.Assessor().RankPeople("cs-senior-specialist", people, 3);

        Assert.Equal([1L, 2L, 0L], ranking.People.Select(p => p.Index));
        Assert.All(ranking.People, p => Assert.Equal(new LocalDate(2027, 5, 25), p.ReadyDate));
    }

    [Fact]
    public void Only_the_count_asked_for_is_kept_but_every_person_is_counted()
    {
        var ranking = Seed.Assessor().RankPeople("cs-senior-specialist", Team(), 2);

        Assert.Equal([3L, 2L], ranking.People.Select(p => p.Index));
        Assert.Equal(5, ranking.PeopleConsidered);
        Assert.Equal("cs-senior-specialist on 2026-11-25: the 2 closest to ready of 5 people, first ready now", ranking.ToString());
    }

    [Fact]
    public void No_people_give_an_empty_ranking()
    {
        var ranking = Seed.Assessor().RankPeople("cs-team-lead", [], 10);

        Assert.Empty(ranking.People);
        Assert.Equal(0, ranking.PeopleConsidered);
        Assert.Equal("cs-team-lead on 2026-11-25: the 0 closest to ready of 0 people", ranking.ToString());
    }

    [Fact]
    public void The_ranking_is_the_same_on_one_thread_and_on_many()
    {
        var assessor = Seed.Assessor();
        var people = Workforce(5_000, seed: 14).ToArray();

        foreach (var role in Catalog.Roles.Take(8))
        {
            var sequential = Describe(assessor.RankPeople(role.Id, people, 25, maxDegreeOfParallelism: 1));
            foreach (var threads in new int?[] { 2, 3, 8, null })
                Assert.Equal(sequential, Describe(assessor.RankPeople(role.Id, people, 25, threads)));
            // Streamed, not a list: the partitioner hands out chunks of the sequence instead of index ranges.
            Assert.Equal(sequential, Describe(assessor.RankPeople(role.Id, people.Select(p => p), 25, 2)));
        }

        static string Describe(PeopleRanking ranking) =>
            $"{ranking}\n{string.Join("\n", ranking.People.Select(p => $"{p} {p.Readiness}"))}";
    }

    [Fact]
    public void The_ranking_of_many_people_is_the_assessors_readiness_sorted_by_ready_date_then_fit_then_position()
    {
        var assessor = Seed.Assessor();
        var people = Workforce(2_000, seed: 15).ToArray();
        var expected = people
            .Select((p, i) => (Index: (long)i, Readiness: assessor.AssessReadiness(p, "cs-team-lead")))
            .OrderBy(x => x.Readiness.ReadyDate)
            .ThenByDescending(x => x.Readiness.Fit)
            .ThenBy(x => x.Index)
            .Take(50)
            .Select(x => (x.Index, x.Readiness.ReadyDate, x.Readiness.Fit));

        var ranking = assessor.RankPeople("cs-team-lead", people, 50, maxDegreeOfParallelism: 2);

        Assert.Equal(expected, ranking.People.Select(p => (p.Index, p.ReadyDate, p.Fit)));
    }

    [Fact]
    public void An_unknown_role_is_refused_before_anyone_is_read()
    {
        var people = new CountingSequence(Team());

        var e = Assert.Throws<UnknownRoleException>(() => Seed.Assessor().RankPeople("cs-astronaut", people, 5));

        Assert.Equal(["cs-astronaut"], e.RoleIds);
        Assert.Equal(0, people.Enumerations);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void A_count_below_one_is_refused_naming_the_count(int count)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Seed.Assessor().RankPeople("cs-team-lead", Team(), count));

        Assert.Equal("count", e.ParamName);
        Assert.StartsWith(FormattableString.Invariant($"count {count} of people to keep must be at least 1."), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_degree_of_parallelism_below_one_is_refused_naming_it()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Seed.Assessor().RankPeople("cs-team-lead", Team(), 3, maxDegreeOfParallelism: 0));

        Assert.Equal("maxDegreeOfParallelism", e.ParamName);
        Assert.StartsWith("maxDegreeOfParallelism 0 must be at least 1 (1 ranks on the calling thread), or null for one thread per processor.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_arguments_and_a_null_person_are_refused()
    {
        var assessor = Seed.Assessor();

        Assert.Equal("roleId", Assert.Throws<ArgumentNullException>(() => assessor.RankPeople(null!, Team(), 3)).ParamName);
        Assert.Equal("people", Assert.Throws<ArgumentNullException>(() => assessor.RankPeople("cs-team-lead", null!, 3)).ParamName);
        var e = Assert.Throws<ArgumentException>(() => assessor.RankPeople("cs-team-lead", [Seed.Junior, null!], 3));
        Assert.Equal("people", e.ParamName);
        Assert.StartsWith("people must not hold null, but the profile at index 1 of the people ranked is null.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_level_off_the_scale_is_refused_with_the_assessors_exception_naming_the_person(int threads)
    {
        var people = Team().ToList();
        people.Insert(2, new Profile("cs-specialist").WithSkills([new SkillLevel("empathy", 7), new SkillLevel("patience", 3)]));

        var e = Assert.Throws<SkillLevelOutOfScaleException>(() => Seed.Assessor().RankPeople("cs-team-lead", people, 3, threads));

        Assert.Equal("people", e.ParamName);
        Assert.Equal(["empathy"], e.Levels.Select(l => l.SkillId));
        Assert.StartsWith(
            "Skill levels must lie on the catalog's Standard scale, from 0 to 5, but the profile at index 2 of the people ranked gives 'empathy' at 7.",
            e.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Among_many_people_refused_on_many_threads_the_first_in_the_sequence_is_reported()
    {
        var people = Workforce(6_000, seed: 16).ToArray();
        people[4_321] = people[4_321].WithSkill(new SkillLevel("empathy", 9));
        people[1_234] = people[1_234].WithSkill(new SkillLevel("empathy", 8));
        people[5_000] = people[5_000].WithSkill(new SkillLevel("space-flight", 1));

        for (var run = 0; run < 5; run++)
        {
            var e = Assert.Throws<SkillLevelOutOfScaleException>(() => Seed.Assessor().RankPeople("cs-team-lead", people, 10, maxDegreeOfParallelism: 2));
            Assert.Contains("the profile at index 1234 of the people ranked gives 'empathy' at 8.", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_other_refusal_is_the_assessors_exception_naming_the_person()
    {
        var assessor = Seed.Assessor();
        Profile[] With(Profile odd) => [Seed.Junior, odd];

        var skill = Assert.Throws<UnknownSkillException>(() => assessor.RankPeople("cs-team-lead", With(new Profile().WithSkills([new SkillLevel("juggling", 2)])), 3));
        Assert.Equal("The catalog holds no skill with id 'juggling'. This is the profile at index 1 of the people ranked.", skill.Message);

        var role = Assert.Throws<UnknownRoleException>(() => assessor.RankPeople("cs-team-lead", With(new Profile("cs-astronaut")), 3));
        Assert.Equal(["cs-astronaut"], role.RoleIds);
        Assert.EndsWith("must give the role's family and track. This is the profile at index 1 of the people ranked.", role.Message, StringComparison.Ordinal);

        var certification = Assert.Throws<ArgumentException>(() => assessor.RankPeople("cs-team-lead", With(new Profile().WithCertifications(["empathy"])), 3));
        Assert.Equal("people", certification.ParamName);
        Assert.Contains("give it a level among the skills instead. This is the profile at index 1 of the people ranked.", certification.Message, StringComparison.Ordinal);

        var future = Assert.Throws<FutureEmploymentException>(() => assessor.RankPeople(
            "cs-team-lead", With(new Profile().WithWorkHistory(new WorkHistory([new Employment("cs-specialist", new LocalDate(2027, 1, 4))]))), 3));
        Assert.Equal(
            "Work history start dates must not be after today (2026-11-25), but 'cs-specialist' starting 2027-01-04 does. This is the profile at index 1 of the people ranked. (Parameter 'employments')",
            future.Message);
        // The same person alone, assessed directly: the same exception, without an index.
        Assert.Equal(
            "Work history start dates must not be after today (2026-11-25), but 'cs-specialist' starting 2027-01-04 does. (Parameter 'employments')",
            Assert.Throws<FutureEmploymentException>(() => assessor.AssessReadiness(new Profile().WithWorkHistory(new WorkHistory([new Employment("cs-specialist", new LocalDate(2027, 1, 4))])), "cs-team-lead")).Message);
    }

    [Fact]
    public void A_person_the_quick_checks_of_a_role_refuse_is_refused_with_the_assessors_exception_naming_the_person()
    {
        var assessor = Seed.Assessor();
        Profile[] With(Profile odd) => [Seed.Junior, odd];

        // cs-specialist asks for the certification among its requirements and for empathy as a skill.
        var levelled = Assert.Throws<ArgumentException>(() => assessor.RankPeople("cs-specialist", With(new Profile().WithSkills([new SkillLevel("cs-certification", 1)])), 3));
        Assert.Equal("people", levelled.ParamName);
        Assert.Equal(
            "Profile skills must not include certifications, but 'cs-certification' is one; list it among the certifications held instead. This is the profile at index 1 of the people ranked. (Parameter 'people')",
            levelled.Message);

        var held = Assert.Throws<ArgumentException>(() => assessor.RankPeople("cs-specialist", With(new Profile().WithCertifications(["empathy"])), 3));
        Assert.Equal(
            "Profile certifications must be certification skills, but 'empathy' is not; give it a level among the skills instead. This is the profile at index 1 of the people ranked. (Parameter 'people')",
            held.Message);

        var history = new WorkHistory([new Employment("cs-astronaut", new LocalDate(2020, 1, 1), new LocalDate(2021, 1, 1))]);
        var role = Assert.Throws<UnknownRoleException>(() => assessor.RankPeople("cs-specialist", With(new Profile().WithWorkHistory(history)), 3));
        Assert.Equal(["cs-astronaut"], role.RoleIds);
        Assert.EndsWith("This is the profile at index 1 of the people ranked.", role.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ready_date_past_the_calendar_is_refused_as_the_assessor_refuses_it_naming_the_person()
    {
        var assessor = CareerAssessor.Create(Catalog, new NodaTime.Testing.FakeClock(Instant.FromUtc(9999, 6, 1, 0, 0)), DateTimeZone.Utc);
        var manager = Catalog.GetRole("cs-manager");
        var ready = new Profile("cs-manager", "US")
            .WithSkills(manager.Requirements.Select(r => new SkillLevel(r.SkillId, r.MinimumLevel)))
            .WithEducation(EducationLevel.Doctorate)
            .WithWorkHistory(new WorkHistory([new Employment("cs-manager", new LocalDate(1990, 1, 1))]));

        var alone = Assert.Throws<OverflowException>(() => assessor.AssessReadiness(new Profile(), "cs-manager"));
        var ranked = Assert.Throws<OverflowException>(() => assessor.RankPeople("cs-manager", [ready, new Profile()], 2, maxDegreeOfParallelism: 1));

        Assert.StartsWith("Readiness for role 'cs-manager' lies ", alone.Message, StringComparison.Ordinal);
        Assert.Equal(alone.Message + " This is the profile at index 1 of the people ranked.", ranked.Message);
        Assert.Equal(alone.InnerException?.GetType(), ranked.InnerException?.GetType());
        Assert.Equal(new LocalDate(9999, 6, 1), assessor.AssessReadiness(ready, "cs-manager").ReadyDate);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_sequence_that_throws_is_refused_with_its_own_exception(int threads)
    {
        var e = Assert.Throws<InvalidOperationException>(() => Seed.Assessor().RankPeople("cs-team-lead", Feed(Team()), 3, threads));

        Assert.Equal("The people feed broke.", e.Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_person_refused_before_the_sequence_throws_is_the_refusal_reported(int threads)
    {
        var e = Assert.Throws<ArgumentException>(() => Seed.Assessor().RankPeople("cs-team-lead", Feed([null!]), 3, threads));

        Assert.Equal("people must not hold null, but the profile at index 0 of the people ranked is null. (Parameter 'people')", e.Message);
    }

    /// <summary>The people, then a failure of the feed itself, as a broken connection would give.</summary>
    private static IEnumerable<Profile> Feed(Profile[] people)
    {
        foreach (var person in people)
            yield return person;
        throw new InvalidOperationException("The people feed broke.");
    }

    [Fact]
    public void A_history_in_the_future_is_refused_for_a_role_without_an_experience_range_too()
    {
        var role = Catalog.Roles.First(r => r.TypicalExperience is null);
        var future = new Profile().WithWorkHistory(new WorkHistory([new Employment("cs-specialist", new LocalDate(2027, 1, 4))]));

        Assert.Throws<FutureEmploymentException>(() => Seed.Assessor().AssessReadiness(future, role.Id));
        Assert.Throws<FutureEmploymentException>(() => Seed.Assessor().RankPeople(role.Id, [future], 1));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_cancelled_ranking_stops(int threads)
    {
        using var cancellation = new CancellationTokenSource();
        var people = Workforce(50_000, seed: 17).Select((p, i) =>
        {
            if (i == 1_000)
                cancellation.Cancel();
            return p;
        });

        Assert.ThrowsAny<OperationCanceledException>(() => Seed.Assessor().RankPeople("cs-team-lead", people, 10, threads, cancellation.Token));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void The_sequence_is_enumerated_once_to_its_end_and_disposed(int threads)
    {
        var people = new CountingSequence(Workforce(3_000, seed: 18));

        var ranking = Seed.Assessor().RankPeople("cs-specialist", people, 10, threads);

        Assert.Equal(1, people.Enumerations);
        Assert.Equal(3_000, people.Yielded);
        Assert.True(people.Disposed);
        Assert.Equal(3_000, ranking.PeopleConsidered);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_sequence_of_200_000_people_is_never_held_in_memory(int threads)
    {
        // Every thousandth person is watched; when the sequence ends, all but the few the ranking keeps (ten per worker at most) and the chunks in flight must be gone.
        var watched = new List<WeakReference<Profile>>();
        IEnumerable<Profile> Stream()
        {
            var index = 0;
            foreach (var person in Workforce(200_000, seed: 19))
            {
                if (index++ % 1_000 == 0)
                    watched.Add(new WeakReference<Profile>(person));
                yield return person;
            }
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            Alive = watched.Count(w => w.TryGetTarget(out _));
        }

        var ranking = Seed.Assessor().RankPeople("cs-team-lead", Stream(), 10, threads);

        Assert.Equal(200, watched.Count);
        Assert.Equal(200_000, ranking.PeopleConsidered);
        Assert.InRange(Alive, 0, 20);
    }

    private static int Alive { get; set; } = -1;

    [Fact]
    public void Ranking_allocates_nothing_per_person()
    {
        var assessor = Seed.Assessor();
        var small = Workforce(10_000, seed: 20).ToArray();
        var large = Workforce(40_000, seed: 21).ToArray();
        assessor.RankPeople("cs-team-lead", small, 10, maxDegreeOfParallelism: 1);

        var before = GC.GetAllocatedBytesForCurrentThread();
        assessor.RankPeople("cs-team-lead", small, 10, maxDegreeOfParallelism: 1);
        var forSmall = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        assessor.RankPeople("cs-team-lead", large, 10, maxDegreeOfParallelism: 1);
        var forLarge = GC.GetAllocatedBytesForCurrentThread() - before;

        // The compiled role, the heap and the full assessments of the ten kept: the same for four times the people.
        Assert.InRange(forLarge, 0, forSmall + (64 * 1024));
        Assert.InRange(forLarge, 0, 512 * 1024);
    }

    /// <summary>A sequence that counts its enumerations, the people it yields, and whether it was disposed.</summary>
    private sealed class CountingSequence(IEnumerable<Profile> people) : IEnumerable<Profile>
    {
        public int Enumerations { get; private set; }

        public int Yielded { get; private set; }

        public bool Disposed { get; private set; }

        public IEnumerator<Profile> GetEnumerator()
        {
            Enumerations++;
            try
            {
                foreach (var person in people)
                {
                    Yielded++;
                    yield return person;
                }
            }
            finally
            {
                Disposed = true;
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
