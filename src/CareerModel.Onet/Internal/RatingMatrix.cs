namespace CareerModel.Onet.Internal;

/// <summary>
/// The IM (importance) and LV (level) ratings of one descriptor file (Skills, Knowledge or
/// Abilities), dense by occupation × element. Missing values are NaN.
/// </summary>
internal sealed class RatingMatrix
{
    public const byte HasImportance = 1;
    public const byte HasLevel = 2;
    public const byte LevelNotRelevant = 4;
    public const byte LevelSuppressed = 8;
    public const byte ImportanceSuppressed = 16;

    private readonly int occupationCount;
    private int capacity;

    public RatingMatrix(string fileName, int occupationCount)
    {
        FileName = fileName;
        this.occupationCount = occupationCount;
        capacity = 64;
        Importance = New(capacity);
        Level = New(capacity);
        LevelError = New(capacity);
        LevelLower = New(capacity);
        LevelUpper = New(capacity);
        Flags = new byte[occupationCount * capacity];
        HasData = new bool[occupationCount];
    }

    public string FileName { get; }

    public List<(string Id, string Name)> Elements { get; } = [];

    public Dictionary<string, int> ElementIndex { get; } = new(StringComparer.Ordinal);

    /// <summary>The stride of the dense arrays: element slots per occupation.</summary>
    public int Stride => capacity;

    public double[] Importance { get; private set; }

    public double[] Level { get; private set; }

    public double[] LevelError { get; private set; }

    public double[] LevelLower { get; private set; }

    public double[] LevelUpper { get; private set; }

    public byte[] Flags { get; private set; }

    public bool[] HasData { get; }

    public int ElementFor(ReadOnlySpan<char> id, ReadOnlySpan<char> name)
    {
        var lookup = ElementIndex.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(id, out var index))
            return index;
        index = Elements.Count;
        var key = id.ToString();
        Elements.Add((key, name.IsEmpty ? key : name.ToString()));
        ElementIndex.Add(key, index);
        if (index >= capacity)
            Grow();
        return index;
    }

    private void Grow()
    {
        var old = capacity;
        capacity *= 2;
        Importance = Regrow(Importance, old);
        Level = Regrow(Level, old);
        LevelError = Regrow(LevelError, old);
        LevelLower = Regrow(LevelLower, old);
        LevelUpper = Regrow(LevelUpper, old);
        var flags = new byte[occupationCount * capacity];
        for (var o = 0; o < occupationCount; o++)
            Array.Copy(Flags, o * old, flags, o * capacity, old);
        Flags = flags;
    }

    private double[] Regrow(double[] source, int old)
    {
        var target = New(capacity);
        for (var o = 0; o < occupationCount; o++)
            Array.Copy(source, o * old, target, o * capacity, old);
        return target;
    }

    private double[] New(int stride)
    {
        var array = new double[occupationCount * stride];
        Array.Fill(array, double.NaN);
        return array;
    }
}
