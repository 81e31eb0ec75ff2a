using System.Collections.Frozen;
using CareerModel.Internal;
using NodaTime;

namespace CareerModel.Monetary;

/// <summary>
/// An immutable set of dated exchange rates that converts money between currencies as of any
/// date. Made by <see cref="Create"/>; safe to share between threads.
/// </summary>
/// <remarks>
/// <para>
/// The rate for a pair of currencies as of a date is the latest rate effective on or before that
/// date. A pair is one series whichever way its rates are quoted: a rate quoted the other way
/// round (USD→EUR when EUR→USD is wanted) is used inverted, 1 / rate. When the pair has no rate as
/// of the date, the table converts through its pivot currency, if it has one: from → pivot → to,
/// each leg as of the same date. A currency converts to itself at 1.
/// </para>
/// <para>
/// Two tables are equal when they hold equal rates and the same pivot, whatever the order the
/// rates were given in.
/// </para>
/// </remarks>
public sealed class ExchangeRateTable : IEquatable<ExchangeRateTable>
{
    private readonly FrozenDictionary<(Currency From, Currency To), DatedSeries<ExchangeRate>> series;

    private ExchangeRateTable(ExchangeRate[] rates, Currency? pivot)
    {
        Rates = Array.AsReadOnly(rates
            .OrderBy(r => r.From.Code, StringComparer.Ordinal)
            .ThenBy(r => r.To.Code, StringComparer.Ordinal)
            .ThenBy(r => r.EffectiveDate)
            .ToArray());
        Pivot = pivot;
        series = rates.GroupBy(r => (r.From, r.To))
            .ToFrozenDictionary(g => g.Key, g => new DatedSeries<ExchangeRate>(g, r => r.EffectiveDate));
    }

    /// <summary>Gets every rate, ordered by source currency code, target currency code and effective date.</summary>
    public IReadOnlyList<ExchangeRate> Rates { get; }

    /// <summary>Gets the currency the table converts through when a pair has no rate of its own, or <see langword="null"/>.</summary>
    public Currency? Pivot { get; }

    /// <summary>Creates a table from dated rates, checking them all before it fails.</summary>
    /// <param name="rates">
    /// The rates, in any order. A pair of currencies may have at most one rate per effective date,
    /// quoted in either direction (the other direction is its inverse).
    /// </param>
    /// <param name="pivot">
    /// The currency to convert through when a pair has no rate of its own, such as
    /// <see cref="Currency.USD"/> for a table of rates against the dollar. None by default.
    /// </param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The rates break any rule: a null rate, two rates for one pair on one date, or one currency
    /// code used for two different currencies. The message lists every problem found.
    /// </exception>
    public static ExchangeRateTable Create(IEnumerable<ExchangeRate> rates, Currency? pivot = null)
    {
        ArgumentNullException.ThrowIfNull(rates);
        var problems = new TableProblems("exchange-rate table", nameof(rates));
        var kept = problems.NonNull(rates);
        var currencies = kept.SelectMany(r => new[] { r.From, r.To });
        problems.OneCurrencyPerCode(pivot is null ? currencies : currencies.Append(pivot));
        var samePairAndDate = kept
            .GroupBy(r => (Pair: PairName(r.From, r.To), r.EffectiveDate))
            .Where(g => g.Count() > 1)
            .OrderBy(g => g.Key.Pair, StringComparer.Ordinal)
            .ThenBy(g => g.Key.EffectiveDate);
        foreach (var clash in samePairAndDate)
        {
            var quotes = string.Join(", ", clash.Select(r => $"{r.From.Code}→{r.To.Code} {Check.Format(r.Rate)}"));
            problems.Add($"The {clash.Key.Pair} pair has {clash.Count()} rates effective on {Dates.Format(clash.Key.EffectiveDate)} ({quotes}); a pair may have one rate per date, in either direction, as the other direction is its inverse.");
        }
        problems.ThrowIfAny();
        return new ExchangeRateTable(kept, pivot);
    }

