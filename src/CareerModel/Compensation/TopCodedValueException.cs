using CareerModel.Monetary;

namespace CareerModel.Compensation;

/// <summary>
/// Thrown when a calculation would use a top-coded wage — a lower bound, not a value — as if it
/// were a number, such as in a ratio or an interpolation.
/// </summary>
public sealed class TopCodedValueException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="lowerBound">The top-coded figure's lower bound.</param>
    public TopCodedValueException(Money lowerBound)
        : base($"The wage is top-coded: it is only known to be at least {lowerBound}, so no ratio or estimate can be computed from it.")
    {
        LowerBound = lowerBound;
    }

    /// <summary>Gets the top-coded figure's lower bound.</summary>
    public Money LowerBound { get; }
}
