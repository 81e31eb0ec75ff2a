using CareerModel.Careers;
using CareerModel.Serialization;

namespace CareerModel.Cli.Input;

/// <summary>
/// Reads a file with one of the library's readers and turns what can go wrong into the tool's
/// failures: a missing or unreadable file, or every problem of an invalid one at its line and column.
/// </summary>
internal static class Files
{
    /// <summary>Reads a file, refusing with the file's name and every problem found.</summary>
    /// <param name="path">The file.</param>
    /// <param name="what">What the file should hold, such as <c>catalog</c>, for the messages.</param>
    /// <param name="read">The reader.</param>
    public static T Read<T>(string path, string what, Func<string, T> read)
    {
        if (Directory.Exists(path))
            throw new CliException(ExitCode.Unreadable, $"{path}: is a folder, not a {what} file.");
        if (!File.Exists(path))
            throw new CliException(ExitCode.Unreadable, $"{path}: no such {what} file.");
        try
        {
            return read(path);
        }
        catch (CareerJsonException e)
        {
            throw Invalid(path, what, e.Problems.Select(p => $"{path}:{p.Line}:{p.Column}: {p.Message}").ToList(), e);
        }
        catch (CatalogValidationException e)
        {
            throw Invalid(path, what, e.Problems.Select(p => $"{path}: {p}").ToList(), e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCode.Unreadable, $"{path}: cannot read the {what} file: {e.Message}");
        }
    }

    // One problem is the one line; more get a line of their own each, under a count.
    private static CliException Invalid(string path, string what, List<string> problems, Exception cause) =>
        problems.Count == 1
            ? new(ExitCode.Invalid, problems[0], cause: cause)
            : new(ExitCode.Invalid, $"{path}: the {what} has {problems.Count} problems:", problems, cause);
}
