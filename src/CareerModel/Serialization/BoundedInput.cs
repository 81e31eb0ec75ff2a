using System.Buffers;
using System.Diagnostics;

namespace CareerModel.Serialization;

/// <summary>Reads a stream into memory, but never more than a limit: a longer stream is refused as soon as it passes it.</summary>
internal static class BoundedInput
{
    private const int FirstChunk = 64 * 1024;

    /// <summary>
    /// Reads the stream to its end into a buffer rented from <see cref="ArrayPool{T}.Shared"/>;
    /// the caller returns it. Returns <see langword="false"/> (with no buffer to return) when the
    /// stream holds more than <paramref name="limit"/> bytes: a seekable stream is refused by its
    /// length before anything is read, any other after at most <paramref name="limit"/> + 1 bytes,
    /// with a buffer never larger than the pool's size for <paramref name="limit"/>.
    /// </summary>
    public static bool TryReadAll(Stream stream, int limit, out byte[] buffer, out int length)
    {
        // The synchronous path never awaits: every read inside is the stream's own Read.
        var read = ReadAll(stream, limit, useAsync: false, CancellationToken.None);
        Debug.Assert(read.IsCompleted);
        if (read.GetAwaiter().GetResult() is not { } all)
        {
            (buffer, length) = ([], 0);
            return false;
        }
        (buffer, length) = all;
        return true;
    }

    /// <summary>
    /// Reads the stream to its end as <see cref="TryReadAll"/> does, asynchronously: the buffer
    /// (rented; the caller returns it) and its length, or null when the stream is too long.
    /// </summary>
    public static ValueTask<(byte[] Buffer, int Length)?> ReadAllAsync(Stream stream, int limit, CancellationToken cancellationToken) =>
        ReadAll(stream, limit, useAsync: true, cancellationToken);

    private static async ValueTask<(byte[] Buffer, int Length)?> ReadAll(Stream stream, int limit, bool useAsync, CancellationToken cancellationToken)
    {
        var length = 0;
        var expected = (long)FirstChunk;
        if (stream.CanSeek)
        {
            var remaining = stream.Length - stream.Position;
            if (remaining > limit)
                return null;
            expected = remaining + 1; // one more, so that the read that finds the end needs no new buffer
        }
        var cap = Math.Min(limit, Array.MaxLength);
        var rented = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(expected, 1, cap));
        try
        {
            while (true)
            {
                if (length == rented.Length)
                {
                    if (rented.Length >= cap)
                    {
                        // Full at the limit: one byte more means too long.
                        var probe = new byte[1];
                        if (await Read(stream, probe, useAsync, cancellationToken).ConfigureAwait(false) > 0)
                            return null;
                        break;
                    }
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)rented.Length * 2, cap));
                    rented.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(rented);
                    rented = larger;
                }
                var read = await Read(stream, rented.AsMemory(length), useAsync, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                    break;
                length += read;
                if (length > limit)
                    return null;
            }
            var buffer = rented;
            rented = [];
            return (buffer, length);
        }
        finally
        {
            if (rented.Length > 0)
                ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static ValueTask<int> Read(Stream stream, Memory<byte> into, bool useAsync, CancellationToken cancellationToken) =>
        useAsync ? stream.ReadAsync(into, cancellationToken) : new ValueTask<int>(stream.Read(into.Span));
}
