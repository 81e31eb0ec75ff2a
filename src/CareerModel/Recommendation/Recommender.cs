using CareerModel.Assessment;
using CareerModel.Careers;
using CareerModel.Internal;
using CareerModel.Monetary;
using CareerModel.People;
using NodaTime;

namespace CareerModel.Recommendation;

/// <summary>
/// Recommends next roles and multi-step paths for a person, ranked and explained. Built once from
/// a catalog, it compiles the catalog for scoring (in the <see cref="ScoringLayout"/> that fits
/// it); it is immutable and safe to share between threads.
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
/// meets give an empty result with its reason, not an exception. Pay a path's score could not
/// tell, or had to estimate, and roles without skill data are named in the warnings.
/// </para>
/// </remarks>
public sealed class Recommender
{
    private readonly CompiledCatalog compiled;
    private readonly RequestBuilder requests;

    private Recommender(CompiledCatalog compiled, IClock clock, DateTimeZone zone, ExchangeRateTable? exchangeRates, LearningTimes learningTimes)
    {
        this.compiled = compiled;
        Zone = zone;
        LearningTimes = learningTimes;
        Scorer = new BatchScorer(compiled, learningTimes.ConcurrentSkills);
        PayTable = new RegionalPayTable(compiled.Catalog, compiled.Roles, exchangeRates);
        requests = new RequestBuilder(compiled, Scorer, PayTable, clock, zone);
    }

    /// <summary>Gets the catalog recommendations come from.</summary>
    public CareerCatalog Catalog => compiled.Catalog;

    /// <summary>Gets the time zone whose calendar day is "today".</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the learning times that turn skill gaps into time.</summary>
    public LearningTimes LearningTimes { get; }

    /// <summary>Gets the scoring kernel, for scoring many people against every role at once.</summary>
    public BatchScorer Scorer { get; }

    /// <summary>Gets the layout the catalog's requirements are compiled in: <see cref="ScoringLayout.Dense"/> or <see cref="ScoringLayout.Sparse"/>.</summary>
    public ScoringLayout Layout => compiled.Layout;

    /// <summary>
    /// The most requirement cells (roles × skills, each role's row padded to the vector width) the
    /// dense layout compiles: 2²⁴, a 64 MiB matrix of levels and one of weights (two more when
    /// levels carry intervals). O*NET's 923 roles × 68 skills take about 66,000; ESCO's 3,007 ×
    /// 13,896 would take 42 million, which the sparse layout holds in a few megabytes instead.
    /// </summary>
    public const long MaxCatalogCells = 1L << 24;

