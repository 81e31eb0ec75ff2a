namespace CareerModel.Monetary;

/// <summary>
/// When a <see cref="RoundingPolicy"/> applies in a calculation of several steps (convert, then
/// adjust for location, then …). Rounding at every step and once at the end give different
/// results, so the choice is the caller's.
/// </summary>
public enum RoundingMoment
{
    /// <summary>Round the final result only; intermediate amounts keep full precision.</summary>
    AtEnd,

    /// <summary>Round after every step, as a spreadsheet that shows each rounded figure does.</summary>
    EachStep,
}
