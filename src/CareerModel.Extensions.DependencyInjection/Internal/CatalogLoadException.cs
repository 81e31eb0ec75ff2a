namespace CareerModel.Extensions.DependencyInjection.Internal;

/// <summary>A catalog source that could not be loaded, with every problem in a line of its own.</summary>
internal sealed class CatalogLoadException(IReadOnlyList<string> problems)
    : Exception(string.Join(Environment.NewLine, problems))
{
    /// <summary>Gets each problem, naming where it is.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;
}
