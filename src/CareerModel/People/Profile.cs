using CareerModel.Internal;
using CareerModel.Skills;

namespace CareerModel.People;

/// <summary>
/// A person as the assessment sees them: current role and region, skill levels, certifications,
/// education, work history and preferences.
/// </summary>
/// <remarks>
/// <para>
/// A profile checks what it can on its own (ids well formed, one level per skill, levels not
/// negative). Whether its ids exist in a catalog and its levels lie on the catalog's proficiency
/// scale is checked when it is assessed against that catalog (by
/// <c>CareerModel.Assessment.CareerAssessor</c>).
/// </para>
/// <para>
/// Certifications are held or not: they are listed by the id of the catalog skill that stands for
/// them (a skill in <see cref="SkillCategory.Certification"/>, such as <c>cs-certification</c>),
/// not given a level. Skills and certifications are kept sorted by id, so two profiles with the
/// same content are equal.
/// </para>
/// </remarks>
public sealed class Profile : IEquatable<Profile>
{
    /// <summary>
    /// Creates a profile of a person in a role and region, both optional: an empty profile is a
    /// person with no recorded skills or history. Add the rest with the <c>With…</c> methods, such
    /// as <see cref="WithSkills"/> and <see cref="WithWorkHistory"/>.
    /// </summary>
    /// <param name="currentRoleId">The id of the role the person holds now, if any.</param>
    /// <param name="regionId">The id of the region the person lives or works in, if known.</param>
    /// <exception cref="ArgumentException">An id is invalid.</exception>
    public Profile(string? currentRoleId = null, string? regionId = null)
        : this(currentRoleId, regionId, null, null, EducationLevel.None, null, null)
    {
    }

    private Profile(
        string? currentRoleId,
        string? regionId,
        IEnumerable<SkillLevel>? skills,
        IEnumerable<string>? certifications,
        EducationLevel education,
        WorkHistory? workHistory,
        Preferences? preferences)
    {
        CurrentRoleId = currentRoleId is null ? null : Check.Id(currentRoleId, nameof(currentRoleId));
        RegionId = regionId is null ? null : Check.Id(regionId, nameof(regionId));
        var sortedSkills = ReadOnly.Copy(skills, nameof(skills)).OrderBy(s => s.SkillId, StringComparer.Ordinal).ToArray();
        for (var i = 1; i < sortedSkills.Length; i++)
        {
            if (sortedSkills[i].SkillId == sortedSkills[i - 1].SkillId)
                throw new ArgumentException($"Profile lists skill '{sortedSkills[i].SkillId}' more than once; a profile has at most one level per skill.", nameof(skills));
        }
        skillArray = sortedSkills;
        Skills = sortedSkills.Length == 0 ? [] : Array.AsReadOnly(sortedSkills);
        var held = (certifications ?? []).Select((c, i) => Check.Id(c, $"certifications[{i}]")).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        certificationArray = held;
        Certifications = held.Length == 0 ? [] : Array.AsReadOnly(held);
        Education = Check.Defined(education, nameof(education));
        WorkHistory = workHistory ?? WorkHistory.Empty;
        Preferences = preferences ?? Preferences.None;
    }

    /// <summary>The skills behind <see cref="Skills"/>, read without an interface call per item where people are ranked by the thousand.</summary>
    private readonly SkillLevel[] skillArray;

    /// <summary>The certifications behind <see cref="Certifications"/>.</summary>
    private readonly string[] certificationArray;

    /// <summary>Gets the id of the role the person holds now, or <see langword="null"/>.</summary>
    public string? CurrentRoleId { get; }

    /// <summary>Gets the id of the person's region, or <see langword="null"/>.</summary>
    public string? RegionId { get; }

    /// <summary>Gets the skill levels, ordered by skill id.</summary>
    public IReadOnlyList<SkillLevel> Skills { get; }

    /// <summary>Gets the ids of the certifications held, ordered by id.</summary>
    public IReadOnlyList<string> Certifications { get; }

    /// <summary>Gets the highest level of education completed.</summary>
    public EducationLevel Education { get; }

    /// <summary>Gets the periods of work.</summary>
    public WorkHistory WorkHistory { get; }

    /// <summary>Gets what the person looks for in a next role.</summary>
    public Preferences Preferences { get; }

    /// <summary>Gets the skill levels, ordered by skill id, as a span (for the ranking's inner loop).</summary>
    internal ReadOnlySpan<SkillLevel> SkillSpan => skillArray;

    /// <summary>Gets the ids of the certifications held, ordered by id, as a span.</summary>
    internal ReadOnlySpan<string> CertificationSpan => certificationArray;

    /// <summary>Gets the person's level in a skill.</summary>
    /// <param name="skillId">The skill id.</param>
    /// <returns>The level, or 0 when the profile does not list the skill.</returns>
    public double LevelOf(string skillId) => FindSkill(skillId)?.Level ?? 0;

    /// <summary>Finds the person's entry for a skill.</summary>
    /// <param name="skillId">The skill id.</param>
    /// <returns>The entry, or <see langword="null"/> when the profile does not list the skill.</returns>
    public SkillLevel? FindSkill(string skillId)
    {
        ArgumentNullException.ThrowIfNull(skillId);
        var lo = 0;
        var hi = Skills.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var order = string.CompareOrdinal(Skills[mid].SkillId, skillId);
            if (order == 0)
                return Skills[mid];
            if (order < 0)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
        return null;
    }

