namespace CareerModel.Recommendation;

/// <summary>A path under search: an immutable linked list of role indices with its running totals.</summary>
internal sealed class PartialPath
{
    private PartialPath(PartialPath? parent, int last, int steps, double sumFit, int months, double relatedness)
    {
        Relatedness = relatedness;
        Parent = parent;
        Last = last;
        Steps = steps;
        SumFit = sumFit;
        Months = months;
    }

    public PartialPath? Parent { get; }

    public int Last { get; }

    public int Steps { get; }

    public double SumFit { get; }

    public int Months { get; }

    /// <summary>Gets the product of the strengths of the path's moves: 1 for the empty path.</summary>
    public double Relatedness { get; }

    public static PartialPath Start(int role) => new(null, role, 0, 0, 0, 1);

    public PartialPath Extend(int role, double fit, int months, double strength) =>
        new(this, role, Steps + 1, SumFit + fit, Months + months, Relatedness * strength);

    public bool Contains(int role)
    {
        for (var node = this; node is not null; node = node.Parent)
        {
            if (node.Last == role)
                return true;
        }
        return false;
    }

    /// <summary>The role indices from the start to <see cref="Last"/>.</summary>
    public int[] Roles()
    {
        var roles = new int[Steps + 1];
        Fill(roles);
        return roles;
    }

    /// <summary>Orders paths by their role indices from the start, a path before its extensions; allocates nothing.</summary>
    public static int ComparePaths(PartialPath x, PartialPath y)
    {
        Span<int> a = stackalloc int[RecommendationOptions.MaxStepsLimit + 1];
        Span<int> b = stackalloc int[RecommendationOptions.MaxStepsLimit + 1];
        a = a[..(x.Steps + 1)];
        b = b[..(y.Steps + 1)];
        x.Fill(a);
        y.Fill(b);
        return a.SequenceCompareTo(b);
    }

    private void Fill(Span<int> roles)
    {
        var node = this;
        for (var i = Steps; i >= 0; i--, node = node!.Parent)
            roles[i] = node!.Last;
    }
}
