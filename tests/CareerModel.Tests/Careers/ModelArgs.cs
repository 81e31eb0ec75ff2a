using CareerModel.Careers;
using CareerModel.Compensation;
using CareerModel.Geography;
using CareerModel.Monetary;
using CareerModel.Skills;
using NodaTime;

namespace CareerModel.Tests.Careers;

// Constructor arguments of the model types, as plain data. Create() makes fresh objects on every
// call, so two calls give equal but distinct values; each Changes entry alters exactly one
// constructor argument (and returns null when that change cannot be made valid for these args).

/// <summary>One constructor argument changed: its name, and the change.</summary>
/// <typeparam name="TArgs">The arguments type.</typeparam>
/// <param name="Field">The argument changed.</param>
/// <param name="Apply">The change, or null when it does not apply.</param>
public sealed record FieldChange<TArgs>(string Field, Func<TArgs, TArgs?> Apply)
    where TArgs : class;

public sealed record ExperienceArgs(int MinimumMonths, int? MaximumMonths)
{
    public static IReadOnlyList<FieldChange<ExperienceArgs>> Changes { get; } =
    [
        new("minimum", a =>
            a.MaximumMonths is null || a.MinimumMonths < a.MaximumMonths ? a with { MinimumMonths = a.MinimumMonths + 1 }
            : a.MinimumMonths > 0 ? a with { MinimumMonths = a.MinimumMonths - 1 }
            : null),
        new("maximum", a => a with { MaximumMonths = a.MaximumMonths is { } max ? max + 1 : a.MinimumMonths + 12 }),
    ];

    public ExperienceRange Create() =>
        new(Period.FromMonths(MinimumMonths), MaximumMonths is { } max ? Period.FromMonths(max) : null);
}

public sealed record RequirementArgs(string SkillId, double Level, double Importance, bool IsRequired)
{
    public static IReadOnlyList<FieldChange<RequirementArgs>> Changes { get; } =
    [
        new("skillId", a => a with { SkillId = a.SkillId + "x" }),
        new("minimumLevel", a => a with { Level = a.Level + 0.5 }),
        new("importance", a => a with { Importance = a.Importance >= SkillRequirement.MaxImportance - 1 ? a.Importance - 1 : a.Importance + 1 }),
        new("isRequired", a => a with { IsRequired = !a.IsRequired }),
    ];

    public SkillRequirement Create() => SkillRequirement.Create(SkillId, Level, Importance, IsRequired);
}

public sealed record BandArgs(string RegionId, Currency Currency, decimal Minimum, decimal Width)
{
    public SalaryBand Create() => SalaryBand.FromRange(new Money(Minimum, Currency), new Money(Minimum + Width, Currency));
}

