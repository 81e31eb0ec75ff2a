using System.Collections.Concurrent;
using CareerModel.Assessment;
using CareerModel.Careers;
using CareerModel.Internal;
using CareerModel.Monetary;
using CareerModel.People;
using CareerModel.Skills;
using NodaTime;

namespace CareerModel.Recommendation;

/// <summary>
/// Recommends next roles and multi-step paths for a person, ranked and explained. Built once from
/// a catalog, it compiles the catalog into dense matrices; it is immutable and safe to share
/// between threads.
/// </summary>
/// <remarks>
/// <para>
/// The scoring model is in <see cref="ScoreBreakdown"/>. The search returns the true top-k loopless
/// paths under it (best-first with an admissible bound); results are deterministic, ties broken by
/// the role ids along the paths.
/// </para>
/// <para>
/// Input rules: a profile must name a current role the catalog holds (else
/// <see cref="UnknownRoleException"/>); skills and certifications the catalog does not know are
/// ignored, each with an entry in <see cref="RecommendationResult.Warnings"/>; a level off the
/// catalog's scale is refused (<see cref="SkillLevelOutOfScaleException"/>); constraints no path
/// meets give an empty result with its reason, not an exception.
/// </para>
/// </remarks>
public sealed class Recommender
{
    private readonly CompiledCatalog compiled;
    private readonly IClock clock;
    private readonly ExchangeRateTable? exchangeRates;
    private readonly ConcurrentDictionary<(string Region, LocalDate Day), Money?[]> payCache = new();

    // Shared by every request without preferences; the scorer only reads it.
    private readonly double[] noPreferenceMatch;

    private Recommender(CompiledCatalog compiled, IClock clock, DateTimeZone zone, ExchangeRateTable? exchangeRates, LearningTimes learningTimes)
    {
        this.compiled = compiled;
        noPreferenceMatch = new double[compiled.Roles.Length];
        this.clock = clock;
        Zone = zone;
        this.exchangeRates = exchangeRates;
        LearningTimes = learningTimes;
    }

    /// <summary>Gets the catalog recommendations come from.</summary>
    public CareerCatalog Catalog => compiled.Catalog;

    /// <summary>Gets the time zone whose calendar day is "today".</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the learning times that turn skill gaps into time.</summary>
    public LearningTimes LearningTimes { get; }

    /// <summary>Gets the number of roles <see cref="ScoreAll"/> scores.</summary>
    public int RoleCount => compiled.Roles.Length;

    /// <summary>Gets the length of a skill vector (the catalog's skill count, padded to whole vectors).</summary>
    public int SkillVectorLength => compiled.Stride;

    /// <summary>Builds a recommender, compiling the catalog once.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="clock">The clock that says what day it is.</param>
    /// <param name="zone">The time zone whose calendar day is "today". The default is UTC.</param>
    /// <param name="exchangeRates">Rates to quote pay in the person's region currency when a band is in another; without them such pay is unknown.</param>
    /// <param name="learningTimes">How long learning takes. The default is <see cref="LearningTimes.Default"/>.</param>
    /// <returns>The recommender.</returns>
    public static Recommender Create(CareerCatalog catalog, IClock clock, DateTimeZone? zone = null, ExchangeRateTable? exchangeRates = null, LearningTimes? learningTimes = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(clock);
        var times = learningTimes ?? LearningTimes.Default;
        var compiled = new CompiledCatalog(catalog, times);
        return new Recommender(compiled, clock, zone ?? DateTimeZone.Utc, exchangeRates, times);
    }

    /// <summary>Gets the compiled catalog, for the benchmarks' memory-read floor and for tests.</summary>
    internal CompiledCatalog Compiled => compiled;

    /// <summary>Gets the role id at an index of <see cref="ScoreAll"/>'s output.</summary>
    /// <param name="index">The index, from 0 to <see cref="RoleCount"/> − 1.</param>
    /// <returns>The role id (roles are in id order).</returns>
    public string RoleIdAt(int index) => compiled.Roles[index].Id;

    /// <summary>Makes a person's dense skill vector for <see cref="ScoreAll"/>; skills the catalog does not know are left out.</summary>
    /// <param name="profile">The person.</param>
    /// <returns>A vector of <see cref="SkillVectorLength"/> levels.</returns>
    public float[] CreateSkillVector(Profile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var vector = new float[compiled.Stride];
        compiled.FillSkillVector(profile.LevelOf, profile.HasCertification, vector);
        return vector;
    }

