// Exercises the libraries' AOT-sensitive paths — the JSON readers and writer (source-generated),
// frozen collections, the vectorized kernel, title search, the O*NET importer — and prints what they give, so
// eng/aot-smoke.sh can compare a native AOT run with a JIT run line for line.
// Usage: CareerModel.AotSmoke <repository root>
using CareerModel.AotSmoke;
using CareerModel.Assessment;
using CareerModel.Onet;
using CareerModel.Recommendation;
using CareerModel.Search;
using CareerModel.Serialization;
using NodaTime;

var root = args.Length > 0 ? args[0] : ".";
var clock = new FixedClock(Instant.FromUtc(2026, 11, 25, 0, 0));

var catalog = CareerCatalogJson.Read(File.ReadAllText(Path.Combine(root, "docs/examples/customer-service.catalog.json")));
var profile = ProfileJson.Read(File.ReadAllText(Path.Combine(root, "docs/examples/customer-service.profile.json")), catalog);
Console.WriteLine($"catalog: {catalog}");
Console.WriteLine($"round trip equal: {CareerCatalogJson.Read(CareerCatalogJson.ToJson(catalog)).Equals(catalog)}");
Console.WriteLine($"profile round trip equal: {ProfileJson.Read(ProfileJson.ToJson(profile), catalog).Equals(profile)}");

var readiness = CareerAssessor.Create(catalog, clock, DateTimeZone.Utc).AssessReadiness(profile, "cs-team-lead");
Console.WriteLine($"readiness: {readiness}");
foreach (var path in Recommender.Create(catalog, clock).Recommend(profile).Paths)
    Console.WriteLine($"path: {path} | {path.Score}");

foreach (var match in RoleTitleSearch.Create(catalog).Find("Téam Leads, Customer-Service", 3))
    Console.WriteLine($"title search: {match}");

try
{
    CareerCatalogJson.Read("""{ "schemaVersion": 1, "roles": [{ "id": "a", "rank": -3 }] }""");
}
catch (CareerJsonException refusal)
{
    Console.WriteLine($"refused: {refusal.Message}");
}

var onet = OnetCatalog.Load(Path.Combine(root, "data/onet"), Path.Combine(root, "data/oews/national_M2024_dl.tsv"));
Console.WriteLine($"O*NET: {onet.Catalog}; {onet.InferredTransitions.Count} inferred moves");
foreach (var kind in onet.Notes.GroupBy(n => n.Kind).OrderBy(g => g.Key))
    Console.WriteLine($"O*NET notes: {kind.Count()} {kind.Key}, such as: {kind.First().Message}");
var agent = new CareerModel.People.Profile("43-4051.00", "US");
foreach (var path in Recommender.Create(onet.Catalog, clock).Recommend(agent, new RecommendationOptions { Count = 3, MaxSteps = 1 }).Paths)
    Console.WriteLine($"O*NET path: {path}");
