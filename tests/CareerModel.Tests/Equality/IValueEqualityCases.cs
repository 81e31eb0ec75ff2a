namespace CareerModel.Tests.Equality;

/// <summary>
/// A test class that checks the equality laws of its namespace's value types:
/// <see cref="ValueEqualityCoverageTests"/> collects the cases of every such class, so a value
/// type with none fails the suite.
/// </summary>
public interface IValueEqualityCases
{
    /// <summary>Gets the cases the class checks.</summary>
    static abstract IReadOnlyList<EqualityCase> Cases { get; }
}