    /// <summary>
    /// Scores every role for one skill vector in one vectorised pass, allocating nothing: the skill
    /// fit (0 to 1, importance-weighted over required skills) and the months of learning the gaps
    /// need, developing <see cref="LearningTimes.ConcurrentSkills"/> skills at once (the least time
    /// the assessment's schedule can take: the longest single gap, or the total shared out).
    /// </summary>
    /// <param name="skills">A vector from <see cref="CreateSkillVector"/>.</param>
    /// <param name="fit">Receives each role's fit; at least <see cref="RoleCount"/> long.</param>
    /// <param name="monthsToLearn">Receives each role's learning months; at least <see cref="RoleCount"/> long.</param>
    /// <exception cref="ArgumentException">A span has the wrong length.</exception>
    public void ScoreAll(ReadOnlySpan<float> skills, Span<float> fit, Span<float> monthsToLearn) =>
        ScoringKernel.ScoreAll(compiled.Need, compiled.WeightOverNeed, compiled.FitConstant, compiled.MonthsPerLevel, skills, compiled.Stride, LearningTimes.ConcurrentSkills, fit, monthsToLearn);

    /// <summary>Recommends the best next moves and multi-step paths from the person's current role.</summary>
    /// <param name="profile">The person; must name a current role.</param>
    /// <param name="options">What to ask; <see langword="null"/> for the defaults.</param>
    /// <returns>The ranked paths, the trade-off front and notes.</returns>
    /// <exception cref="ArgumentException">The profile names no current role, or an option is out of range.</exception>
    /// <exception cref="UnknownRoleException">The current role is not in the catalog.</exception>
    /// <exception cref="SkillLevelOutOfScaleException">A skill level lies off the catalog's scale.</exception>
    public RecommendationResult Recommend(Profile profile, RecommendationOptions? options = null) =>
        Run(profile, options ?? new RecommendationOptions(), target: null, exhaustive: false);

    /// <summary>Finds the best paths from the person's current role to a chosen target role.</summary>
    /// <param name="profile">The person; must name a current role.</param>
    /// <param name="targetRoleId">The role to reach.</param>
    /// <param name="options">What to ask; <see langword="null"/> for the defaults.</param>
    /// <returns>The ranked paths ending at the target (empty, with the reason, when none exists within the limits).</returns>
    /// <exception cref="ArgumentException">The profile names no current role, or an option is out of range.</exception>
    /// <exception cref="UnknownRoleException">The current or the target role is not in the catalog.</exception>
    /// <exception cref="SkillLevelOutOfScaleException">A skill level lies off the catalog's scale.</exception>
    public RecommendationResult RecommendPathsTo(Profile profile, string targetRoleId, RecommendationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(targetRoleId);
        if (!compiled.RoleIndex.TryGetValue(targetRoleId, out var target))
            throw new UnknownRoleException([targetRoleId]);
        return Run(profile, options ?? new RecommendationOptions(), target, exhaustive: false);
    }

    /// <summary>
    /// The same answer by brute force: every loopless path scored and sorted. The reference the
    /// best-first search is tested against.
    /// </summary>
    internal RecommendationResult RecommendExhaustively(Profile profile, RecommendationOptions options, string? targetRoleId) =>
        Run(profile, options, targetRoleId is null ? null : compiled.RoleIndex[targetRoleId], exhaustive: true);

    private RecommendationResult Run(Profile profile, RecommendationOptions options, int? target, bool exhaustive)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var horizonMonths = Validate(options);
        if (profile.CurrentRoleId is not { } currentId)
            throw new ArgumentException("The profile names no current role; recommendations start from the role a person holds.", nameof(profile));
        if (!compiled.RoleIndex.TryGetValue(currentId, out var current))
            throw new UnknownRoleException([currentId]);
        var warnings = CheckSkills(profile);
        var today = clock.GetCurrentInstant().InZone(Zone).Date;

        var skills = CreateSkillVector(profile);
        var fit32 = new float[RoleCount];
        var gap = new float[RoleCount];
        var fit = Fits(skills, fit32, gap);
        // Only ranking by the pessimistic fit needs every role's interval; otherwise intervals are
        // worked out for the roles on the paths returned.
        var pessimisticFit = options.RankByPessimisticFit ? PessimisticFits(skills, fit) : null;

