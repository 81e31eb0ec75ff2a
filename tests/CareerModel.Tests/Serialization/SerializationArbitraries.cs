using CareerModel.Careers;
using CareerModel.Compensation;
using CareerModel.Geography;
using CareerModel.Monetary;
using CareerModel.Skills;
using CareerModel.Tests.Careers;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CareerModel.Tests.Serialization;

/// <summary>
/// Valid catalogs with everything the JSON format has to carry: the catalogs of
/// <see cref="CatalogArbitraries"/>, whose roles are given bands with percentiles, means and
/// provenance, outlooks with industries, median pay and provenance, skill levels with every bit
/// of a double, amounts of any scale up to <see cref="SalaryBand.MaxAmount"/>, text that needs
/// escaping, and sometimes a region in a currency that is not built in.
/// </summary>
public static class SerializationArbitraries
{
    /// <summary>ISO 4217's code for testing, with three minor units: not built in, so it must be declared.</summary>
    public static Currency Xts { get; } = new Currency("XTS", 3, "Test currency");

    private static readonly string[] Sources = ["BLS OEWS", "Guide “2025” – regional", "Survey \"Q1\"\twith a tab", "Ünïcode \\ source"];

    private static readonly string[] AlternativeTitles = ["Représentant “CSR”", "  padded  ", "Tab\tand \"quote\" \\ slash", "😀 Emoji agent"];

    private static readonly string[] Industries = ["Retail Trade", "Financial Services", "Healthcare and Social Assistance", "Call centres – outsourced", "Ünïcode Ltd"];

    private static Gen<T?> Maybe<T>(Gen<T> gen)
        where T : class =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(x => (T?)x)));

    public static Gen<decimal> AmountGen { get; } =
        Gen.Frequency(
            (4, Gen.Choose(0, 300_000).Select(i => (decimal)i)),
            (4, from whole in Gen.Choose(0, 300_000) from fraction in Gen.Choose(0, 9_999) select whole + (fraction / 10_000m)),
            (1, Gen.Elements(0m, 0.0000001m, 12_345.678900m, 1_000_000_000_000m, SalaryBand.MaxAmount)));

    public static Gen<Provenance> ProvenanceGen { get; } =
        from source in Gen.Elements(Sources)
        from days in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(-40_000, 40_000).Select(d => (int?)d))
        from vintage in Gen.Elements<string?>(null, "May 2024", "2025")
        select new Provenance(source, days is { } d ? new LocalDate(2000, 1, 1).PlusDays(d) : null, vintage);

    public static Gen<SalaryBand> BandGen(Currency currency) =>
        from ends in Gen.ArrayOf(AmountGen, 3)
        from known in Gen.ArrayOf(Gen.Elements(true, false), 5)
        from points in Gen.ArrayOf(AmountGen, 5)
        from mean in Gen.OneOf(Gen.Constant<decimal?>(null), AmountGen.Select(m => (decimal?)m))
        from provenance in Maybe(ProvenanceGen)
        select MakeBand(currency, ends, known, points, mean, provenance);

    private static SalaryBand MakeBand(Currency currency, decimal[] ends, bool[] known, decimal[] points, decimal? mean, Provenance? provenance)
    {
        Array.Sort(ends);
        Array.Sort(points);
        Money? At(int i) => known[i] ? new Money(points[i], currency) : null;
        var percentiles = known.Any(k => k) ? new PayPercentiles(At(0), At(1), At(2), At(3), At(4)) : null;
        return new SalaryBand(
                new Money(ends[0], currency), new Money(ends[1], currency), new Money(ends[2], currency),
                percentiles, mean is { } m ? new Money(m, currency) : null)
            .WithProvenance(provenance);
    }

    public static Gen<Outlook> OutlookGen(IReadOnlyList<Currency> currencies) =>
        from growth in Gen.Choose(-999, 5_000).Select(g => g / 1_000m)
        from openings in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(0, int.MaxValue).Select(o => (int?)o))
        from industries in Gen.SubListOf(Industries)
        from currency in Gen.Elements(currencies.ToArray())
        from median in Gen.OneOf(Gen.Constant<decimal?>(null), AmountGen.Select(m => (decimal?)m))
        from provenance in Maybe(ProvenanceGen)
        select new Outlook(growth, openings, industries, median is { } m ? new Money(m, currency) : null, provenance);

    /// <summary>A level anywhere on the scale, with all the bits a double has (0, or from a millionth of a level up, as a requirement allows).</summary>
    private static Gen<double> LevelGen(ProficiencyScale scale) =>
        Gen.Choose(0, int.MaxValue).Select(n => n / (double)int.MaxValue * scale.Maximum).Select(level => level < 1e-6 ? 0 : level);

    private static Gen<double> ImportanceGen { get; } =
        Gen.Choose(1, int.MaxValue).Select(n => n / (double)int.MaxValue * SkillRequirement.MaxImportance);

    private static Gen<Role> EnrichGen(Role role, IReadOnlyList<Region> regions, ProficiencyScale scale) =>
        from levels in Gen.ArrayOf(LevelGen(scale), role.Requirements.Count)
        from importances in Gen.ArrayOf(ImportanceGen, role.Requirements.Count)
        from paid in Gen.SubListOf(regions.ToArray())
        from bands in Gen.CollectToArray(paid, r => BandGen(r.Currency))
        from outlook in Maybe(OutlookGen([.. regions.Select(r => r.Currency).Distinct(), Currency.USD, Xts]))
        from title in Gen.Elements(role.Title, "Agent – “Tier 1”", "Ünïcode \"quoted\" \\ title", "😀 Emoji lead")
        from alternatives in Gen.SubListOf(AlternativeTitles)
        select new Role(role.Id, title, role.Family, role.Track, role.Rank)
            .WithTypicalExperience(role.TypicalExperience)
            .WithRequirements(role.Requirements.Select((q, i) => SkillRequirement.Create(q.SkillId, levels[i], importances[i], q.IsRequired)))
            .WithPayBands(paid.Zip(bands).ToDictionary(p => p.First.Id, p => p.Second, StringComparer.Ordinal))
            .WithOutlook(outlook)
            .WithRemoteWork(role.RemoteWork)
            .WithEducation(role.Education)
            .WithDescription(role.Description)
            .WithAlternativeTitles(alternatives);

    /// <summary>A valid catalog with every part the format carries.</summary>
    public static Gen<CatalogParts> RichCatalogGen { get; } =
        from parts in CatalogArbitraries.ValidCatalogGen
        from zone in Gen.Elements(true, false)
        let regions = zone
            ? (IReadOnlyList<Region>)[.. parts.Regions, new Region("zone-xts", "Zone “XTS”", RegionKind.RegionGroup, Xts, "world")]
            : parts.Regions
        from enrich in Gen.ArrayOf(Gen.Elements(true, false), parts.Roles.Count)
        from roles in Gen.CollectToArray(parts.Roles.Select((r, i) => (Role: r, Enrich: enrich[i])), x => x.Enrich ? EnrichGen(x.Role, regions, parts.Scale) : Gen.Constant(x.Role))
        select parts with { Regions = regions, Roles = roles };

    public static Arbitrary<CatalogParts> RichCatalog() => Arb.From(RichCatalogGen, CatalogArbitraries.ShrinkCatalog);
}
