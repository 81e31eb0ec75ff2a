using System.Numerics;
using System.Runtime.InteropServices;

namespace CareerModel.Onet.Internal;

/// <summary>
/// Pairwise similarities of the occupations that become roles, one dense n × n matrix per signal
/// (skills, knowledge, abilities, education, description), with each signal's mean and standard
/// deviation over all pairs so that signals can be standardised and combined.
/// </summary>
internal sealed class SimilarityModel
{
    private SimilarityModel()
    {
    }

    /// <summary>The signals in a fixed order: skills, knowledge, abilities, education, description.</summary>
    public Signal[] Signals { get; private init; } = [];

    public static SimilarityModel Build(IReadOnlyList<Occupation> occupations, OnetData data)
    {
        var n = occupations.Count;
        var signals = new Signal[5];
        signals[0] = Ratings(occupations, data.Skills);
        signals[1] = Ratings(occupations, data.Knowledge);
        signals[2] = data.Abilities is null ? Signal.Absent(n) : Ratings(occupations, data.Abilities);
        signals[3] = Education(occupations, data);
        var text = new float[n * n];
        TextIndex.Similarities(occupations, text);
        var all = new bool[n];
        Array.Fill(all, true);
        signals[4] = new Signal(text, all, new bool[n]);
        foreach (var signal in signals)
            signal.Standardise(n);
        return new SimilarityModel { Signals = signals };
    }

    /// <summary>
    /// Centred cosine of importance profiles: each occupation's vector holds, per element, its IM
    /// rating (a missing rating counts as the element's mean), less the element's mean over all
    /// occupations, so that what every occupation needs (everyone reads) does not make everyone
    /// alike. Levels are left out on purpose: related occupations draw on the same things at
    /// different levels (a helper and the trade it helps), and how far apart their levels are is
    /// the Job Zone's and the education's to say. On the development half of O*NET's Related
    /// Occupations importance profiles found more related occupations than LV × (IM − 1) / 4 did
    /// (recall@10 0.494 against 0.479, all else equal).
    /// </summary>
    private static Signal Ratings(IReadOnlyList<Occupation> occupations, RatingMatrix matrix)
    {
        var n = occupations.Count;
        var m = matrix.Elements.Count;
        var width = Width(m);
        var vectors = new float[n * width];
        var has = new bool[n];
        var sums = new double[m];
        var counts = new int[m];
        for (var i = 0; i < n; i++)
        {
            var o = occupations[i].Index;
            if (!matrix.HasData[o])
                continue;
            has[i] = true;
            for (var e = 0; e < m; e++)
            {
                var cell = (o * matrix.Stride) + e;
                var im = matrix.Importance[cell];
                var x = double.IsNaN(im) ? float.NaN : (float)im;
                vectors[(i * width) + e] = x;
                if (!float.IsNaN(x))
                {
                    sums[e] += x;
                    counts[e]++;
                }
            }
        }
        var means = new float[m];
        for (var e = 0; e < m; e++)
            means[e] = counts[e] == 0 ? 0 : (float)(sums[e] / counts[e]);
        for (var i = 0; i < n; i++)
        {
            for (var e = 0; e < m; e++)
            {
                if (has[i] && float.IsNaN(vectors[(i * width) + e]))
                    vectors[(i * width) + e] = means[e];
            }
        }
        var imputed = Impute(occupations, vectors, width, has);
        for (var i = 0; i < n; i++)
        {
            if (!has[i])
                continue;
            var row = vectors.AsSpan(i * width, width);
            for (var e = 0; e < m; e++)
                row[e] -= means[e];
            if (!Normalise(row))
                has[i] = false;
        }
        return new Signal(Gram(vectors, width, n, has), has, imputed);
    }