        var pay = PayIn(profile.RegionId, today, warnings);
        var allowed = Allowed(options, current);
        var experienceMonths = profile.WorkHistory.ExperienceOn(today).Total.FullTimeEquivalentYears * 12;
        var scorer = new RequestScorer(compiled, current, options.Weights, options.MaxSteps, horizonMonths, experienceMonths,
            fit, gap, pay, Preferences(profile), allowed, options.MinimumPay, pessimisticFit);
        var search = new PathSearch(scorer);
        List<Candidate> best;
        Func<IReadOnlyList<PathRecommendation>> front;
        if (exhaustive)
        {
            var all = search.AllPaths(target, ParetoCap);
            best = all.OrderByDescending(scorer.Exact).ThenBy(c => c, Comparer<Candidate>.Create(Candidate.ComparePaths)).Take(options.Count).ToList();
            front = () => MaterializeFront(all, scorer, today, skills);
        }
        else
        {
            best = search.TopPaths(options.Count, target);
            // The front needs every path, which costs far more than the best few: it is worked
            // out only when asked for.
            front = () => MaterializeFront(new PathSearch(scorer).AllPaths(target, ParetoCap), scorer, today, skills);
        }
        if (search.Truncated)
            warnings.Add("The search met its size limit; results are the best among the paths explored.");

