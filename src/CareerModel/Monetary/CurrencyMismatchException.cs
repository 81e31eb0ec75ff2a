namespace CareerModel.Monetary;

/// <summary>
/// Thrown when an operation combines or compares amounts in two different currencies. Amounts
/// are never converted implicitly: convert one of them with an exchange rate first.
/// </summary>
public sealed class CurrencyMismatchException : InvalidOperationException
{
    /// <summary>Creates the exception for an operation on two currencies.</summary>
    /// <param name="operation">What was attempted, such as <c>add</c> or <c>compare</c>.</param>
    /// <param name="left">The currency of the first operand.</param>
    /// <param name="right">The currency of the second operand.</param>
    public CurrencyMismatchException(string operation, Currency left, Currency right)
        : base($"Cannot {operation} amounts in different currencies ({left?.Code} and {right?.Code}); only amounts in the same currency can be combined or compared, so convert one first.")
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        Operation = operation;
        Left = left;
        Right = right;
    }

    /// <summary>Gets what was attempted, such as <c>add</c> or <c>compare</c>.</summary>
    public string Operation { get; }

    /// <summary>Gets the currency of the first operand.</summary>
    public Currency Left { get; }

    /// <summary>Gets the currency of the second operand.</summary>
    public Currency Right { get; }
}
