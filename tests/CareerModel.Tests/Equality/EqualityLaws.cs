using System.Reflection;

namespace CareerModel.Tests.Equality;

/// <summary>
/// The laws a value type's equality kit keeps: <c>Equals(T)</c>, <c>Equals(object)</c>,
/// <c>==</c>, <c>!=</c> and <c>GetHashCode</c> agree on equal values, on values that differ,
/// on null and on an object of another type.
/// </summary>
/// <remarks>
/// The operators are the type's own, called by reflection as code compiled against the type
/// calls them; a generic <c>==</c> would compare references. Every check runs both ways round,
/// so an <c>Equals</c> that compares only one side's collection (a subset) is caught too.
/// </remarks>
internal static class EqualityLaws
{
    /// <summary>Checks the laws for a value, an equal one built apart from it, and values that differ from it.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="same">A value equal to it, built apart (not the same reference).</param>
    /// <param name="differing">Values that differ from it, such as one per part its <c>Equals</c> compares.</param>
    public static void Hold<T>(T value, T same, params T[] differing)
        where T : IEquatable<T> =>
        Hold(value, same, differing.Select((other, i) => ($"differing value [{i}]", other)).ToArray());

    /// <summary>Checks the laws for a value, an equal one built apart from it, and values that differ from it, each named by the part that differs.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="same">A value equal to it, built apart (not the same reference).</param>
    /// <param name="differing">Values that differ from it, each with the part it differs in, such as <c>Minimum</c>.</param>
    public static void Hold<T>(T value, T same, params (string Part, T Value)[] differing)
        where T : IEquatable<T>
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(same);
        ArgumentNullException.ThrowIfNull(differing);
        var name = typeof(T).Name;
        Assert.True(Operators<T>.DeclaresBothOrNeither, $"{name} declares one of == and != without the other.");
        var operators = Operators<T>.Declared;
        if (!typeof(T).IsValueType)
            That(!ReferenceEquals(value, same), $"{name}: the equal value must be built apart, or a ReferenceEquals shortcut hides what Equals compares.");
        Assert.True(differing.Length > 0, $"{name}: give at least one differing value.");

        That(value.Equals(value), $"{name}: a value must equal itself.");
        That(value.Equals((object)value), $"{name}: a value must equal itself as an object.");
        That(Equal(value, same), $"{name}: Equals(T) must hold for equal values, both ways round.");
        That(EqualAsObjects(value, same), $"{name}: Equals(object) must hold for equal values, both ways round.");
        That(value.GetHashCode() == same.GetHashCode(), $"{name}: equal values must hash alike ({value.GetHashCode()} and {same.GetHashCode()}).");
        if (operators is { } op)
        {
            That(op.Equal(value, value), $"{name}: == must hold for a value and itself.");
            That(!op.NotEqual(value, value), $"{name}: != must not hold for a value and itself.");
            That(op.Equal(value, same) && op.Equal(same, value), $"{name}: == must hold for equal values, both ways round.");
            That(!op.NotEqual(value, same) && !op.NotEqual(same, value), $"{name}: != must not hold for equal values, either way round.");
        }

        foreach (var (part, other) in differing)
        {
            ArgumentNullException.ThrowIfNull(other);
            That(!value.Equals(other) && !other.Equals(value), $"{name}: Equals(T) must not hold for a value differing in {part}, either way round.");
            That(!value.Equals((object)other) && !other.Equals((object)value), $"{name}: Equals(object) must not hold for a value differing in {part}, either way round.");
            That(other.Equals(other), $"{name}: the value differing in {part} must equal itself.");
            if (operators is { } o)
            {
                That(!o.Equal(value, other) && !o.Equal(other, value), $"{name}: == must not hold for a value differing in {part}, either way round.");
                That(o.NotEqual(value, other) && o.NotEqual(other, value), $"{name}: != must hold for a value differing in {part}, both ways round.");
            }
        }

        That(!value.Equals(new object()), $"{name}: Equals(object) must not hold for an object of another type.");
        That(!value.Equals((object)name), $"{name}: Equals(object) must not hold for a string.");
        if (!typeof(T).IsValueType)
        {
            if (operators is { } o)
            {
                That(!o.Equal(value, default) && !o.Equal(default, value), $"{name}: == must not hold for a value and null, either way round.");
                That(o.NotEqual(value, default) && o.NotEqual(default, value), $"{name}: != must hold for a value and null, both ways round.");
                That(o.Equal(default, default), $"{name}: == must hold for null and null.");
                That(!o.NotEqual(default, default), $"{name}: != must not hold for null and null.");
            }

            // Last: the compiler takes a value compared with null to be maybe null afterwards.
            That(!value.Equals(default(T)), $"{name}: Equals(T) must not hold for null.");
        }

        That(!value.Equals((object?)null), $"{name}: Equals(object) must not hold for null.");
    }

    /// <summary>
    /// Checks that values differing from a value hash differently from it, where the type's
    /// <c>GetHashCode</c> mixes in the part that differs (a collision is a 1 in 2³² chance).
    /// </summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="differing">Values differing in a part the hash mixes in, each named by that part.</param>
    public static void HashesTellApart<T>(T value, params (string Part, T Value)[] differing)
        where T : IEquatable<T>
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(differing);
        foreach (var (part, other) in differing)
            That(value.GetHashCode() != other!.GetHashCode(), $"{typeof(T).Name}: a value differing in {part} hashes as the value does ({value.GetHashCode()}), so the hash ignores {part}.");
    }

    private static bool Equal<T>(T left, T right)
        where T : IEquatable<T> =>
        left.Equals(right) && right.Equals(left);

    private static bool EqualAsObjects<T>(T left, T right)
        where T : IEquatable<T> =>
        left!.Equals((object?)right) && right!.Equals((object?)left);

    private static void That(bool condition, string message) => Assert.True(condition, message);

    /// <summary>The type's own == and != operators, when it declares them.</summary>
    private sealed class Operators<T>
    {
        private readonly MethodInfo equality;
        private readonly MethodInfo inequality;

        private Operators(MethodInfo equality, MethodInfo inequality)
        {
            this.equality = equality;
            this.inequality = inequality;
        }

        public static Operators<T>? Declared { get; } = Find();

        public static bool DeclaresBothOrNeither => (Method("op_Equality") is null) == (Method("op_Inequality") is null);

        public bool Equal(T? left, T? right) => Invoke(equality, left, right);

        public bool NotEqual(T? left, T? right) => Invoke(inequality, left, right);

        private static bool Invoke(MethodInfo method, T? left, T? right) => (bool)method.Invoke(null, [left, right])!;

        private static Operators<T>? Find() =>
            Method("op_Equality") is { } equality && Method("op_Inequality") is { } inequality ? new Operators<T>(equality, inequality) : null;

        private static MethodInfo? Method(string name) =>
            typeof(T).GetMethod(name, BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly, [typeof(T), typeof(T)]);
    }
}