public sealed record RoleArgs(
    string Id,
    string Title,
    string Family,
    CareerTrack Track,
    int Rank,
    ExperienceArgs? Experience,
    IReadOnlyList<RequirementArgs> Requirements,
    IReadOnlyList<BandArgs> Bands,
    decimal? Growth,
    RemoteWork RemoteWork,
    EducationLevel? Education,
    string? Description,
    IReadOnlyList<string> AlternativeTitles)
{
    private static readonly RequirementArgs ExtraRequirement = new("extra-skill", 1, 1, true);
    private static readonly BandArgs ExtraBand = new("extra-region", Currency.CHF, 50_000m, 10_000m);

    public static IReadOnlyList<FieldChange<RoleArgs>> Changes { get; } =
    [
        new("id", a => a with { Id = a.Id + "x" }),
        new("title", a => a with { Title = a.Title + " II" }),
        new("family", a => a with { Family = a.Family + "-x" }),
        new("track", a => a with { Track = a.Track == CareerTrack.Management ? CareerTrack.IndividualContributor : CareerTrack.Management }),
        new("rank", a => a with { Rank = (a.Rank % Role.MaxRank) + 1 }),
        new("typicalExperience", a => a with { Experience = a.Experience is null ? new ExperienceArgs(12, null) : a.Experience with { MaximumMonths = a.Experience.MaximumMonths is null ? a.Experience.MinimumMonths + 12 : null } }),
        new("requirements", a => a with { Requirements = a.Requirements.Count == 0 ? [ExtraRequirement] : a.Requirements.Skip(1).ToArray() }),
        new("requirements (one level)", a => a.Requirements.Count == 0 ? null : a with { Requirements = [a.Requirements[0] with { Level = a.Requirements[0].Level + 1 }, .. a.Requirements.Skip(1)] }),
        new("payBands", a => a with { Bands = a.Bands.Count == 0 ? [ExtraBand] : a.Bands.Skip(1).ToArray() }),
        new("payBands (one amount)", a => a.Bands.Count == 0 ? null : a with { Bands = [a.Bands[0] with { Width = a.Bands[0].Width + 1 }, .. a.Bands.Skip(1)] }),
        new("outlook", a => a with { Growth = a.Growth is { } g ? g + 0.01m : 0.05m }),
        new("remoteWork", a => a with { RemoteWork = (RemoteWork)(((int)a.RemoteWork + 1) % 3) }),
        new("education", a => a with { Education = a.Education is null ? EducationLevel.HighSchool : null }),
        new("description", a => a with { Description = a.Description is null ? "Does the work." : null }),
        new("alternativeTitles", a => a with { AlternativeTitles = a.AlternativeTitles.Count == 0 ? ["Associate"] : a.AlternativeTitles.Skip(1).ToArray() }),
        new("alternativeTitles (order)", a => a.AlternativeTitles.Count < 2 ? null : a with { AlternativeTitles = a.AlternativeTitles.Reverse().ToArray() }),
    ];

    public Role Create() =>
        new Role(Id, Title, Family, Track, Rank)
            .WithTypicalExperience(Experience?.Create())
            .WithRequirements(Requirements.Select(r => r.Create()).ToList())
            .WithPayBands(Bands.ToDictionary(b => b.RegionId, b => b.Create(), StringComparer.Ordinal))
            .WithOutlook(Growth is { } growth ? new Outlook(growth, 1_000, ["Retail"]) : null)
            .WithRemoteWork(RemoteWork)
            .WithEducation(Education is { } education ? new EducationRequirement(education) : null)
            .WithDescription(Description)
            .WithAlternativeTitles(AlternativeTitles);

    public override string ToString() =>
        $"RoleArgs {{ Id = {Id}, Title = {Title}, Family = {Family}, Track = {Track}, Rank = {Rank}, Experience = {Experience}, "
        + $"Requirements = [{string.Join(", ", Requirements)}], Bands = [{string.Join(", ", Bands)}], Growth = {Growth}, "
        + $"RemoteWork = {RemoteWork}, Education = {Education}, Description = {Description}, AlternativeTitles = [{string.Join(", ", AlternativeTitles)}] }}";
}

public sealed record RegionArgs(string Id, string Name, RegionKind Kind, Currency Currency, string? ParentId)
{
    public static IReadOnlyList<FieldChange<RegionArgs>> Changes { get; } =
    [
        new("id", a => a with
        {
            Id = a.Kind switch
            {
                RegionKind.Country => a.Id == "QQ" ? "QR" : "QQ",
                RegionKind.Subdivision => a.Id[..3] + (a.Id[3..] == "X" ? "Y" : "X"),
                _ => a.Id + "x",
            },
        }),
        new("name", a => a with { Name = a.Name + " Region" }),
        new("kind", a => a.Kind switch
        {
            RegionKind.World => null,
            RegionKind.Metro => a with { Kind = RegionKind.RegionGroup },
            _ => a with { Kind = RegionKind.Metro },
        }),
        new("currency", a => a with { Currency = a.Currency == Currency.USD ? Currency.EUR : Currency.USD }),
        new("parentId", a => a.ParentId is null ? null : a with { ParentId = a.ParentId + "x" }),
    ];

    public Region Create() => new(Id, Name, Kind, Currency, ParentId);
}

public sealed record SkillArgs(string Id, string Name, SkillCategory Category, string? Description)
{
    public static IReadOnlyList<FieldChange<SkillArgs>> Changes { get; } =
    [
        new("id", a => a with { Id = a.Id + "x" }),
        new("name", a => a with { Name = a.Name + " (advanced)" }),
        new("category", a => a with { Category = (SkillCategory)(((int)a.Category + 1) % 6) }),
        new("description", a => a with { Description = a.Description is null ? "What it covers." : null }),
    ];

    public Skill Create() => new(Id, Name, Category, Description);
}

public sealed record TransitionArgs(string From, string To, TransitionKind Kind, int? TypicalMonths)
{
    public static IReadOnlyList<FieldChange<TransitionArgs>> Changes { get; } =
    [
        new("fromRoleId", a => a with { From = a.From + "x" }),
        new("toRoleId", a => a with { To = a.To + "x" }),
        new("kind", a => a with { Kind = (TransitionKind)(((int)a.Kind + 1) % 4) }),
        new("typicalTime", a => a with { TypicalMonths = a.TypicalMonths is { } months ? months + 1 : 6 }),
    ];

    public Transition Create() => new(From, To, Kind, TypicalMonths is { } months ? Period.FromMonths(months) : null);
}
