using System.Globalization;
using CareerModel.Careers;
using CareerModel.Monetary;
using NodaTime;

namespace CareerModel.Recommendation;

/// <summary>One move of a recommended path: where to, what kind of move, how ready the person is, when, and what it pays.</summary>
public sealed class PathStep
{
    internal PathStep(
        Transition transition, Role target, double fit, FitInterval? fitInterval, double similarity, Period timeToReady, LocalDate starts,
        Money? projectedPay, PayBasis payBasis)
    {
        Similarity = similarity;
        PayBasis = payBasis;
        Transition = transition;
        Target = target;
        Fit = fit;
        FitInterval = fitInterval;
        TimeToReady = timeToReady;
        Starts = starts;
        ProjectedPay = projectedPay;
    }

    /// <summary>Gets the catalog transition the step takes.</summary>
    public Transition Transition { get; }

    /// <summary>Gets the role moved to.</summary>
    public Role Target { get; }

    /// <summary>Gets the kind of move.</summary>
    public TransitionKind Kind => Transition.Kind;

    /// <summary>Gets how plausible the move is, from 0 to 1 (<see cref="Transition.Strength"/>).</summary>
    public double Strength => Transition.Strength;

    /// <summary>
    /// Gets how close the person's skill profile is to the target role's, from −1 to 1 (0 when
    /// either has no skill data); see <see cref="ScoreWeights.Similarity"/>.
    /// </summary>
    public double Similarity { get; }

    /// <summary>
    /// Gets the person's skill fit for the target role today, from 0 to 1 (1 when every required
    /// skill is met), with the requirements at their estimated levels, whichever way the path was
    /// ranked (see <see cref="RecommendationOptions.RankByPessimisticFit"/>).
    /// </summary>
    public double Fit { get; }

    /// <summary>
    /// Gets the range <see cref="Fit"/> may take given how precisely the target's required levels
    /// are known (<see cref="Recommendation.FitInterval"/>), or <see langword="null"/> when none of
    /// the target's required levels carries confidence bounds or a standard error. It contains
    /// <see cref="Fit"/>.
    /// </summary>
    public FitInterval? FitInterval { get; }

    /// <summary>
    /// Gets the time this step takes: the longest of the transition's typical time, the learning
    /// the skill gaps need and the experience the target role asks for, in whole months.
    /// </summary>
    public Period TimeToReady { get; }

    /// <summary>Gets the projected date of the move.</summary>
    public LocalDate Starts { get; }

    /// <summary>
    /// Gets the target role's pay in the person's region and currency: its band's midpoint, or
    /// today's pay scaled by the two roles' ratio in the reference region when
    /// <see cref="PayBasis"/> is <see cref="Recommendation.PayBasis.Estimated"/>; <see langword="null"/> when unknown.
    /// </summary>
    public Money? ProjectedPay { get; }

    /// <summary>Gets where <see cref="ProjectedPay"/> comes from.</summary>
    public PayBasis PayBasis { get; }

    /// <summary>Gets the target role's employment growth outlook, or <see langword="null"/>.</summary>
    public decimal? Growth => Target.Outlook?.GrowthRate;

    /// <summary>Describes the step, such as <c>→ Customer Service Specialist (Promotion) on 2027-11-25, fit 0.76, USD 42,000.00</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"→ {Target.Title} ({Kind}) on {Starts:uuuu-MM-dd}, fit {Fit:0.00}, {(ProjectedPay is { } pay ? pay.ToString() + (PayBasis == PayBasis.Estimated ? " (estimated)" : "") : "pay unknown")}");
}
