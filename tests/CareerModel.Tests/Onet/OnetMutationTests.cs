using CareerModel.Onet;
using CareerModel.People;
using CareerModel.Recommendation;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests.Onet;

/// <summary>
/// Thousands of seeded mutants of a tiny release — a field emptied, made NaN, negative, huge,
/// fractional, comma-decimal or text; a tab dropped; a line repeated or cut — each imported. The
/// only exception allowed out is <see cref="OnetFormatException"/>; a release that loads must give
/// a catalog the recommender takes and scores without NaN.
/// </summary>
public sealed class OnetMutationTests : IDisposable
{
    private const int Mutants = 1_500;

    private static readonly string[] Values = ["", "n/a", "NaN", "Infinity", "-1", "-0.01", "0", "1e39", "99999999999999999999999999999", "7.5", "5.01", "x", "3,5", "1,000", "#", "*", "Y", "43-4051.00", "2.A.1.b", " ", "\u0000"];

    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 25, 0, 0));

    private readonly MiniRelease release = new();

    public OnetMutationTests() =>
        File.WriteAllText(OewsPath, string.Join('\n',
            "area_type\tnaics\tocc_code\tocc_title\to_group\ttot_emp\th_mean\ta_mean\th_pct10\th_pct25\th_median\th_pct75\th_pct90\ta_pct10\ta_pct25\ta_median\ta_pct75\ta_pct90",
            "1\t000000\t43-4051\tCustomer Service Representatives\tdetailed\t2800000\t20.59\t42830\t14.46\t17.04\t19.08\t23.02\t28.52\t30080\t35440\t39680\t47880\t59320",
            "1\t000000\t43-1011\tFirst-Line Supervisors\tdetailed\t1500000\t33.95\t70620\t21.82\t26.45\t31.69\t38.89\t48.93\t45380\t55020\t65920\t80890\t101780") + "\n");

    private string OewsPath => release.PathOf("national_M2024_dl.txt");

    public void Dispose() => release.Dispose();

    [Fact]
    public void Every_mutant_of_a_release_is_imported_or_refused_with_a_format_exception_naming_where()
    {
        string[] files = ["Occupation Data.txt", "Job Zones.txt", "Skills.txt", "Knowledge.txt", "national_M2024_dl.txt"];
        var originals = files.ToDictionary(f => f, f => File.ReadAllLines(release.PathOf(f)));
        var random = new Random(20261203);
        var (loaded, refused) = (0, 0);
        for (var m = 0; m < Mutants; m++)
        {
            var file = files[random.Next(files.Length)];
            var lines = originals[file].ToList();
            var what = Mutate(lines, random);
            File.WriteAllLines(release.PathOf(file), lines);
            try
            {
                var result = OnetCatalog.Load(release.Folder, OewsPath);
                var recommender = Recommender.Create(result.Catalog, Clock);
                foreach (var role in result.Catalog.Roles)
                {
                    var paths = recommender.Recommend(new Profile(role.Id, "US")).Paths;
                    Assert.True(paths.All(p => double.IsFinite(p.Score.Total)), $"mutant {m} ({file}: {what}): a NaN or infinite score");
                }
                loaded++;
            }
            catch (OnetFormatException e)
            {
                Assert.Equal(file, e.FileName);
                Assert.True(e.LineNumber >= 1, $"mutant {m} ({file}: {what}): no line in '{e.Message}'");
                refused++;
            }
            catch (Exception e)
            {
                Assert.Fail($"mutant {m} ({file}: {what}) escaped as {e.GetType().Name}: {e.Message}");
            }
            finally
            {
                File.WriteAllLines(release.PathOf(file), originals[file]);
            }
        }
        // Both outcomes occur, so the mutants reach past the readers into the engines.
        Assert.True(loaded > Mutants / 10 && refused > Mutants / 10, $"{loaded} loaded, {refused} refused");
    }

    /// <summary>Changes one thing in the lines and says what.</summary>
    private static string Mutate(List<string> lines, Random random)
    {
        var at = random.Next(lines.Count);
        var cells = lines[at].Split('\t');
        switch (random.Next(10))
        {
            case 0:
                lines.Insert(at, lines[at]);
                return $"line {at + 1} repeated";
            case 1:
                var cut = random.Next(lines[at].Length + 1);
                lines[at] = lines[at][..cut];
                return $"line {at + 1} cut at {cut}";
            case 2 when cells.Length > 1:
                var joined = random.Next(cells.Length - 1);
                lines[at] = string.Join('\t', cells.Take(joined)) + (joined > 0 ? "\t" : "") + cells[joined] + cells[joined + 1] + (joined + 2 < cells.Length ? "\t" + string.Join('\t', cells.Skip(joined + 2)) : "");
                return $"line {at + 1}: tab after field {joined + 1} dropped";
            default:
                var field = random.Next(cells.Length);
                var value = Values[random.Next(Values.Length)];
                cells[field] = value;
                lines[at] = string.Join('\t', cells);
                return $"line {at + 1}, field {field + 1} = '{value}'";
        }
    }
}
