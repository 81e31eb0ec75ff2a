using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using CareerModel.People;

namespace CareerModel.Assessment;

/// <summary>
/// Ranks a stream of people for one <see cref="CompiledRole"/> and keeps the best few: each
/// worker scores the people it is handed into a bounded heap of its own (<see cref="TopPeople"/>),
/// and the heaps are merged as workers finish. The sequence is enumerated once and never stored,
/// so memory holds the kept people and, in parallel, the partitioner's small chunks — whatever
/// the number of people.
/// </summary>
/// <remarks>
/// The rank order (<see cref="RankEntry.Compare"/>) is total — the person's index in the sequence
/// breaks every tie — so the people kept are the same whatever the number of threads and however
/// the sequence is split between them. When profiles are refused, the one with the lowest index
/// is reported, as a run on one thread would report it: a worker that meets one asks the loop to
/// <see cref="ParallelLoopState.Break"/>, which still runs every lower index.
/// </remarks>
internal static class PeopleRanker
{
    /// <summary>Ranks the people and returns the kept ones in rank order, with how many people there were.</summary>
    public static (RankEntry[] Kept, long Considered) Rank(CompiledRole role, IEnumerable<Profile> people, int count, int degree, CancellationToken cancellationToken)
    {
        if (degree == 1)
        {
            var worker = new Worker(role, count, role.CreateScratch());
            var index = 0L;
            foreach (var profile in people)
            {
                cancellationToken.ThrowIfCancellationRequested();
                worker.Add(profile, index++);
            }
            return (worker.Top.ToSortedArray(), worker.Considered);
        }

        var merged = new TopPeople(count);
        var considered = 0L;
        (long Index, ExceptionDispatchInfo Error)? failure = null;
        var gate = new object();
        // Parallel.ForEach may end a worker and start another one during the loop; their scratch is reused.
        var scratches = new ConcurrentBag<CompiledRole.Scratch>();
        try
        {
            Parallel.ForEach(
                System.Collections.Concurrent.Partitioner.Create(people),
                new ParallelOptions { MaxDegreeOfParallelism = degree, CancellationToken = cancellationToken },
                () => new Worker(role, count, scratches.TryTake(out var scratch) ? scratch : role.CreateScratch()),
                (profile, state, index, worker) =>
                {
                    try
                    {
                        worker.Add(profile, index);
                    }
#pragma warning disable CA1031 // Every failure is kept and the lowest index's rethrown after the loop, as a sequential run would throw it.
                    catch (Exception e)
#pragma warning restore CA1031
                    {
                        worker.Fail(index, e);
                        state.Break();
                    }
                    return worker;
                },
                worker =>
                {
                    lock (gate)
                    {
                        merged.AddRange(worker.Top);
                        considered += worker.Considered;
                        if (worker.Failure is { } f && (failure is null || f.Index < failure.Value.Index))
                            failure = f;
                    }
                    scratches.Add(worker.Scratch);
                });
        }
        catch (AggregateException e)
        {
            failure?.Error.Throw();
            // The sequence itself threw: rethrow its exception, not the loop's wrapper.
            if (e.InnerExceptions.Count == 1)
                ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
            throw;
        }
        failure?.Error.Throw();
        return (merged.ToSortedArray(), considered);
    }

    /// <summary>One worker: its bounded heap, its scratch, how many people it scored and the first refusal it met.</summary>
    private sealed class Worker(CompiledRole role, int count, CompiledRole.Scratch scratch)
    {
        public TopPeople Top { get; } = new(count);

        public CompiledRole.Scratch Scratch { get; } = scratch;

        public long Considered { get; private set; }

        public (long Index, ExceptionDispatchInfo Error)? Failure { get; private set; }

        public void Add(Profile? profile, long index)
        {
            if (profile is null)
            {
#pragma warning disable CA2208 // The parameter at fault is RankPeople's sequence, named as the caller knows it.
                throw new ArgumentException($"people must not hold null, but {CareerAssessor.ProfileAt(index)} is null.", "people");
#pragma warning restore CA2208
            }
            Considered++;
            var (readyDate, fit) = role.Score(profile, index, Scratch);
            Top.Offer(new RankEntry(readyDate, fit, index, profile));
        }

        public void Fail(long index, Exception error)
        {
            if (Failure is null || index < Failure.Value.Index)
                Failure = (index, ExceptionDispatchInfo.Capture(error));
        }
    }
}
