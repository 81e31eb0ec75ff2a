using CareerModel.Fuzz;
using CareerModel.Tests.Onet;

namespace CareerModel.Tests.Fuzzing;

/// <summary>
/// The fuzzers' contract kept in every CI run: thousands of seeded byte-level mutants of the
/// example documents (bits flipped, bytes replaced by JSON's own punctuation, ranges deleted,
/// duplicated or cut off), each read by its reader, which accepts it and keeps its promises or
/// refuses it with <c>CareerJsonException</c> (<see cref="FuzzTargets"/>).
/// </summary>
public sealed class ByteMutationTests
{
    private const int Seed = 20261203;

    private static readonly byte[] Interesting = "\"{}[],:0-.e\\ \n\0"u8.ToArray().Concat(new byte[] { 0xFF, 0xC3, 0x80, 0xEF, 0xBB, 0xBF }).ToArray();

    [Theory]
    [InlineData("catalog", "tests/fuzz/corpus/catalog/small.catalog.json", 3_000)]
    [InlineData("catalog", "docs/examples/customer-service.catalog.json", 500)]
    [InlineData("profile", "docs/examples/customer-service.profile.json", 3_000)]
    public void Every_mutant_of_an_example_document_is_read_or_refused_as_documented(string target, string document, int mutants)
    {
        var original = File.ReadAllBytes(Path.Combine(OnetDataFolders.Repository, document));
        var random = new Random(Seed);
        var (accepted, refused) = (0, 0);
        var broken = new List<string>();
        for (var m = 0; m < mutants; m++)
        {
            var mutant = Mutate(original, random);
            try
            {
                if (FuzzTargets.Run(target, mutant, FuzzInputs.Release) is null)
                    accepted++;
                else
                    refused++;
            }
            catch (Exception ex)
            {
                broken.Add($"mutant {m}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        Assert.True(broken.Count == 0, string.Join(Environment.NewLine, broken.Take(10)));
        // Both outcomes are exercised: the mutants are neither all harmless nor all fatal.
        Assert.True(accepted > 0 && refused > mutants / 2, $"{accepted} accepted, {refused} refused");
    }

    /// <summary>One to four byte-level edits, as afl's havoc stage makes them.</summary>
    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        var edits = random.Next(1, 5);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes[at] = Interesting[random.Next(Interesting.Length)];
                    break;
                case 2:
                    bytes.Insert(at, Interesting[random.Next(Interesting.Length)]);
                    break;
                case 3:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 16)));
                    break;
                case 4:
                    var length = Math.Min(bytes.Count - at, random.Next(1, 64));
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                default:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }
        return [.. bytes];
    }
}
