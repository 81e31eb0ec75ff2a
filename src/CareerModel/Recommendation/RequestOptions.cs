using System.Collections.Frozen;
using System.Globalization;
using CareerModel.Careers;
using CareerModel.Internal;
using CareerModel.Monetary;
using NodaTime;

namespace CareerModel.Recommendation;

/// <summary>
/// The options of one request, validated and copied once: <see cref="RecommendationOptions"/> is a
/// settings object another thread may change while a request runs, so nothing past this point
/// reads it.
/// </summary>
internal sealed class RequestOptions
{
    /// <summary>The most paths a request may ask for.</summary>
    public const int MaxCount = 1_000;

    private RequestOptions(
        ScoreWeights weights, int count, int maxSteps, Period horizon, FrozenSet<string> excluded, Money? minimumPay,
        CareerTrack? stayInTrack, bool rankByPessimisticFit, double unknownPayGain, double unknownSkillFit)
    {
        Weights = weights;
        Count = count;
        MaxSteps = maxSteps;
        Horizon = horizon;
        HorizonMonths = (int)Math.Min(Periods.TotalMonths(horizon), int.MaxValue);
        ExcludedRoles = excluded;
        MinimumPay = minimumPay;
        StayInTrack = stayInTrack;
        RankByPessimisticFit = rankByPessimisticFit;
        UnknownPayGain = unknownPayGain;
        UnknownSkillFit = unknownSkillFit;
    }

    public ScoreWeights Weights { get; }

    public int Count { get; }

    public int MaxSteps { get; }

    public Period Horizon { get; }

    public int HorizonMonths { get; }

    public FrozenSet<string> ExcludedRoles { get; }

    public Money? MinimumPay { get; }

    public CareerTrack? StayInTrack { get; }

    public bool RankByPessimisticFit { get; }

    public double UnknownPayGain { get; }

    public double UnknownSkillFit { get; }

    /// <summary>Validates the options and copies them.</summary>
    /// <exception cref="ArgumentException">An option is out of range; the message names it, its value and the rule.</exception>
    public static RequestOptions Snapshot(RecommendationOptions options, string paramName)
    {
        var weights = options.Weights ?? throw new ArgumentException("Weights must not be null.", paramName);
        var count = options.Count;
        if (count is < 1 or > MaxCount)
            throw new ArgumentException(Invariant($"Count {count} must be from 1 to {MaxCount}."), paramName);
        var maxSteps = options.MaxSteps;
        if (maxSteps is < 1 or > RecommendationOptions.MaxStepsLimit)
            throw new ArgumentException(Invariant($"MaxSteps {maxSteps} must be from 1 to {RecommendationOptions.MaxStepsLimit}."), paramName);
        var horizon = Periods.CareerSpan(options.Horizon, paramName);
        if (Periods.TotalMonths(horizon) <= 0)
            throw new ArgumentException($"Horizon {horizon} must be longer than zero.", paramName);
        var excluded = (options.ExcludedRoles ?? throw new ArgumentException("ExcludedRoles must not be null.", paramName)).ToFrozenSet(StringComparer.Ordinal);
        var unknownPay = options.UnknownPayGain;
        if (!(unknownPay >= -RecommendationOptions.MaxSalaryGain && unknownPay <= RecommendationOptions.MaxSalaryGain))
            throw new ArgumentException(Invariant($"UnknownPayGain {unknownPay} must be a number from {-RecommendationOptions.MaxSalaryGain} to {RecommendationOptions.MaxSalaryGain}."), paramName);
        var unknownFit = options.UnknownSkillFit;
        if (!(unknownFit is >= 0 and <= 1))
            throw new ArgumentException(Invariant($"UnknownSkillFit {unknownFit} must be a number from 0 to 1."), paramName);
        // Every property is read once, into the copy: the value checked is the value used.
        return new RequestOptions(weights, count, maxSteps, horizon, excluded, options.MinimumPay, options.StayInTrack,
            options.RankByPessimisticFit, unknownPay, unknownFit);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
