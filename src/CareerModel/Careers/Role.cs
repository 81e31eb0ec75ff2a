using System.Collections.Frozen;
using System.Collections.ObjectModel;
using System.Globalization;
using CareerModel.Compensation;
using CareerModel.Internal;
using CareerModel.Skills;

namespace CareerModel.Careers;

/// <summary>
/// A role at one level of a career ladder: who it is for (family, track, rank), what it asks
/// (experience, skills, education), what it pays by region, and its market outlook.
/// </summary>
/// <remarks>
/// A role refers to skills and regions by id; the <see cref="CareerCatalog"/> that holds it checks
/// that they exist and that levels lie on its proficiency scale. Two roles are equal when every
/// property is equal.
/// </remarks>
public sealed class Role : IEquatable<Role>
{
    /// <summary>The highest rank accepted in a ladder.</summary>
    public const int MaxRank = 100;

    /// <summary>
    /// Creates a role with what places it in a ladder; add what else is known of it with the
    /// <c>With…</c> methods, such as <see cref="WithRequirements"/> and <see cref="WithPayBands"/>.
    /// </summary>
    /// <param name="id">The id (letters, digits, '-', '_', '.'), such as <c>cs-team-lead</c> or an O*NET-SOC code.</param>
    /// <param name="title">The job title.</param>
    /// <param name="family">The job family the role's ladder belongs to, such as <c>customer-service</c>.</param>
    /// <param name="track">The career track.</param>
    /// <param name="rank">The rank in its ladder, from 1 (entry) to <see cref="MaxRank"/>; a promotion goes to a higher rank.</param>
    /// <exception cref="ArgumentException">An argument breaks one of the rules above; the message names it.</exception>
    public Role(string id, string title, string family, CareerTrack track, int rank)
        : this(id, title, family, track, rank, null, null, null, null, RemoteWork.OnSite, null, null, null)
    {
    }

