namespace CareerModel.Assessment;

/// <summary>The best <c>count</c> people offered so far: a heap whose root is the worst one kept, so a better person replaces it in O(log count).</summary>
internal sealed class TopPeople(int count)
{
    private static readonly IComparer<RankEntry> WorstFirst = Comparer<RankEntry>.Create(static (a, b) => RankEntry.Compare(b, a));

    private readonly PriorityQueue<RankEntry, RankEntry> heap = new(WorstFirst);

    /// <summary>Keeps a person when fewer than <c>count</c> are kept or they rank above the worst one kept.</summary>
    public void Offer(RankEntry entry)
    {
        if (heap.Count < count)
            heap.Enqueue(entry, entry);
        else if (RankEntry.Compare(entry, heap.Peek()) < 0)
            heap.DequeueEnqueue(entry, entry);
    }

    /// <summary>Offers every person another heap keeps.</summary>
    public void AddRange(TopPeople other)
    {
        foreach (var (entry, _) in other.heap.UnorderedItems)
            Offer(entry);
    }

    /// <summary>The people kept, best first.</summary>
    public RankEntry[] ToSortedArray()
    {
        var entries = heap.UnorderedItems.Select(x => x.Element).ToArray();
        Array.Sort(entries, RankEntry.Compare);
        return entries;
    }
}
