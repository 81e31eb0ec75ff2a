using System.Globalization;
using CareerModel.Careers;

namespace CareerModel.Onet;

/// <summary>
/// A transition the importer inferred, with the evidence for it: the score it ranked by and each
/// signal's similarity, so a user can see why two occupations were linked.
/// </summary>
/// <remarks>
/// Similarities are raw (before the normal-score transform); <see langword="null"/> when the pair
/// cannot be compared on that signal. An occupation O*NET has not rated is compared through its SOC
/// group's mean profile (see <see cref="TransitionInferenceOptions"/>).
/// </remarks>
public sealed class InferredTransition : IEquatable<InferredTransition>
{
    internal InferredTransition(
        Transition transition, double score, double? skills, double? knowledge, double? abilities,
        double? education, double description, double socProximity, int jobZoneStep)
    {
        Transition = transition;
        Score = score;
        SkillSimilarity = skills;
        KnowledgeSimilarity = knowledge;
        AbilitySimilarity = abilities;
        EducationSimilarity = education;
        DescriptionSimilarity = description;
        SocProximity = socProximity;
        JobZoneStep = jobZoneStep;
    }

    /// <summary>Gets the transition as the catalog holds it.</summary>
    public Transition Transition { get; }

    /// <summary>Gets the score the move ranked by (see <see cref="TransitionInferenceOptions"/>).</summary>
    public double Score { get; }

    /// <summary>Gets the centred cosine similarity of the skill importance profiles (−1 to 1), or <see langword="null"/>.</summary>
    public double? SkillSimilarity { get; }

    /// <summary>Gets the centred cosine similarity of the knowledge importance profiles (−1 to 1), or <see langword="null"/>.</summary>
    public double? KnowledgeSimilarity { get; }

    /// <summary>Gets the centred cosine similarity of the ability importance profiles (−1 to 1), or <see langword="null"/>.</summary>
    public double? AbilitySimilarity { get; }

    /// <summary>Gets the similarity of the education, training and experience distributions (0 to 1), or <see langword="null"/>; reported even when <see cref="TransitionInferenceOptions.EducationWeight"/> is 0.</summary>
    public double? EducationSimilarity { get; }

    /// <summary>Gets the TF-IDF cosine similarity of the titles and descriptions (0 to 1).</summary>
    public double DescriptionSimilarity { get; }

    /// <summary>Gets how close the occupations are in the SOC hierarchy: 1 same detailed occupation, 0.75 broad group, 0.5 minor group, 0.25 major group, 0 none.</summary>
    public double SocProximity { get; }

    /// <summary>Gets the target's Job Zone less the source's: positive for a climb.</summary>
    public int JobZoneStep { get; }

    /// <inheritdoc/>
    public bool Equals(InferredTransition? other) =>
        other is not null && Transition.Equals(other.Transition) && Score.Equals(other.Score)
        && Nullable.Equals(SkillSimilarity, other.SkillSimilarity) && Nullable.Equals(KnowledgeSimilarity, other.KnowledgeSimilarity)
        && Nullable.Equals(AbilitySimilarity, other.AbilitySimilarity) && Nullable.Equals(EducationSimilarity, other.EducationSimilarity)
        && DescriptionSimilarity.Equals(other.DescriptionSimilarity) && SocProximity.Equals(other.SocProximity) && JobZoneStep == other.JobZoneStep;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as InferredTransition);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Transition, Score);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(InferredTransition? left, InferredTransition? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(InferredTransition? left, InferredTransition? right) => !(left == right);

    /// <summary>Describes the move and its score, such as <c>43-4051.00 → 43-1011.00 (Promotion, after 2 years, strength 0.66), score 2.33</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Transition}, score {Score.ToString("0.00", CultureInfo.InvariantCulture)}";
}
