using System.Buffers;

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
        buffer = [];
        length = 0;
        var expected = (long)FirstChunk;
        if (stream.CanSeek)
        {
            var remaining = stream.Length - stream.Position;
            if (remaining > limit)
                return false;
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
                        Span<byte> probe = stackalloc byte[1];
                        if (stream.Read(probe) > 0)
                            return false;
                        break;
                    }
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)rented.Length * 2, cap));
                    rented.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(rented);
                    rented = larger;
                }
                var read = stream.Read(rented, length, rented.Length - length);
                if (read == 0)
                    break;
                length += read;
                if (length > limit)
                    return false;
            }
            buffer = rented;
            rented = [];
            return true;
        }
        finally
        {
            if (rented.Length > 0)
                ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