        var paths = best.Select((c, i) => Materialize(c, i + 1, scorer, today, skills)).ToArray();
        var reason = paths.Length > 0 ? null : EmptyReason(options, target);
        return new RecommendationResult(Array.AsReadOnly(paths), front, warnings.AsReadOnly(), reason);
    }

    private System.Collections.ObjectModel.ReadOnlyCollection<PathRecommendation> MaterializeFront(List<Candidate> all, RequestScorer scorer, LocalDate today, float[] skills) =>
        Array.AsReadOnly(ParetoFront(all, scorer).Select((c, i) => Materialize(c, i + 1, scorer, today, skills)).ToArray());

    /// <summary>The most paths the trade-off front is chosen from.</summary>
    private const int ParetoCap = 100_000;

    private static int Validate(RecommendationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options.Weights, nameof(options));
        if (options.Count is < 1 or > 1_000)
            throw new ArgumentException($"Count {options.Count} must be from 1 to 1000.", nameof(options));
        if (options.MaxSteps < 1 || options.MaxSteps > RecommendationOptions.MaxStepsLimit)
            throw new ArgumentException($"MaxSteps {options.MaxSteps} must be from 1 to {RecommendationOptions.MaxStepsLimit}.", nameof(options));
        var horizon = Periods.TotalMonths(Periods.YearsAndMonths(options.Horizon, nameof(options)));
        if (horizon <= 0)
            throw new ArgumentException($"Horizon {options.Horizon} must be longer than zero.", nameof(options));
        ArgumentNullException.ThrowIfNull(options.ExcludedRoles, nameof(options));
        return (int)Math.Min(horizon, int.MaxValue);
    }

    private List<string> CheckSkills(Profile profile)
    {
        var warnings = new List<string>();
        var outOfScale = new List<SkillLevel>();
        foreach (var skill in profile.Skills)
        {
            if (!compiled.SkillIndex.ContainsKey(skill.SkillId))
                warnings.Add($"Skill '{skill.SkillId}' is not in the catalog and was ignored.");
            else if (!Catalog.ProficiencyScale.Contains(skill.Level))
                outOfScale.Add(skill);
        }
        foreach (var certification in profile.Certifications.Where(c => !compiled.SkillIndex.ContainsKey(c)))
            warnings.Add($"Certification '{certification}' is not in the catalog and was ignored.");
        if (outOfScale.Count > 0)
            throw new SkillLevelOutOfScaleException(outOfScale, Catalog.ProficiencyScale);
        return warnings;
    }

    private bool[] Allowed(RecommendationOptions options, int current)
    {
        var allowed = new bool[RoleCount];
        var excluded = options.ExcludedRoles.ToHashSet(StringComparer.Ordinal);
        for (var r = 0; r < allowed.Length; r++)
        {
            var role = compiled.Roles[r];
            allowed[r] = r != current && !excluded.Contains(role.Id) && (options.StayInTrack is not { } track || role.Track == track);
        }
        return allowed;
    }

    private double[] Preferences(Profile profile)
    {
        var wanted = profile.Preferences;
        var criteria = (wanted.Tracks.Count > 0 ? 1 : 0) + (wanted.Families.Count > 0 ? 1 : 0) + (wanted.MinimumRemoteWork is null ? 0 : 1);
        if (criteria == 0)
            return noPreferenceMatch;
        var match = new double[RoleCount];
        for (var r = 0; r < match.Length; r++)
        {
            var role = compiled.Roles[r];
            var met = (wanted.Tracks.Contains(role.Track) ? 1 : 0)
                + (wanted.Families.Contains(role.Family, StringComparer.Ordinal) ? 1 : 0)
                + (wanted.MinimumRemoteWork is { } remote && role.RemoteWork >= remote ? 1 : 0);
            match[r] = (double)met / criteria;
        }
        return match;
    }

    /// <summary>
    /// Each role's pay in a region: the midpoint of the band published for the region or the
    /// nearest region enclosing it, converted to the region's currency as of the day; unknown
    /// (<see langword="null"/>) where no band applies or no rate converts it.
    /// </summary>
    private Money?[] PayIn(string? regionId, LocalDate day, List<string> warnings)
    {
        if (regionId is null)
        {
            warnings.Add("The profile names no region, so pay is not projected.");
            return new Money?[RoleCount];
        }
        if (!Catalog.TryGetRegion(regionId, out _))
        {
            warnings.Add($"Region '{regionId}' is not in the catalog, so pay is not projected.");
            return new Money?[RoleCount];
        }
        return payCache.GetOrAdd((regionId, day), key =>
        {
            var path = Catalog.GetRegionPath(key.Region);
            var currency = path[0].Currency;
            var pay = new Money?[RoleCount];
            for (var r = 0; r < pay.Length; r++)
            {
                var bands = compiled.Roles[r].PayBands;
                var band = path.Select(region => bands.GetValueOrDefault(region.Id)).FirstOrDefault(b => b is not null);
                if (band is null)
                    continue;
                if (band.Currency.Equals(currency))
                    pay[r] = band.Midpoint;
                else if (exchangeRates is not null && exchangeRates.TryGetRate(band.Currency, currency, key.Day, out _))
                    pay[r] = exchangeRates.Convert(band.Midpoint, currency, key.Day);
            }
            return pay;
        });
    }

    private static List<Candidate> ParetoFront(List<Candidate> all, RequestScorer scorer)
    {
        // Objectives: pay gain (higher is better), months (lower), skill gap 1 − mean fit (lower).
        static (double Gain, int Months, double Gap) Objectives(Candidate c, RequestScorer s) => (s.Gain(c.Last), c.Months, 1 - (c.SumFit / c.Steps));
        var ordered = all.OrderByDescending(c => scorer.Gain(c.Last)).ThenBy(c => c.Months).ThenBy(c => 1 - (c.SumFit / c.Steps)).ThenBy(c => c, Comparer<Candidate>.Create(Candidate.ComparePaths)).ToList();
        var front = new List<Candidate>();
        foreach (var candidate in ordered)
        {
            var (gain, months, gap) = Objectives(candidate, scorer);
            var dominated = front.Any(f =>
            {
                var (fg, fm, fgap) = Objectives(f, scorer);
                return fg >= gain && fm <= months && fgap <= gap && (fg > gain || fm < months || fgap < gap);
            });
            var duplicate = front.Any(f => Objectives(f, scorer) == (gain, months, gap));
            if (!dominated && !duplicate)
                front.Add(candidate);
        }
        return front;
    }

    /// <summary>
    /// Each role's fit as the score takes it (see <see cref="ScoredFit"/>). The
    /// <paramref name="fit32"/> and <paramref name="gap"/> buffers receive <see cref="ScoreAll"/>'s output.
    /// </summary>
    private double[] Fits(float[] skills, float[] fit32, float[] gap)
    {
        ScoreAll(skills, fit32, gap);
        var fit = new double[RoleCount];
        for (var r = 0; r < fit.Length; r++)
            fit[r] = ScoredFit(fit32[r], gap[r]);
        return fit;
    }

    /// <summary>A fit as the score takes it: 1 exactly when nothing is missing (no learning time), otherwise the kernel's fit kept below 1.</summary>
    private static double ScoredFit(float fit, float gapMonths) =>
        gapMonths == 0 ? 1 : Math.Min(Math.Clamp(fit, 0, 1), Math.BitDecrement(1.0));

    /// <summary>One role's fit under one set of requirement matrices: the kernel over that row alone, allocating nothing.</summary>
    private double RowFit(RequirementMatrices matrices, float[] skills, int role)
    {
        var stride = compiled.Stride;
        Span<float> fit = stackalloc float[1];
        Span<float> gap = stackalloc float[1];
        // A row alone sums in the same order as within the whole pass, so the result is the same.
        ScoringKernel.ScoreAll(matrices.Need.AsSpan(role * stride, stride), matrices.WeightOverNeed.AsSpan(role * stride, stride),
            matrices.FitConstant.AsSpan(role, 1), compiled.MonthsPerLevel, skills, stride, LearningTimes.ConcurrentSkills, fit, gap);
        return ScoredFit(fit[0], gap[0]);
    }

    /// <summary>
    /// Every role's fit at the pessimistic end of its interval (see <see cref="FitIntervalOf"/>),
    /// or its fit where it has no interval; <see langword="null"/> when no role has one.
    /// </summary>
    private double[]? PessimisticFits(float[] skills, double[] fit)
    {
        if (!compiled.HasIntervals)
            return null;
        var pessimistic = new double[RoleCount];
        for (var r = 0; r < pessimistic.Length; r++)
            pessimistic[r] = compiled.RoleHasInterval[r] ? PessimisticFit(r, skills, fit[r]) : fit[r];
        return pessimistic;
    }

    /// <summary>A role's fit with its required levels at the upper ends of their intervals, clamped to the estimate's <paramref name="fit"/>.</summary>
    private double PessimisticFit(int role, float[] skills, double fit) => Math.Min(RowFit(compiled.Pessimistic!, skills, role), fit);

    /// <summary>
    /// A role's fit interval when its required levels carry one (else <see langword="null"/>): the
    /// fit with every requirement at the upper end of its interval (pessimistic) and at the lower
    /// end (optimistic).
    /// </summary>
    /// <remarks>
    /// The fit is Σ w · min(h ÷ n, 1) over required levels n (a requirement at level 0 counting as
    /// met), which never rises as n rises; and the learning time never falls, so the "1 when
    /// nothing is missing" rule keeps the order too. The ends are nonetheless clamped to the
    /// estimate's fit, so float rounding in the kernel's sums cannot put the estimate outside.
    /// </remarks>
    private FitInterval? FitIntervalOf(int role, float[] skills, double fit) =>
        compiled.HasIntervals && compiled.RoleHasInterval[role]
            ? new FitInterval(PessimisticFit(role, skills, fit), Math.Max(RowFit(compiled.Optimistic!, skills, role), fit))
            : null;

    private PathRecommendation Materialize(Candidate candidate, int rank, RequestScorer scorer, LocalDate today, float[] skills)
    {
        var roles = candidate.Roles();
        var steps = new PathStep[roles.Length - 1];
        var elapsed = 0;
        for (var i = 1; i < roles.Length; i++)
        {
            var edge = Edge(roles[i - 1], roles[i]);
            var months = scorer.StepMonths(edge, roles[i], elapsed);
            elapsed += months;
            steps[i - 1] = new PathStep(
                compiled.EdgeTransition[edge], compiled.Roles[roles[i]], scorer.Fit[roles[i]], FitIntervalOf(roles[i], skills, scorer.Fit[roles[i]]),
                Period.FromMonths(months).Normalize(), today.PlusMonths(elapsed), scorer.Pay[roles[i]]);
        }
        var final = compiled.Roles[roles[^1]];
        return new PathRecommendation(rank, compiled.Roles[roles[0]].Id, Array.AsReadOnly(steps), scorer.Breakdown(candidate),
            Period.FromMonths(elapsed).Normalize(), scorer.CurrentPay, Array.AsReadOnly(SkillScoring.TopGaps(Catalog, final, skills, compiled.SkillIndex, TopGapCount)));
    }

    /// <summary>The most a path lists of its final role's gaps.</summary>
    private const int TopGapCount = 5;

    private int Edge(int from, int to)
    {
        for (var e = compiled.EdgeStart[from]; e < compiled.EdgeStart[from + 1]; e++)
        {
            if (compiled.EdgeTarget[e] == to)
                return e;
        }
        throw new InvalidOperationException($"No transition leads from '{compiled.Roles[from].Id}' to '{compiled.Roles[to].Id}'.");
    }

    private string EmptyReason(RecommendationOptions options, int? target) =>
        target is { } t
            ? $"No path leads to '{compiled.Roles[t].Id}' within {options.MaxSteps} steps and {Periods.Describe(options.Horizon)} under the constraints given."
            : $"No move is open within {options.MaxSteps} steps and {Periods.Describe(options.Horizon)} under the constraints given.";
}
