namespace CareerModel.Cli;

/// <summary>
/// A failure the tool explains to its user: one line naming what is wrong (and, for a file, where),
/// the lines after it for every further problem, and the exit code of its kind.
/// </summary>
internal sealed class CliException(ExitCode code, string message, IReadOnlyList<string>? details = null, Exception? cause = null) : Exception(message, cause)
{
    /// <summary>Gets the exit code of the failure's kind.</summary>
    public ExitCode Code { get; } = code;

    /// <summary>Gets one line per further problem, such as every problem of an invalid file.</summary>
    public IReadOnlyList<string> Details { get; } = details ?? [];

    /// <summary>Creates the failure of an argument that is malformed or missing.</summary>
    public static CliException Usage(string message) => new(ExitCode.Usage, message);

    /// <summary>Creates the failure of an id the catalog does not hold.</summary>
    public static CliException UnknownId(string message) => new(ExitCode.UnknownId, message);

    /// <summary>Creates the failure of a question the data cannot answer.</summary>
    public static CliException NoAnswer(string message) => new(ExitCode.NoAnswer, message);
}
