using CareerModel.Internal;

namespace CareerModel.Evaluation;

/// <summary>
/// An expert's judgement that one role is related to another: from a source role, a related
/// role and how related it is (grade 1 = related; higher grades for closer relations).
/// </summary>
public sealed class RelevanceJudgement : IEquatable<RelevanceJudgement>
{
    /// <summary>The highest grade accepted.</summary>
    public const int MaxGrade = 10;

    /// <summary>Creates a judgement.</summary>
    /// <param name="sourceId">The role a ranking is made for.</param>
    /// <param name="relatedId">A role judged related to it; not the source itself.</param>
    /// <param name="grade">How related, from 1 to <see cref="MaxGrade"/>. The default is 1 (binary relevance).</param>
    /// <exception cref="ArgumentException">An id is invalid, or the related role is the source.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The grade is outside 1–10.</exception>
    public RelevanceJudgement(string sourceId, string relatedId, int grade = 1)
    {
        SourceId = Check.Id(sourceId, nameof(sourceId));
        RelatedId = Check.Id(relatedId, nameof(relatedId));
        if (SourceId == RelatedId)
            throw new ArgumentException($"A role cannot be judged related to itself ('{sourceId}').", nameof(relatedId));
        if (grade is < 1 or > MaxGrade)
            throw InvariantArgument.OutOfRange(nameof(grade), grade, $"Relevance grade {grade} for '{sourceId}' → '{relatedId}' must be from 1 to {MaxGrade}.");
        Grade = grade;
    }

    /// <summary>Gets the role a ranking is made for.</summary>
    public string SourceId { get; }

    /// <summary>Gets the role judged related.</summary>
    public string RelatedId { get; }

    /// <summary>Gets how related, 1 and up.</summary>
    public int Grade { get; }

    /// <inheritdoc/>
    public bool Equals(RelevanceJudgement? other) =>
        other is not null && SourceId == other.SourceId && RelatedId == other.RelatedId && Grade == other.Grade;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RelevanceJudgement);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SourceId, RelatedId, Grade);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(RelevanceJudgement? left, RelevanceJudgement? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(RelevanceJudgement? left, RelevanceJudgement? right) => !(left == right);

    /// <summary>Describes the judgement, such as <c>43-4051.00 → 43-1011.00 (grade 2)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{SourceId} → {RelatedId} (grade {Grade})";
}