    /// <summary>
    /// One minus the mean earth mover's distance between the RL, RW, PT and OJ distributions: the
    /// categories are ordered (a Master's is nearer a Bachelor's than a high-school diploma), so
    /// distance is the area between cumulative distributions, scaled to 0–1 per scale.
    /// </summary>
    private static Signal Education(IReadOnlyList<Occupation> occupations, OnetData data)
    {
        var n = occupations.Count;
        const int width = OnetData.EducationWidth;
        var scales = OnetData.EducationScales.Length;
        var cdfs = new float[n * width];
        var has = new bool[n];
        for (var i = 0; i < n; i++)
        {
            if (data.Education[occupations[i].Index] is not { } shares)
                continue;
            has[i] = true;
            for (var s = 0; s < scales; s++)
            {
                var offset = OnetData.EducationOffset(s);
                var count = OnetData.EducationScales[s].Categories;
                var total = 0f;
                for (var c = 0; c < count; c++)
                    total += shares[offset + c];
                if (total <= 0)
                {
                    has[i] = false;
                    cdfs.AsSpan(i * width, width).Clear();
                    break;
                }
                var running = 0f;
                for (var c = 0; c < count; c++)
                {
                    running += shares[offset + c] / total;
                    cdfs[(i * width) + offset + c] = running / ((count - 1) * scales);
                }
            }
        }
        var imputed = Impute(occupations, cdfs, width, has);
        var similarity = Pairwise(cdfs, width, n, has, static (a, b) =>
        {
            var distance = 0f;
            for (var c = 0; c < a.Length; c++)
                distance += MathF.Abs(a[c] - b[c]);
            return 1 - distance;
        });
        return new Signal(similarity, has, imputed);
    }

    /// <summary>
    /// Gives an occupation without the data (O*NET rates only data-level occupations) the mean
    /// vector of the rated occupations in its SOC broad group, or failing that its minor group, so
    /// that it can still be compared: a Software Developer with no ratings borrows the profile of
    /// programmers and testers. Used for similarity only, never as requirements.
    /// </summary>
    /// <returns>Which occupations were given a borrowed vector.</returns>
    private static bool[] Impute(IReadOnlyList<Occupation> occupations, float[] vectors, int width, bool[] has)
    {
        var n = occupations.Count;
        var original = (bool[])has.Clone();
        var imputed = new bool[n];
        for (var i = 0; i < n; i++)
        {
            if (original[i])
                continue;
            foreach (var prefix in (ReadOnlySpan<int>)[6, 4])
            {
                var key = occupations[i].Code.AsSpan(0, prefix);
                var row = vectors.AsSpan(i * width, width);
                var count = 0;
                for (var j = 0; j < n; j++)
                {
                    if (!original[j] || !occupations[j].Code.AsSpan(0, prefix).SequenceEqual(key))
                        continue;
                    var other = vectors.AsSpan(j * width, width);
                    for (var e = 0; e < width; e++)
                        row[e] += other[e];
                    count++;
                }
                if (count == 0)
                    continue;
                for (var e = 0; e < width; e++)
                    row[e] /= count;
                has[i] = true;
                imputed[i] = true;
                break;
            }
        }
        return imputed;
    }

    private static int Width(int m)
    {
        var lanes = Vector<float>.Count;
        return (m + lanes - 1) / lanes * lanes;
    }

    private static bool Normalise(Span<float> row)
    {
        var norm = MathF.Sqrt(Dot(row, row));
        if (norm <= 1e-6f)
            return false;
        for (var e = 0; e < row.Length; e++)
            row[e] /= norm;
        return true;
    }

    /// <summary>All dot products of the rows: the cosine matrix of normalised vectors.</summary>
    private static float[] Gram(float[] vectors, int width, int n, bool[] has) =>
        Pairwise(vectors, width, n, has, static (a, b) => Dot(a, b));

    /// <summary>
    /// The symmetric n × n matrix of a measure over every pair of rows that has data (zero where
    /// either row has none), computing each unordered pair once.
    /// </summary>
    private static float[] Pairwise(float[] vectors, int width, int n, bool[] has, PairMeasure measure)
    {
        var result = new float[n * n];
        for (var i = 0; i < n; i++)
        {
            if (!has[i])
                continue;
            var a = vectors.AsSpan(i * width, width);
            for (var j = i; j < n; j++)
            {
                if (has[j])
                    result[(i * n) + j] = result[(j * n) + i] = measure(a, vectors.AsSpan(j * width, width));
            }
        }
        return result;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var va = MemoryMarshal.Cast<float, Vector<float>>(a);
        var vb = MemoryMarshal.Cast<float, Vector<float>>(b);
        var sum = Vector<float>.Zero;
        for (var i = 0; i < va.Length; i++)
            sum += va[i] * vb[i];
        // Every row is padded to whole vectors (Width), so no element is left over.
        return Vector.Sum(sum);
    }

