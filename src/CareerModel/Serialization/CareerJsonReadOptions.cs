using CareerModel.Internal;

namespace CareerModel.Serialization;

/// <summary>
/// The limits <see cref="CareerCatalogJson"/> and <see cref="ProfileJson"/> read within, so that a
/// hostile or broken document (a huge file, deep nesting, a million items) is refused quickly and
/// in bounded memory.
/// </summary>
/// <remarks>
/// Set the ones to change when creating the options, such as
/// <c>new CareerJsonReadOptions { MaxArrayLength = 500_000 }</c>; the rest keep their defaults.
/// Options cannot change once made, so one instance can be shared.
/// </remarks>
public sealed class CareerJsonReadOptions
{
    /// <summary>The default <see cref="MaxDocumentBytes"/>: 16 MiB.</summary>
    public const int DefaultMaxDocumentBytes = 16 * 1024 * 1024;

    /// <summary>The default <see cref="MaxDepth"/>: 64 levels.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>The default <see cref="MaxArrayLength"/>: 100,000 items.</summary>
    public const int DefaultMaxArrayLength = 100_000;

    /// <summary>The default <see cref="MaxProblems"/>: 100 problems.</summary>
    public const int DefaultMaxProblems = 100;

    private readonly int maxDocumentBytes = DefaultMaxDocumentBytes;
    private readonly int maxDepth = DefaultMaxDepth;
    private readonly int maxArrayLength = DefaultMaxArrayLength;
    private readonly int maxProblems = DefaultMaxProblems;

    /// <summary>Gets the options with every default.</summary>
    public static CareerJsonReadOptions Default { get; } = new();

    /// <summary>
    /// Gets the largest document read, in bytes of UTF-8. A longer one is refused before it is
    /// parsed; from a stream, as soon as more than this many bytes have arrived.
    /// </summary>
    /// <value>At least 1; the default is <see cref="DefaultMaxDocumentBytes"/> (16 MiB).</value>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1.</exception>
    public int MaxDocumentBytes
    {
        get => maxDocumentBytes;
        init => maxDocumentBytes = Check.AtLeast(value, 1, nameof(MaxDocumentBytes));
    }

    /// <summary>
    /// Gets how deep objects and arrays may nest, the document itself being level 1. The catalog
    /// format needs 6, the profile format 3; anything deeper is refused where it starts.
    /// </summary>
    /// <value>From 1 to 100,000; the default is <see cref="DefaultMaxDepth"/> (64).</value>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 1–100,000.</exception>
    public int MaxDepth
    {
        get => maxDepth;
        init
        {
            if (value is < 1 or > 100_000)
                throw InvariantArgument.OutOfRange(nameof(MaxDepth), value, $"MaxDepth {value} must be from 1 to 100,000.");
            maxDepth = value;
        }
    }

    /// <summary>
    /// Gets the most items one array (or entries one map, such as a role's pay bands) may hold: the
    /// most roles, skills, regions or transitions a catalog may have, or skills, certifications or
    /// periods of work a profile may have. Reading stops at the first item past it.
    /// </summary>
    /// <value>At least 1; the default is <see cref="DefaultMaxArrayLength"/> (100,000).</value>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1.</exception>
    public int MaxArrayLength
    {
        get => maxArrayLength;
        init => maxArrayLength = Check.AtLeast(value, 1, nameof(MaxArrayLength));
    }

    /// <summary>
    /// Gets how many problems are collected before reading stops; the exception then says that
    /// there may be more.
    /// </summary>
    /// <value>At least 1; the default is <see cref="DefaultMaxProblems"/> (100).</value>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1.</exception>
    public int MaxProblems
    {
        get => maxProblems;
        init => maxProblems = Check.AtLeast(value, 1, nameof(MaxProblems));
    }
}
