using CareerModel.Internal;
using CareerModel.Monetary;

namespace CareerModel.Compensation;

/// <summary>
/// The bands of consecutive levels of one ladder, lowest first, in one currency: the pay
/// structure a comp analyst reviews for midpoint progression, overlap and promotion safety.
/// </summary>
public sealed class SalaryLadder
{
    private SalaryLadder(IReadOnlyList<KeyValuePair<string, SalaryBand>> levels, IReadOnlyList<LadderStep> steps)
    {
        Levels = levels;
        Steps = steps;
    }

    /// <summary>Gets the levels, lowest first, as (level name, band) pairs.</summary>
    public IReadOnlyList<KeyValuePair<string, SalaryBand>> Levels { get; }

    /// <summary>Gets the steps between consecutive levels, lowest first.</summary>
    public IReadOnlyList<LadderStep> Steps { get; }

    /// <summary>Gets the steps whose midpoint does not rise: each is a fault in the structure.</summary>
    public IReadOnlyList<LadderStep> FallingMidpoints => Steps.Where(s => !s.MidpointRises).ToArray();

    /// <summary>Gets the steps where a promotion could lower pay, each with its <see cref="LadderStep.PromotionRisk"/>.</summary>
    public IReadOnlyList<LadderStep> UnsafePromotions => Steps.Where(s => !s.IsPromotionSafe).ToArray();

    /// <summary>Creates a ladder from its levels, lowest first.</summary>
    /// <param name="levels">(level name, band) pairs, lowest level first; at least one, names distinct, one currency.</param>
    /// <returns>The ladder.</returns>
    /// <exception cref="ArgumentException">No level, a blank or repeated name, or a null band.</exception>
    /// <exception cref="CurrencyMismatchException">Bands are in different currencies.</exception>
    public static SalaryLadder Create(IEnumerable<KeyValuePair<string, SalaryBand>> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var list = levels.Select((level, i) =>
        {
            var name = Check.NotBlank(level.Key, $"levels[{i}] name");
            return level.Value is null
                ? throw new ArgumentException($"Level '{name}' must have a band.", nameof(levels))
                : KeyValuePair.Create(name, level.Value);
        }).ToArray();
        if (list.Length == 0)
            throw new ArgumentException("A salary ladder needs at least one level.", nameof(levels));
        var repeated = list.GroupBy(l => l.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
            throw new ArgumentException($"Level '{repeated.Key}' appears more than once in the ladder.", nameof(levels));
        var currency = list[0].Value.Currency;
        var other = list.FirstOrDefault(l => !l.Value.Currency.Equals(currency));
        if (other.Value is not null)
            throw new CurrencyMismatchException("compare", currency, other.Value.Currency);
        var steps = list.Zip(list.Skip(1), (lower, upper) => new LadderStep(lower.Key, lower.Value, upper.Key, upper.Value)).ToArray();
        return new SalaryLadder(Array.AsReadOnly(list), Array.AsReadOnly(steps));
    }

    /// <summary>Describes the ladder, one step a line.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        Steps.Count == 0 ? $"{Levels[0].Key}: {Levels[0].Value}" : string.Join(Environment.NewLine, Steps);
}
