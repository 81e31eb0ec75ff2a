using CareerModel.Assessment;
using CareerModel.Catalogs;
using CareerModel.Onet;
using CareerModel.People;
using CareerModel.Recommendation;
using CareerModel.Serialization;
using NodaTime;

namespace CareerModel.Fuzz;

/// <summary>
/// The contracts the readers keep on any input, as one method per reader: read the bytes, and
/// when the reader accepts them, use what it gave (write it back, assess, recommend). A reader may
/// refuse only with its documented exception; anything else escapes, and a fuzzer counts it as a
/// crash. A broken promise on accepted input (a round trip that changes the document, a score that
/// is not a number) throws <see cref="InvalidOperationException"/>.
/// </summary>
/// <remarks>Compiled into the fuzzing harness and into the test suite, which replays the corpus.</remarks>
public static class FuzzTargets
{
    private static readonly IClock Clock = new FixedClock(Instant.FromUtc(2026, 11, 25, 0, 0));

    /// <summary>The names of the targets, as the harness and eng/fuzz.sh take them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["catalog", "profile", "onet-skills", "oews"];

    /// <summary>Runs one target on one input.</summary>
    /// <param name="target">One of <see cref="Names"/>.</param>
    /// <param name="input">The bytes.</param>
    /// <param name="release">A small O*NET release folder whose files the O*NET targets replace.</param>
    /// <returns><see langword="null"/> when the reader accepted the input, or its message when it refused it as documented.</returns>
    public static string? Run(string target, byte[] input, string release) => target switch
    {
        "catalog" => Catalog(input),
        "profile" => Profile(input),
        "onet-skills" => Onet(input, release, "Skills.txt", oews: false),
        "oews" => Onet(input, release, "oews.txt", oews: true),
        _ => throw new ArgumentException($"Unknown fuzz target '{target}'; the targets are {string.Join(", ", Names)}.", nameof(target)),
    };

    /// <summary>A catalog document: refused with <see cref="CareerJsonException"/>, or read, written back unchanged and used.</summary>
    public static string? Catalog(byte[] input)
    {
        CareerModel.Careers.CareerCatalog catalog;
        try
        {
            catalog = CareerCatalogJson.Read(input);
        }
        catch (CareerJsonException refusal)
        {
            return refusal.Message;
        }
        if (!CareerCatalogJson.Read(CareerCatalogJson.ToJson(catalog)).Equals(catalog))
            throw new InvalidOperationException("The catalog read back from its own JSON differs from the catalog.");
        var recommender = Recommender.Create(catalog, Clock);
        var assessor = CareerAssessor.Create(catalog, Clock);
        foreach (var role in catalog.Roles.Take(3))
        {
            var person = new Profile(role.Id, catalog.Regions.Count > 0 ? catalog.Regions[0].Id : null);
            Check(recommender.Recommend(person));
            _ = assessor.AssessReadiness(person, catalog.Roles[^1].Id).ToString();
        }
        return null;
    }

    /// <summary>A profile document against the built-in catalog: refused with <see cref="CareerJsonException"/>, or read, written back unchanged and used.</summary>
    public static string? Profile(byte[] input)
    {
        var catalog = BuiltInCatalogs.CustomerService;
        Profile profile;
        try
        {
            profile = ProfileJson.Read(input, catalog);
        }
        catch (CareerJsonException refusal)
        {
            return refusal.Message;
        }
        if (!ProfileJson.Read(ProfileJson.ToJson(profile), catalog).Equals(profile))
            throw new InvalidOperationException("The profile read back from its own JSON differs from the profile.");
        if (profile.CurrentRoleId is not null)
            Check(Recommender.Create(catalog, Clock).Recommend(profile));
        _ = CareerAssessor.Create(catalog, Clock).AssessReadiness(profile, "cs-team-lead").ToString();
        return null;
    }

    /// <summary>One file of an O*NET release, or an OEWS file: refused with <see cref="OnetFormatException"/>, or imported and used.</summary>
    private static string? Onet(byte[] input, string release, string file, bool oews)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"careermodel-fuzz-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        foreach (var source in Directory.GetFiles(release, "*.txt"))
            File.Copy(source, Path.Combine(folder, Path.GetFileName(source)), overwrite: true);
        File.WriteAllBytes(Path.Combine(folder, file), input);
        OnetImportResult result;
        try
        {
            result = oews ? OnetCatalog.Load(folder, Path.Combine(folder, file)) : OnetCatalog.Load(folder);
        }
        catch (OnetFormatException refusal)
        {
            return refusal.Message;
        }
        var recommender = Recommender.Create(result.Catalog, Clock);
        foreach (var role in result.Catalog.Roles.Take(3))
            Check(recommender.Recommend(new Profile(role.Id, "US")));
        return null;
    }

    private static void Check(RecommendationResult result)
    {
        foreach (var path in result.Paths)
        {
            if (!double.IsFinite(path.Score.Total) || path.Steps.Any(s => !double.IsFinite(s.Fit)))
                throw new InvalidOperationException($"A path's score or fit is not a number: {path} | {path.Score}");
        }
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