    /// <summary>Gets the rate from one currency to another as of a date.</summary>
    /// <param name="from">The currency converted from.</param>
    /// <param name="to">The currency converted to.</param>
    /// <param name="asOf">The date; the latest rate effective on or before it applies.</param>
    /// <returns>Units of <paramref name="to"/> per one unit of <paramref name="from"/>: 1 for the same currency.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="from"/> or <paramref name="to"/> is null.</exception>
    /// <exception cref="ExchangeRateNotFoundException">No rate applies on or before <paramref name="asOf"/>, directly, inverted or through the pivot.</exception>
    public decimal GetRate(Currency from, Currency to, LocalDate asOf) =>
        TryGetRate(from, to, asOf, out var rate) ? rate : throw NotFound(from, to, asOf);

    /// <summary>Looks up the rate from one currency to another as of a date.</summary>
    /// <param name="from">The currency converted from.</param>
    /// <param name="to">The currency converted to.</param>
    /// <param name="asOf">The date; the latest rate effective on or before it applies.</param>
    /// <param name="rate">Units of <paramref name="to"/> per one unit of <paramref name="from"/> when found (1 for the same currency); 0 when no rate applies.</param>
    /// <returns><see langword="true"/> when a rate applies, directly, inverted or through the pivot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="from"/> or <paramref name="to"/> is null.</exception>
    public bool TryGetRate(Currency from, Currency to, LocalDate asOf, out decimal rate)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        rate = 1m;
        if (from.Equals(to))
            return true;
        if (!TryRoute(from, to, asOf, out var first, out var second))
        {
            rate = 0m;
            return false;
        }
        rate = first.Apply(rate);
        if (second is { } leg)
            rate = leg.Apply(rate);
        return true;
    }

    /// <summary>Converts an amount to another currency at the rate as of a date.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="target">The currency to convert to.</param>
    /// <param name="asOf">The date; the latest rate effective on or before it applies.</param>
    /// <param name="rounding">
    /// How to round. None by default: the result is exact. A policy that rounds at
    /// <see cref="RoundingMoment.EachStep"/> also rounds the amount in the pivot currency when the
    /// conversion goes through it; the result is always rounded by the policy, even when
    /// <paramref name="amount"/> is already in <paramref name="target"/>.
    /// </param>
    /// <returns>The amount in <paramref name="target"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    /// <exception cref="ExchangeRateNotFoundException">No rate applies on or before <paramref name="asOf"/>, directly, inverted or through the pivot.</exception>
    public Money Convert(Money amount, Currency target, LocalDate asOf, RoundingPolicy? rounding = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        var policy = rounding ?? RoundingPolicy.None;
        if (amount.Currency.Equals(target))
            return policy.Round(amount);
        if (!TryRoute(amount.Currency, target, asOf, out var first, out var second))
            throw NotFound(amount.Currency, target, asOf);
        var result = policy.AfterStep(first.Apply(amount));
        if (second is { } leg)
            result = policy.AfterStep(leg.Apply(result));
        return policy.Round(result);
    }

    /// <inheritdoc/>
    public bool Equals(ExchangeRateTable? other) =>
        ReferenceEquals(this, other)
        || (other is not null && Equals(Pivot, other.Pivot) && ReadOnly.SequenceEqual(Rates, other.Rates));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ExchangeRateTable);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Pivot, ReadOnly.SequenceHash(Rates));

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(ExchangeRateTable? left, ExchangeRateTable? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ExchangeRateTable? left, ExchangeRateTable? right) => !(left == right);

    /// <summary>Summarises the table, such as <c>ExchangeRateTable: 3 rates, 3 currency pairs, 2025-01-01 to 2025-01-01, pivot USD</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString()
    {
        var pairs = Rates.Select(r => PairName(r.From, r.To)).Distinct(StringComparer.Ordinal).Count();
        var span = Rates.Count == 0
            ? ""
            : $", {Dates.Format(Rates.Min(r => r.EffectiveDate))} to {Dates.Format(Rates.Max(r => r.EffectiveDate))}";
        var pivot = Pivot is null ? "" : $", pivot {Pivot.Code}";
        return $"ExchangeRateTable: {Rates.Count} {(Rates.Count == 1 ? "rate" : "rates")}, {pairs} {(pairs == 1 ? "currency pair" : "currency pairs")}{span}{pivot}";
    }

    /// <summary>Names a pair the same whichever way it is quoted: <c>EUR/USD</c>.</summary>
    private static string PairName(Currency a, Currency b) =>
        string.CompareOrdinal(a.Code, b.Code) <= 0 ? $"{a.Code}/{b.Code}" : $"{b.Code}/{a.Code}";

    /// <summary>Finds the one or two legs that convert <paramref name="from"/> to <paramref name="to"/>: directly, else through the pivot.</summary>
    private bool TryRoute(Currency from, Currency to, LocalDate asOf, out Leg first, out Leg? second)
    {
        second = null;
        if (TryLeg(from, to, asOf, out first))
            return true;
        if (Pivot is { } pivot && !from.Equals(pivot) && !to.Equals(pivot)
            && TryLeg(from, pivot, asOf, out first) && TryLeg(pivot, to, asOf, out var last))
        {
            second = last;
            return true;
        }
        return false;
    }

    /// <summary>Finds the latest rate for the pair on or before the date, quoted either way.</summary>
    private bool TryLeg(Currency from, Currency to, LocalDate asOf, out Leg leg)
    {
        var direct = Latest(from, to, asOf, out var directRate, out var directDate);
        var inverse = Latest(to, from, asOf, out var inverseRate, out var inverseDate);
        if (direct && (!inverse || directDate > inverseDate))
            leg = new Leg(directRate, Inverted: false);
        else if (inverse)
            leg = new Leg(inverseRate, Inverted: true);
        else
        {
            leg = default;
            return false;
        }
        return true;
    }

    private bool Latest(Currency from, Currency to, LocalDate asOf, out ExchangeRate rate, out LocalDate effectiveDate)
    {
        if (series.TryGetValue((from, to), out var dated))
            return dated.TryGetAsOf(asOf, out rate, out effectiveDate);
        rate = null!;
        effectiveDate = default;
        return false;
    }

    private ExchangeRateNotFoundException NotFound(Currency from, Currency to, LocalDate asOf)
    {
        var earliest = EarliestLeg(from, to);
        if (Pivot is { } pivot && !from.Equals(pivot) && !to.Equals(pivot)
            && EarliestLeg(from, pivot) is { } toPivot && EarliestLeg(pivot, to) is { } fromPivot)
        {
            var throughPivot = LocalDate.Max(toPivot, fromPivot);
            earliest = earliest is { } direct ? LocalDate.Min(direct, throughPivot) : throughPivot;
        }
        return new ExchangeRateNotFoundException(from, to, Dates.ToIso(asOf), earliest, Pivot);
    }

    /// <summary>Gets the first date the pair has a rate, quoted either way, or null when it has none.</summary>
    private LocalDate? EarliestLeg(Currency from, Currency to)
    {
        LocalDate? earliest = null;
        if (series.TryGetValue((from, to), out var direct))
            earliest = direct.Earliest;
        if (series.TryGetValue((to, from), out var inverse))
            earliest = earliest is { } e ? LocalDate.Min(e, inverse.Earliest) : inverse.Earliest;
        return earliest;
    }

    /// <summary>One conversion step: a quoted rate, used as quoted or inverted.</summary>
    private readonly record struct Leg(ExchangeRate Rate, bool Inverted)
    {
        /// <summary>Converts an amount exactly: dividing by the quoted rate keeps an inverted leg exact where 1 / rate would not be.</summary>
        public Money Apply(Money amount) =>
            Inverted ? new Money(amount.Amount / Rate.Rate, Rate.From) : new Money(amount.Amount * Rate.Rate, Rate.To);

        public decimal Apply(decimal units) => Inverted ? units / Rate.Rate : units * Rate.Rate;
    }
}
