namespace CareerModel.Compensation;

/// <summary>What a cell of a published wage table holds.</summary>
public enum WageFigureStatus
{
    /// <summary>Not published (BLS marks such cells <c>*</c>): there is no value.</summary>
    Suppressed,

    /// <summary>An estimate of the value.</summary>
    Exact,

    /// <summary>
    /// Only a lower bound: the true value is at least this much (BLS marks wages of USD 239,200 a
    /// year or more with <c>#</c>).
    /// </summary>
    TopCoded,
}
