using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using CareerModel.Internal;

namespace CareerModel.Monetary;

/// <summary>
/// A currency identified by its ISO 4217 alphabetic code, with the number of minor units
/// (decimal places) that amounts in it are rounded to.
/// </summary>
/// <remarks>
/// Two currencies are equal when their code, minor units and name are equal. The built-in
/// currencies are available as static properties (<see cref="USD"/>, <see cref="EUR"/>, …) and
/// through <see cref="FromCode"/>; any other currency can be made with the constructor.
/// </remarks>
public sealed class Currency : IEquatable<Currency>
{
    /// <summary>The most minor units ISO 4217 assigns to any currency (four, for the Uruguayan unidad previsional).</summary>
    public const int MaxMinorUnits = 4;

    /// <summary>Creates a currency, such as one that is not built in.</summary>
    /// <param name="code">Three upper-case ASCII letters (ISO 4217 alphabetic code).</param>
    /// <param name="minorUnits">Decimal places, from 0 to <see cref="MaxMinorUnits"/>.</param>
    /// <param name="name">A display name.</param>
    /// <exception cref="ArgumentException">The code is not three upper-case letters, or the name is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The minor units are outside 0–4.</exception>
    public Currency(string code, int minorUnits, string name)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
            throw new ArgumentException($"Currency code '{code}' must be three upper-case ASCII letters (ISO 4217).", nameof(code));
        if (minorUnits is < 0 or > MaxMinorUnits)
            throw InvariantArgument.OutOfRange(nameof(minorUnits), minorUnits, $"Currency minor units {minorUnits} must be from 0 to {MaxMinorUnits}.");
        Code = code;
        MinorUnits = minorUnits;
        Name = Check.NotBlank(name, nameof(name));
    }

    /// <summary>Gets the three-letter ISO 4217 code, such as <c>USD</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the number of decimal places amounts in this currency are rounded to: 2 for USD, 0 for JPY.</summary>
    public int MinorUnits { get; }

    /// <summary>Gets the English name of the currency, such as <c>US dollar</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the US dollar (USD, 2 minor units).</summary>
    public static Currency USD { get; } = new("USD", 2, "US dollar");

    /// <summary>Gets the euro (EUR, 2 minor units).</summary>
    public static Currency EUR { get; } = new("EUR", 2, "Euro");

    /// <summary>Gets the pound sterling (GBP, 2 minor units).</summary>
    public static Currency GBP { get; } = new("GBP", 2, "Pound sterling");

    /// <summary>Gets the Australian dollar (AUD, 2 minor units).</summary>
    public static Currency AUD { get; } = new("AUD", 2, "Australian dollar");

    /// <summary>Gets the Canadian dollar (CAD, 2 minor units).</summary>
    public static Currency CAD { get; } = new("CAD", 2, "Canadian dollar");

    /// <summary>Gets the Indian rupee (INR, 2 minor units).</summary>
    public static Currency INR { get; } = new("INR", 2, "Indian rupee");

    /// <summary>Gets the Jamaican dollar (JMD, 2 minor units).</summary>
    public static Currency JMD { get; } = new("JMD", 2, "Jamaican dollar");

    /// <summary>Gets the Colombian peso (COP, 2 minor units).</summary>
    public static Currency COP { get; } = new("COP", 2, "Colombian peso");

    /// <summary>Gets the Philippine peso (PHP, 2 minor units).</summary>
    public static Currency PHP { get; } = new("PHP", 2, "Philippine peso");

    /// <summary>Gets the South African rand (ZAR, 2 minor units).</summary>
    public static Currency ZAR { get; } = new("ZAR", 2, "South African rand");

    /// <summary>Gets the Japanese yen (JPY, 0 minor units).</summary>
    public static Currency JPY { get; } = new("JPY", 0, "Japanese yen");

    /// <summary>Gets the Swiss franc (CHF, 2 minor units).</summary>
    public static Currency CHF { get; } = new("CHF", 2, "Swiss franc");

    /// <summary>Gets the Mexican peso (MXN, 2 minor units).</summary>
    public static Currency MXN { get; } = new("MXN", 2, "Mexican peso");

    /// <summary>Gets the Polish złoty (PLN, 2 minor units).</summary>
    public static Currency PLN { get; } = new("PLN", 2, "Polish zloty");

    /// <summary>
    /// Gets ISO 4217's code for "no currency" (XXX, 0 minor units): the currency of
    /// <c>default(Money)</c>, which therefore never mixes with a real amount by accident.
    /// </summary>
    public static Currency None { get; } = new("XXX", 0, "No currency");

    private static readonly FrozenDictionary<string, Currency> BuiltInByCode =
        new[] { USD, EUR, GBP, AUD, CAD, INR, JMD, COP, PHP, ZAR, JPY, CHF, MXN, PLN, None }
            .ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);

    /// <summary>Gets every built-in currency, ordered by code.</summary>
    public static IReadOnlyList<Currency> BuiltIn { get; } =
        BuiltInByCode.Values.OrderBy(c => c.Code, StringComparer.Ordinal).ToArray().AsReadOnly();

    /// <summary>Gets the built-in currency with the given ISO 4217 code.</summary>
    /// <param name="code">The code, such as <c>EUR</c> (case-sensitive).</param>
    /// <returns>The built-in currency.</returns>
    /// <exception cref="ArgumentException">No built-in currency has that code.</exception>
    public static Currency FromCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return TryFromCode(code, out var currency)
            ? currency
            : throw new ArgumentException($"Currency code '{code}' is not a built-in currency; use new Currency(code, minorUnits, name) for others. Built in: {string.Join(", ", BuiltInByCode.Keys.Order(StringComparer.Ordinal))}.", nameof(code));
    }

    /// <summary>Looks up a built-in currency by its ISO 4217 code.</summary>
    /// <param name="code">The code, such as <c>EUR</c> (case-sensitive).</param>
    /// <param name="currency">The currency, when found.</param>
    /// <returns><see langword="true"/> when a built-in currency has that code.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out Currency? currency)
    {
        currency = null;
        return code is not null && BuiltInByCode.TryGetValue(code, out currency);
    }

    /// <inheritdoc/>
    public bool Equals(Currency? other) =>
        ReferenceEquals(this, other)
        || (other is not null && Code == other.Code && MinorUnits == other.MinorUnits && Name == other.Name);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Currency);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, MinorUnits, Name);

    /// <summary>Returns the ISO 4217 code.</summary>
    /// <returns>The code, such as <c>USD</c>.</returns>
    public override string ToString() => Code;

    /// <summary>Compares two currencies for equality.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(Currency? left, Currency? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two currencies for inequality.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Currency? left, Currency? right) => !(left == right);
}
