namespace CareerModel.Tests.Equality;

/// <summary>
/// One value type's equality example: a value, an equal one built apart from it, and one
/// differing value for each part its <c>Equals</c> compares, checked by <see cref="EqualityLaws"/>.
/// </summary>
public sealed class EqualityCase
{
    private readonly Action check;

    private EqualityCase(string name, Type type, IReadOnlyList<string> parts, Action check)
    {
        Name = name;
        Type = type;
        Parts = parts;
        this.check = check;
    }

    /// <summary>Gets the case's name: the type's, or the type's with what sets the case apart, such as <c>WageFigure (suppressed)</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the value type.</summary>
    public Type Type { get; }

    /// <summary>Gets the parts the differing values differ in, one per value.</summary>
    public IReadOnlyList<string> Parts { get; }

    /// <summary>Makes a case.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="same">A value equal to it, built apart.</param>
    /// <param name="differing">One value per part, differing from <paramref name="value"/> in that part alone, named by it.</param>
    /// <returns>The case.</returns>
    public static EqualityCase Of<T>(T value, T same, params (string Part, T Value)[] differing)
        where T : IEquatable<T> =>
        new(typeof(T).Name, typeof(T), [.. differing.Select(d => d.Part)], () => EqualityLaws.Hold(value, same, differing));

    /// <summary>Gives the case a name of its own, for a type with more than one case.</summary>
    /// <param name="qualifier">What sets the case apart, such as <c>suppressed</c>.</param>
    /// <returns>The renamed case.</returns>
    public EqualityCase Named(string qualifier) => new($"{Type.Name} ({qualifier})", Type, Parts, check);

    /// <summary>Lists the cases' names as theory data.</summary>
    /// <param name="cases">The cases.</param>
    /// <returns>The names.</returns>
    public static TheoryData<string> Names(IEnumerable<EqualityCase> cases) => [.. cases.Select(c => c.Name)];

    /// <summary>Checks the case named so among the cases.</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="name">The case's name.</param>
    public static void Check(IEnumerable<EqualityCase> cases, string name) => cases.Single(c => c.Name == name).check();

    /// <inheritdoc/>
    public override string ToString() => Name;
}
