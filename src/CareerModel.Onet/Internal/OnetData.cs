using System.Collections.Immutable;
namespace CareerModel.Onet.Internal;

/// <summary>Everything read from an O*NET release folder, before it becomes a catalog.</summary>
internal sealed class OnetData
{
    /// <summary>ETE scales in the order <see cref="Education"/> holds them, with their category counts.</summary>
    public static readonly ImmutableArray<(string Id, int Categories)> EducationScales = [("RL", 12), ("RW", 11), ("PT", 9), ("OJ", 9)];

    public const int EducationWidth = 12 + 11 + 9 + 9;

    public required Occupation[] Occupations { get; init; }

    public required Dictionary<string, Occupation> ByCode { get; init; }

    public required RatingMatrix Skills { get; init; }

    public required RatingMatrix Knowledge { get; init; }

    public RatingMatrix? Abilities { get; init; }

    /// <summary>Per occupation, the RL, RW, PT and OJ category shares (percent) side by side; null when not rated.</summary>
    public required float[]?[] Education { get; init; }

    /// <summary>Descriptions of content-model elements by id, when the Content Model Reference is present.</summary>
    public required Dictionary<string, string> ElementDescriptions { get; init; }

    public static int EducationOffset(int scale)
    {
        var offset = 0;
        for (var i = 0; i < scale; i++)
            offset += EducationScales[i].Categories;
        return offset;
    }
}