    /// <summary>
    /// One signal: the raw similarity of every pair, who has the data, and a map from raw value to
    /// normal score (the inverse normal of the value's percentile among all pairs), so that signals
    /// with different spreads and tails (cosines near 1, sparse text overlaps) weigh alike.
    /// </summary>
    internal sealed class Signal(float[] values, bool[] has, bool[] imputed)
    {
        private const int Bins = 4096;
        private float[] scores = [];
        private float low;
        private float scale;

        public float[] Values { get; } = values;

        public bool[] Has { get; } = has;

        /// <summary>Which occupations borrowed their vector from their SOC group; two of them compared tell nothing.</summary>
        public bool[] Imputed { get; } = imputed;

        /// <summary>Whether the pair can be compared on this signal: both have the data, and not both borrowed it.</summary>
        public bool Compares(int i, int j) => Has[i] && Has[j] && !(Imputed[i] && Imputed[j]);

        public bool Present { get; private set; }

        public static Signal Absent(int n) => new(new float[n * n], new bool[n], new bool[n]);

        /// <summary>The normal score of a pair's similarity: 0 for the median pair, about 3 for the top 0.1%.</summary>
        public float Z(int i, int j, int n)
        {
            var position = (Values[(i * n) + j] - low) * scale;
            var bin = position <= 0 ? 0 : position >= Bins - 1 ? Bins - 1 : (int)position;
            return scores[bin];
        }

        public void Standardise(int n)
        {
            float min = float.MaxValue, max = float.MinValue;
            for (var i = 0; i < n; i++)
            {
                if (!Has[i])
                    continue;
                for (var j = 0; j < n; j++)
                {
                    if (j == i || !Has[j])
                        continue;
                    var v = Values[(i * n) + j];
                    min = MathF.Min(min, v);
                    max = MathF.Max(max, v);
                }
            }
            if (!(max > min))
                return;
            low = min;
            scale = (Bins - 1) / (max - min);
            var counts = new long[Bins];
            long total = 0;
            for (var i = 0; i < n; i++)
            {
                if (!Has[i])
                    continue;
                for (var j = 0; j < n; j++)
                {
                    if (j == i || !Has[j])
                        continue;
                    counts[(int)((Values[(i * n) + j] - low) * scale)]++;
                    total++;
                }
            }
            // Each bin's score is the inverse normal of the mid-point of its pairs' percentiles.
            scores = new float[Bins];
            long below = 0;
            for (var b = 0; b < Bins; b++)
            {
                var p = (below + (counts[b] / 2.0) + 0.5) / (total + 1.0);
                scores[b] = (float)InverseNormal(p);
                below += counts[b];
            }
            Present = true;
        }

        /// <summary>The inverse of the standard normal distribution function (Acklam's rational approximation, relative error below 1.2e-9).</summary>
        internal static double InverseNormal(double p)
        {
            ReadOnlySpan<double> a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.3577518672690, -30.66479806614716, 2.506628277459239];
            ReadOnlySpan<double> b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572, 1];
            ReadOnlySpan<double> c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
            ReadOnlySpan<double> d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416, 1];
            const double tail = 0.02425;
            if (p < tail)
            {
                var q = Math.Sqrt(-2 * Math.Log(p));
                return Horner(c, q) / Horner(d, q);
            }
            if (p > 1 - tail)
            {
                var q = Math.Sqrt(-2 * Math.Log(1 - p));
                return -Horner(c, q) / Horner(d, q);
            }
            var r = p - 0.5;
            return Horner(a, r * r) * r / Horner(b, r * r);
        }

        private static double Horner(ReadOnlySpan<double> coefficients, double x)
        {
            var sum = 0.0;
            foreach (var coefficient in coefficients)
                sum = (sum * x) + coefficient;
            return sum;
        }
    }

    private delegate float PairMeasure(ReadOnlySpan<float> a, ReadOnlySpan<float> b);
}