    /// <summary>Builds a recommender, compiling the catalog once.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="clock">The clock that says what day it is.</param>
    /// <param name="zone">The time zone whose calendar day is "today". The default is UTC.</param>
    /// <param name="exchangeRates">Rates to quote pay in the person's region currency when a band is in another; without them such pay is unknown.</param>
    /// <param name="learningTimes">How long learning takes. The default is <see cref="LearningTimes.Default"/>.</param>
    /// <param name="layout">
    /// How to store the requirements. The default, <see cref="ScoringLayout.Automatic"/>, is dense
    /// when at least one in five of the catalog's roles × skills cells holds a required skill and
    /// the matrices stay within <see cref="MaxCatalogCells"/>, and sparse otherwise; both give the
    /// same results to the bit, so this only trades memory and speed.
    /// </param>
    /// <returns>The recommender.</returns>
    /// <exception cref="ArgumentException">
    /// <see cref="ScoringLayout.Dense"/> was asked for a catalog whose roles × skills (padded to the
    /// vector width) pass <see cref="MaxCatalogCells"/>; refused before anything is allocated.
    /// Or the layout is not a defined value.
    /// </exception>
    public static Recommender Create(
        CareerCatalog catalog, IClock clock, DateTimeZone? zone = null, ExchangeRateTable? exchangeRates = null, LearningTimes? learningTimes = null,
        ScoringLayout layout = ScoringLayout.Automatic)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(clock);
        if (!Enum.IsDefined(layout))
            throw new ArgumentException(FormattableString.Invariant($"Layout {(int)layout} is not a ScoringLayout: use Automatic, Dense or Sparse."), nameof(layout));
        var cells = CompiledCatalog.DenseCells(catalog);
        if (layout == ScoringLayout.Dense && cells > MaxCatalogCells)
        {
            throw new ArgumentException(
                FormattableString.Invariant($"The catalog's {catalog.Roles.Count:N0} roles × {catalog.Skills.Count:N0} skills make {cells:N0} requirement cells, more than the {MaxCatalogCells:N0} (each matrix {MaxCatalogCells * sizeof(float) / (1024 * 1024):N0} MiB) the recommender's dense layout holds (MaxCatalogCells); the sparse layout holds it."),
                nameof(layout));
        }
        var times = learningTimes ?? LearningTimes.Default;
        var compiled = new CompiledCatalog(catalog, times, CompiledCatalog.Choose(catalog, layout, MaxCatalogCells));
        return new Recommender(compiled, clock, zone ?? DateTimeZone.Utc, exchangeRates, times);
    }

    /// <summary>Gets the compiled catalog, for the benchmarks' memory-read floor and for tests.</summary>
    internal CompiledCatalog Compiled => compiled;

    /// <summary>Gets or sets the most partial paths one search expands; tests lower it to see a search cut short.</summary>
    internal int MaxExpansions { get; set; } = PathSearch.MaxExpansions;

    /// <summary>Gets the regional pay table, for tests of its bound.</summary>
    internal RegionalPayTable PayTable { get; }

    /// <summary>Recommends the best next moves and multi-step paths from the person's current role.</summary>
    /// <param name="profile">The person; must name a current role.</param>
    /// <param name="options">What to ask; <see langword="null"/> for the defaults.</param>
    /// <returns>The ranked paths and notes.</returns>
    /// <exception cref="ArgumentException">The profile names no current role, or an option is out of range.</exception>
    /// <exception cref="UnknownRoleException">The current role is not in the catalog.</exception>
    /// <exception cref="SkillLevelOutOfScaleException">A skill level lies off the catalog's scale.</exception>
    /// <exception cref="OverflowException">Today plus the horizon lies past the calendar's last day, 9999-12-31.</exception>
    public RecommendationResult Recommend(Profile profile, RecommendationOptions? options = null) => Run(Prepare(profile, options, target: null));

    /// <summary>Finds the best paths from the person's current role to a chosen target role.</summary>
    /// <param name="profile">The person; must name a current role.</param>
    /// <param name="targetRoleId">The role to reach.</param>
    /// <param name="options">What to ask; <see langword="null"/> for the defaults.</param>
    /// <returns>The ranked paths ending at the target (empty, with the reason, when none exists within the limits).</returns>
    /// <exception cref="ArgumentException">The profile names no current role, or an option is out of range.</exception>
    /// <exception cref="UnknownRoleException">The current or the target role is not in the catalog.</exception>
    /// <exception cref="SkillLevelOutOfScaleException">A skill level lies off the catalog's scale.</exception>
    /// <exception cref="OverflowException">Today plus the horizon lies past the calendar's last day, 9999-12-31.</exception>
    public RecommendationResult RecommendPathsTo(Profile profile, string targetRoleId, RecommendationOptions? options = null) =>
        Run(Prepare(profile, options, TargetIndex(targetRoleId)));

    /// <summary>
    /// Finds the trade-off front: the paths (ending anywhere, or at a target) that no other path
    /// beats at once on pay gain, time and skill gap. It looks at every path the options allow, up
    /// to <see cref="TradeOffFront.MaxPathsConsidered"/>, so it costs far more than
    /// <see cref="Recommend"/>; the front says when it was cut short.
    /// </summary>
    /// <param name="profile">The person; must name a current role.</param>
    /// <param name="options">The constraints (steps, horizon, exclusions, track, minimum pay); <see cref="RecommendationOptions.Count"/> and the weights do not apply.</param>
    /// <param name="targetRoleId">The role every path must end at, or <see langword="null"/> for anywhere.</param>
    /// <returns>The front.</returns>
    /// <exception cref="ArgumentException">The profile names no current role, or an option is out of range.</exception>
    /// <exception cref="UnknownRoleException">The current or the target role is not in the catalog.</exception>
    /// <exception cref="SkillLevelOutOfScaleException">A skill level lies off the catalog's scale.</exception>
    /// <exception cref="OverflowException">Today plus the horizon lies past the calendar's last day, 9999-12-31.</exception>
    public TradeOffFront FindTradeOffs(Profile profile, RecommendationOptions? options = null, string? targetRoleId = null)
    {
        var (request, scorer, materializer) = Prepare(profile, options, targetRoleId is null ? null : TargetIndex(targetRoleId));
        var search = new PathSearch(scorer);
        var all = search.AllPaths(request.Target, TradeOffFront.MaxPathsConsidered);
        var front = materializer.MaterializeAll(ParetoFront.Of(all, scorer));
        return new TradeOffFront(Array.AsReadOnly(front), all.Count, search.Truncated);
    }

    /// <summary>Builds everything one request is scored and reported on; the tests' brute-force reference search starts here too.</summary>
    internal (RecommendationRequest Request, RequestScorer Scorer, PathMaterializer Materializer) Prepare(Profile profile, RecommendationOptions? options, int? target)
    {
        var request = requests.Build(profile, options, target);
        var scorer = new RequestScorer(compiled, request);
        return (request, scorer, new PathMaterializer(compiled, request, scorer));
    }

    private int TargetIndex(string targetRoleId)
    {
        ArgumentNullException.ThrowIfNull(targetRoleId);
        return compiled.RoleIndex.TryGetValue(targetRoleId, out var target) ? target : throw new UnknownRoleException([targetRoleId]);
    }

    private RecommendationResult Run((RecommendationRequest Request, RequestScorer Scorer, PathMaterializer Materializer) prepared)
    {
        var (request, scorer, materializer) = prepared;
        var search = new PathSearch(scorer, MaxExpansions);
        var best = search.TopPaths(request.Options.Count, request.Target);
        var warnings = request.Warnings;
        if (search.Truncated)
            warnings.Add(new(RecommendationWarningKind.SearchTruncated, [], "The search met its size limit; results are the best among the paths explored."));
        var paths = materializer.MaterializeAll(best);
        AddDataWarnings(paths, request, warnings);
        var reason = paths.Length > 0 ? null : EmptyReason(request.Options, request.Target);
        return new RecommendationResult(Array.AsReadOnly(paths), warnings.AsReadOnly(), reason);
    }

    /// <summary>Names the final roles whose pay was estimated or unknown, or whose skill data is missing: what the score could not know.</summary>
    private static void AddDataWarnings(PathRecommendation[] paths, RecommendationRequest request, List<RecommendationWarning> warnings)
    {
        var finals = paths.Select(p => p.Final).DistinctBy(s => s.Target.Id).ToArray();
        var unknown = finals.Where(s => s.PayBasis == PayBasis.Unknown).Select(s => s.Target.Id).ToArray();
        var estimated = finals.Where(s => s.PayBasis == PayBasis.Estimated).Select(s => s.Target.Id).ToArray();
        var noSkills = paths.Where(p => p.Score.IsSkillDataMissing).Select(p => p.Final.Target.Id).Distinct(StringComparer.Ordinal).ToArray();
        if (unknown.Length > 0)
            warnings.Add(new(RecommendationWarningKind.PayUnknown, unknown, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Pay is unknown for {List(unknown)}: no band for them and today's role in the person's region, an enclosing region or the reference region; their salary gain counts {request.Options.UnknownPayGain:+0.###;-0.###}.")));
        if (estimated.Length > 0)
            warnings.Add(new(RecommendationWarningKind.PayEstimated, estimated, $"Pay for {List(estimated)} is estimated from the reference region's bands: the person's region publishes none for them or today's role."));
        if (noSkills.Length > 0)
            warnings.Add(new(RecommendationWarningKind.SkillDataMissing, noSkills, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{List(noSkills)} list{(noSkills.Length == 1 ? "s" : "")} no skill requirements: fit counts {request.Options.UnknownSkillFit:0.###} and similarity 0.")));
    }

    private static string List(string[] ids) => string.Join(", ", ids.Select(id => $"'{id}'"));

    private string EmptyReason(RequestOptions options, int? target) =>
        target is { } t
            ? $"No path leads to '{compiled.Roles[t].Id}' within {options.MaxSteps} steps and {Periods.Describe(options.Horizon)} under the constraints given."
            : $"No move is open within {options.MaxSteps} steps and {Periods.Describe(options.Horizon)} under the constraints given.";
}
