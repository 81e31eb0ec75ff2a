namespace CareerModel.Esco;

/// <summary>One gap of the release the import stepped over, and where: never silently.</summary>
public sealed class EscoImportNote
{
    /// <summary>Creates a note.</summary>
    /// <param name="kind">What kind of gap.</param>
    /// <param name="fileName">The file it is in, such as <c>occupationSkillRelations.csv</c>.</param>
    /// <param name="message">What was skipped or defaulted, and why, as a sentence.</param>
    public EscoImportNote(EscoImportNoteKind kind, string fileName, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Kind = kind;
        FileName = fileName;
        Message = message;
    }

    /// <summary>Gets what kind of gap it is.</summary>
    public EscoImportNoteKind Kind { get; }

    /// <summary>Gets the file it is in.</summary>
    public string FileName { get; }

    /// <summary>Gets what was skipped or defaulted, and why.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => $"{FileName}: {Message}";
}
