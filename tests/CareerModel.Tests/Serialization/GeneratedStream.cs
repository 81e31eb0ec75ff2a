using System.Text;

namespace CareerModel.Tests.Serialization;

/// <summary>
/// A read-only stream of a prefix, a number of generated items with a separator between them, and
/// a suffix, made on demand: a document of any length without holding it in memory. It counts the
/// bytes it has handed out, so a test can see how much a reader took.
/// </summary>
public sealed class GeneratedStream(string prefix, long count, Func<long, string> item, string separator, string suffix) : Stream
{
    private readonly byte[] prefixBytes = Encoding.UTF8.GetBytes(prefix);
    private readonly byte[] separatorBytes = Encoding.UTF8.GetBytes(separator);
    private readonly byte[] suffixBytes = Encoding.UTF8.GetBytes(suffix);
    private byte[] pending = [];
    private int pendingOffset;
    private long next = -1; // -1: the prefix is next; count: the suffix is next; count + 1: done.
    private bool separatorDue;

    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length)
        {
            if (pendingOffset == pending.Length && !Refill())
                break;
            var n = Math.Min(buffer.Length - written, pending.Length - pendingOffset);
            pending.AsSpan(pendingOffset, n).CopyTo(buffer[written..]);
            pendingOffset += n;
            written += n;
        }
        BytesRead += written;
        return written;
    }

    private bool Refill()
    {
        pendingOffset = 0;
        if (separatorDue)
        {
            pending = separatorBytes;
            separatorDue = false;
            return true;
        }
        if (next == -1)
        {
            pending = prefixBytes;
        }
        else if (next < count)
        {
            pending = Encoding.UTF8.GetBytes(item(next));
            separatorDue = next + 1 < count;
        }
        else if (next == count)
        {
            pending = suffixBytes;
        }
        else
        {
            pending = [];
            return false;
        }
        next++;
        return true;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
