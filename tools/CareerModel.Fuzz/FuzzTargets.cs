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

    /// <summary>This thread's working copy of each release folder it was given.</summary>
    [ThreadStatic]
    private static Dictionary<string, string>? workingCopies;

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
        var folder = WorkingCopy(release);
        // The OEWS file lives beside the release; a release file is put back after each input, so the next input starts from the release.
        var path = oews ? Path.Combine(folder, "wages", file) : Path.Combine(folder, "release", file);
        File.WriteAllBytes(path, input);
        OnetImportResult result;
        try
        {
            result = oews ? OnetCatalog.Load(Path.Combine(folder, "release"), path) : OnetCatalog.Load(Path.Combine(folder, "release"));
        }
        catch (OnetFormatException refusal)
        {
            return refusal.Message;
        }
        finally
        {
            if (!oews)
                File.Copy(Path.Combine(release, file), path, overwrite: true);
        }
        var recommender = Recommender.Create(result.Catalog, Clock);
        foreach (var role in result.Catalog.Roles.Take(3))
            Check(recommender.Recommend(new Profile(role.Id, "US")));
        return null;
    }

    /// <summary>
    /// This thread's copy of a release (copied once: a fuzzer calls a target thousands of times a
    /// second), in a folder of its own, as the tests run targets on several threads; deleted when
    /// the process exits.
    /// </summary>
    private static string WorkingCopy(string release)
    {
        workingCopies ??= new(StringComparer.Ordinal);
        if (workingCopies.TryGetValue(release, out var folder))
            return folder;
        folder = Directory.CreateTempSubdirectory("careermodel-fuzz-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(Path.Combine(folder, "release"));
        Directory.CreateDirectory(Path.Combine(folder, "wages"));
        foreach (var source in Directory.GetFiles(release, "*.txt"))
            File.Copy(source, Path.Combine(folder, "release", Path.GetFileName(source)));
        workingCopies.Add(release, folder);
        return folder;
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