    private Role(
        string id,
        string title,
        string family,
        CareerTrack track,
        int rank,
        ExperienceRange? typicalExperience,
        IEnumerable<SkillRequirement>? requirements,
        IReadOnlyDictionary<string, SalaryBand>? payBands,
        Outlook? outlook,
        RemoteWork remoteWork,
        EducationRequirement? education,
        string? description,
        IEnumerable<string>? alternativeTitles)
    {
        Id = Check.Id(id, nameof(id));
        Title = Check.NotBlank(title, nameof(title));
        Family = Check.Id(family, nameof(family));
        Track = Check.Defined(track, nameof(track));
        if (rank is < 1 or > MaxRank)
            throw InvariantArgument.OutOfRange(nameof(rank), rank, $"Role '{id}' rank {rank} must be from 1 to {MaxRank}.");
        Rank = rank;
        TypicalExperience = typicalExperience;
        Requirements = ReadOnly.Copy(requirements, nameof(requirements));
        var repeated = Requirements.GroupBy(r => r.SkillId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
            throw new ArgumentException($"Role '{id}' lists skill '{repeated.Key}' {repeated.Count()} times; a role has at most one requirement per skill.", nameof(requirements));
        PayBands = CopyBands(payBands, id, nameof(payBands));
        Outlook = outlook;
        RemoteWork = Check.Defined(remoteWork, nameof(remoteWork));
        Education = education;
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        AlternativeTitles = CopyAlternativeTitles(alternativeTitles, Id, Title);
    }

    /// <summary>Makes a copy of this role with the typical total experience of people in it.</summary>
    /// <param name="typicalExperience">The typical experience, or <see langword="null"/> when not known.</param>
    /// <returns>The new role.</returns>
    public Role WithTypicalExperience(ExperienceRange? typicalExperience) =>
        new(Id, Title, Family, Track, Rank, typicalExperience, Requirements, PayBands, Outlook, RemoteWork, Education, Description, AlternativeTitles);

    /// <summary>Makes a copy of this role with these skill requirements in place of its own.</summary>
    /// <param name="requirements">The requirements, at most one per skill; <see langword="null"/> for none.</param>
    /// <returns>The new role.</returns>
    /// <exception cref="ArgumentException">A requirement is null or a skill is listed twice.</exception>
    public Role WithRequirements(IEnumerable<SkillRequirement>? requirements) =>
        new(Id, Title, Family, Track, Rank, TypicalExperience, requirements, PayBands, Outlook, RemoteWork, Education, Description, AlternativeTitles);

    /// <summary>Makes a copy of this role with these annual pay bands in place of its own.</summary>
    /// <param name="payBands">The bands by region id, each in its region's currency; <see langword="null"/> for none.</param>
    /// <returns>The new role.</returns>
    /// <exception cref="ArgumentException">A region id is invalid or a band is null.</exception>
    public Role WithPayBands(IReadOnlyDictionary<string, SalaryBand>? payBands) =>
        new(Id, Title, Family, Track, Rank, TypicalExperience, Requirements, payBands, Outlook, RemoteWork, Education, Description, AlternativeTitles);

    /// <summary>Makes a copy of this role with a market outlook.</summary>
    /// <param name="outlook">The outlook, or <see langword="null"/> when not known.</param>
    /// <returns>The new role.</returns>
    public Role WithOutlook(Outlook? outlook) =>
        new(Id, Title, Family, Track, Rank, TypicalExperience, Requirements, PayBands, outlook, RemoteWork, Education, Description, AlternativeTitles);

    /// <summary>Makes a copy of this role with how far it can be done remotely (a new role is <see cref="RemoteWork.OnSite"/>).</summary>
    /// <param name="remoteWork">How far the role can be done remotely.</param>
    /// <returns>The new role.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public Role WithRemoteWork(RemoteWork remoteWork) =>
        new(Id, Title, Family, Track, Rank, TypicalExperience, Requirements, PayBands, Outlook, remoteWork, Education, Description, AlternativeTitles);

    /// <summary>Makes a copy of this role with the education it asks for.</summary>
    /// <param name="education">The education asked for, or <see langword="null"/> for none.</param>
    /// <returns>The new role.</returns>
    public Role WithEducation(EducationRequirement? education) =>
        new(Id, Title, Family, Track, Rank, TypicalExperience, Requirements, PayBands, Outlook, RemoteWork, education, Description, AlternativeTitles);

    /// <summary>Makes a copy of this role with a description of its scope.</summary>
    /// <param name="description">The description; blank or <see langword="null"/> for none.</param>
    /// <returns>The new role.</returns>
    public Role WithDescription(string? description) =>
        new(Id, Title, Family, Track, Rank, TypicalExperience, Requirements, PayBands, Outlook, RemoteWork, Education, description, AlternativeTitles);

    /// <summary>
    /// Makes a copy of this role with the other titles people use for it, in place of its own, such
    /// as <c>call centre agent</c> for a customer service representative.
    /// </summary>
    /// <param name="alternativeTitles">
    /// The titles, in the order given; each is trimmed and must not be blank, and no two, nor one and
    /// <see cref="Title"/>, may be equal ignoring case (<see cref="StringComparer.OrdinalIgnoreCase"/>).
    /// <see langword="null"/> for none.
    /// </param>
    /// <returns>The new role.</returns>
    /// <exception cref="ArgumentException">A title is null or blank, repeats another or repeats the role's title; the parameter name gives its position, such as <c>alternativeTitles[2]</c>.</exception>
    public Role WithAlternativeTitles(IEnumerable<string>? alternativeTitles) =>
        new(Id, Title, Family, Track, Rank, TypicalExperience, Requirements, PayBands, Outlook, RemoteWork, Education, Description, alternativeTitles);

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the job title.</summary>
    public string Title { get; }

    /// <summary>Gets the job family the role's ladder belongs to.</summary>
    public string Family { get; }

    /// <summary>Gets the career track.</summary>
    public CareerTrack Track { get; }

    /// <summary>Gets the rank in its ladder, 1 being the entry level.</summary>
    public int Rank { get; }

    /// <summary>Gets the typical total experience of people in the role, or <see langword="null"/>.</summary>
    public ExperienceRange? TypicalExperience { get; }

    /// <summary>Gets the skill requirements, in the order given.</summary>
    public IReadOnlyList<SkillRequirement> Requirements { get; }

    /// <summary>Gets the annual pay bands by region id.</summary>
    public IReadOnlyDictionary<string, SalaryBand> PayBands { get; }

    /// <summary>Gets the market outlook, or <see langword="null"/>.</summary>
    public Outlook? Outlook { get; }

    /// <summary>Gets how far the role can be done remotely.</summary>
    public RemoteWork RemoteWork { get; }

    /// <summary>Gets the education asked for, or <see langword="null"/>.</summary>
    public EducationRequirement? Education { get; }

    /// <summary>Gets the scope of the role, or <see langword="null"/>.</summary>
    public string? Description { get; }

    /// <summary>
    /// Gets the other titles people use for the role, in the order given: trimmed, none blank, and
    /// none equal to another or to <see cref="Title"/> ignoring case. Empty when none are known.
    /// </summary>
    public IReadOnlyList<string> AlternativeTitles { get; }

    /// <inheritdoc/>
    public bool Equals(Role? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Id == other.Id && Title == other.Title && Family == other.Family && Track == other.Track && Rank == other.Rank
            && Equals(TypicalExperience, other.TypicalExperience)
            && ReadOnly.SequenceEqual(Requirements, other.Requirements)
            && BandsEqual(PayBands, other.PayBands)
            && Equals(Outlook, other.Outlook) && RemoteWork == other.RemoteWork
            && Equals(Education, other.Education) && Description == other.Description
            && ReadOnly.SequenceEqual(AlternativeTitles, other.AlternativeTitles));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Role);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Title, Family, Track, Rank, Requirements.Count, PayBands.Count, AlternativeTitles.Count);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(Role? left, Role? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Role? left, Role? right) => !(left == right);

    /// <summary>Describes the role, such as <c>Customer Service Team Lead (cs-team-lead, Management, rank 4)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Title} ({Id}, {Track}, rank {Rank})";

    private static FrozenDictionary<string, SalaryBand> CopyBands(IReadOnlyDictionary<string, SalaryBand>? bands, string roleId, string paramName)
    {
        if (bands is null)
            return FrozenDictionary<string, SalaryBand>.Empty;
        foreach (var (regionId, band) in bands)
        {
            Check.Id(regionId, paramName);
            if (band is null)
                throw new ArgumentException($"Role '{roleId}' pay band for region '{regionId}' must not be null.", paramName);
        }
        return bands.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The titles trimmed and checked: none blank, none the title, no two alike ignoring case; the message names the position.</summary>
    private static ReadOnlyCollection<string> CopyAlternativeTitles(IEnumerable<string>? titles, string roleId, string title)
    {
        if (titles is null)
            return ReadOnlyCollection<string>.Empty;
        var kept = new List<string>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var given in titles)
        {
            var position = $"alternativeTitles[{kept.Count.ToString(CultureInfo.InvariantCulture)}]";
            var trimmed = Check.NotBlank(given, position);
            if (string.Equals(trimmed, title, StringComparison.OrdinalIgnoreCase))
                throw new ArgumentException($"Role '{roleId}' {position} '{trimmed}' is its title '{title}' ignoring case; an alternative title must differ from the title.", position);
            if (!seen.TryAdd(trimmed, kept.Count))
            {
                var first = seen[trimmed];
                throw new ArgumentException($"Role '{roleId}' {position} '{trimmed}' repeats alternativeTitles[{first.ToString(CultureInfo.InvariantCulture)}] '{kept[first]}' ignoring case; give each title once.", position);
            }
            kept.Add(trimmed);
        }
        return kept.Count == 0 ? ReadOnlyCollection<string>.Empty : Array.AsReadOnly(kept.ToArray());
    }

    private static bool BandsEqual(IReadOnlyDictionary<string, SalaryBand> left, IReadOnlyDictionary<string, SalaryBand> right) =>
        left.Count == right.Count
        && left.All(pair => right.TryGetValue(pair.Key, out var band) && pair.Value.Equals(band));
}
