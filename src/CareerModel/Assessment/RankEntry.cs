using CareerModel.People;
using NodaTime;

namespace CareerModel.Assessment;

/// <summary>A person as ranked: the ready date and fit that order them, their index in the sequence and their profile.</summary>
internal readonly record struct RankEntry(LocalDate ReadyDate, double Fit, long Index, Profile Profile)
{
    /// <summary>
    /// The rank order, negative when <paramref name="a"/> ranks first: the earlier ready date,
    /// then the higher fit, then the lower index in the sequence.
    /// </summary>
    public static int Compare(RankEntry a, RankEntry b)
    {
        var byDate = a.ReadyDate.CompareTo(b.ReadyDate);
        if (byDate != 0)
            return byDate;
        var byFit = b.Fit.CompareTo(a.Fit);
        return byFit != 0 ? byFit : a.Index.CompareTo(b.Index);
    }
}