    /// <summary>Tests whether the person holds a certification.</summary>
    /// <param name="certificationId">The id of the certification's skill.</param>
    /// <returns><see langword="true"/> when it is held.</returns>
    public bool HasCertification(string certificationId)
    {
        ArgumentNullException.ThrowIfNull(certificationId);
        return Certifications.Contains(certificationId, StringComparer.Ordinal);
    }

    /// <summary>Makes a copy of this profile with these skill levels in place of its own.</summary>
    /// <param name="skills">The skill levels, at most one per skill; <see langword="null"/> for none.</param>
    /// <returns>The new profile.</returns>
    /// <exception cref="ArgumentException">A level is null or a skill is listed twice.</exception>
    public Profile WithSkills(IEnumerable<SkillLevel>? skills) =>
        new(CurrentRoleId, RegionId, skills, Certifications, Education, WorkHistory, Preferences);

    /// <summary>Makes a copy of this profile with these certifications held in place of its own.</summary>
    /// <param name="certifications">The ids of the certifications' skills; <see langword="null"/> for none.</param>
    /// <returns>The new profile.</returns>
    /// <exception cref="ArgumentException">An id is invalid.</exception>
    public Profile WithCertifications(IEnumerable<string>? certifications) =>
        new(CurrentRoleId, RegionId, Skills, certifications, Education, WorkHistory, Preferences);

    /// <summary>Makes a copy of this profile with the highest level of education completed (a new profile has <see cref="EducationLevel.None"/>).</summary>
    /// <param name="education">The education level.</param>
    /// <returns>The new profile.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The level is not defined.</exception>
    public Profile WithEducation(EducationLevel education) =>
        new(CurrentRoleId, RegionId, Skills, Certifications, education, WorkHistory, Preferences);

    /// <summary>Makes a copy of this profile with this work history in place of its own.</summary>
    /// <param name="workHistory">The periods of work; <see langword="null"/> for <see cref="WorkHistory.Empty"/>.</param>
    /// <returns>The new profile.</returns>
    public Profile WithWorkHistory(WorkHistory? workHistory) =>
        new(CurrentRoleId, RegionId, Skills, Certifications, Education, workHistory, Preferences);

    /// <summary>Makes a copy of this profile with what the person looks for in a next role.</summary>
    /// <param name="preferences">The preferences; <see langword="null"/> for <see cref="Preferences.None"/>.</param>
    /// <returns>The new profile.</returns>
    public Profile WithPreferences(Preferences? preferences) =>
        new(CurrentRoleId, RegionId, Skills, Certifications, Education, WorkHistory, preferences);

    /// <summary>Makes a copy of this profile with one skill level added or replaced, for "what if" questions.</summary>
    /// <param name="skill">The new level of a skill.</param>
    /// <returns>The new profile.</returns>
    public Profile WithSkill(SkillLevel skill)
    {
        ArgumentNullException.ThrowIfNull(skill);
        return new Profile(CurrentRoleId, RegionId)
            .WithSkills(Skills.Where(s => s.SkillId != skill.SkillId).Append(skill))
            .WithCertifications(Certifications)
            .WithEducation(Education)
            .WithWorkHistory(WorkHistory)
            .WithPreferences(Preferences);
    }

    /// <summary>Makes a copy of this profile with one more certification held.</summary>
    /// <param name="certificationId">The id of the certification's skill.</param>
    /// <returns>The new profile.</returns>
    /// <exception cref="ArgumentException">The id is invalid.</exception>
    public Profile WithCertification(string certificationId) =>
        new(CurrentRoleId, RegionId, Skills, Certifications.Append(Check.Id(certificationId, nameof(certificationId))), Education, WorkHistory, Preferences);

    /// <inheritdoc/>
    public bool Equals(Profile? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && CurrentRoleId == other.CurrentRoleId && RegionId == other.RegionId
            && ReadOnly.SequenceEqual(Skills, other.Skills) && ReadOnly.SequenceEqual(Certifications, other.Certifications)
            && Education == other.Education && WorkHistory.Equals(other.WorkHistory) && Preferences.Equals(other.Preferences));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Profile);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(CurrentRoleId, RegionId, ReadOnly.SequenceHash(Skills), ReadOnly.SequenceHash(Certifications), Education, WorkHistory);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(Profile? left, Profile? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Profile? left, Profile? right) => !(left == right);

    /// <summary>
    /// Summarises the profile, such as
    /// <c>Profile: cs-junior-specialist in US, 12 skills, 0 certifications, HighSchool, 1 period of work from 2025-11-25</c>.
    /// </summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        $"Profile: {CurrentRoleId ?? "no current role"}{(RegionId is null ? "" : " in " + RegionId)}, "
        + $"{Skills.Count} {(Skills.Count == 1 ? "skill" : "skills")}, "
        + $"{Certifications.Count} {(Certifications.Count == 1 ? "certification" : "certifications")}, {Education}, {WorkHistory}";
}
