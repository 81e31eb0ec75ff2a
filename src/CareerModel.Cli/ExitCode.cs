namespace CareerModel.Cli;

/// <summary>
/// What the tool's exit status means: one code per kind of failure, so a script can tell a typo
/// in an argument from a broken file from a question the data cannot answer (docs/cli.md).
/// </summary>
internal enum ExitCode
{
    /// <summary>The command did what it was asked.</summary>
    Ok = 0,

    /// <summary>Bad arguments: an unknown command or option, a missing or malformed value.</summary>
    Usage = 2,

    /// <summary>An id (role, region, family, currency) the catalog does not hold.</summary>
    UnknownId = 3,

    /// <summary>A file or folder that does not exist or cannot be read.</summary>
    Unreadable = 4,

    /// <summary>A catalog, profile or O*NET release that was read but has problems.</summary>
    Invalid = 5,

    /// <summary>The data cannot answer the question: no band for a region, no exchange rate, no such path.</summary>
    NoAnswer = 6,

    /// <summary>A fault in the tool itself; please report it.</summary>
    Internal = 70,
}
