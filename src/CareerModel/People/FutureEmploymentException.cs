using CareerModel.Internal;
using NodaTime;

namespace CareerModel.People;

/// <summary>
/// Thrown when experience is measured on a day before some period of the work history has begun:
/// a period that starts in the future is a plan, not experience. It lists every such period.
/// </summary>
public sealed class FutureEmploymentException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="employments">The periods that start after <paramref name="today"/>; at least one.</param>
    /// <param name="today">The day experience was measured on.</param>
    public FutureEmploymentException(IEnumerable<Employment> employments, LocalDate today)
        : this(ReadOnly.Copy(employments ?? throw new ArgumentNullException(nameof(employments)), nameof(employments)), today, "")
    {
    }

    private FutureEmploymentException(IReadOnlyList<Employment> employments, LocalDate today, string located)
        : base(Describe(employments, today) + located, nameof(employments))
    {
        Employments = employments;
        Today = today;
    }

    /// <summary>Gets the periods that start after <see cref="Today"/>, in the order given (the library's engines give them in date order).</summary>
    public IReadOnlyList<Employment> Employments { get; }

    /// <summary>Gets the day experience was measured on.</summary>
    public LocalDate Today { get; }

    /// <summary>The same exception with a last sentence that says which profile it is, when there are many.</summary>
    /// <param name="located">The sentence, such as " This is the profile at index 17 of the people ranked."</param>
    internal FutureEmploymentException Located(string located) => new(Employments, Today, located);

    private static string Describe(IReadOnlyList<Employment> employments, LocalDate today)
    {
        if (employments.Count == 0)
            throw new ArgumentException("A future employment exception needs at least one employment.", nameof(employments));
        var list = string.Join(", ", employments.Select(e => $"'{e.RoleId}' starting {CalendarMath.Iso(e.Start)}"));
        return $"Work history start dates must not be after today ({CalendarMath.Iso(today)}), but {list} {(employments.Count == 1 ? "does" : "do")}.";
    }
}
