namespace CareerModel.Esco;

/// <summary>What an <see cref="EscoImportNote"/> reports: a gap of the release the import stepped over.</summary>
public enum EscoImportNoteKind
{
    /// <summary>A relation names an occupation or skill the release's own files lack; it was skipped.</summary>
    RelationSkipped,

    /// <summary>A field the import uses is empty (a skill without a type); a default was taken.</summary>
    FieldEmpty,

    /// <summary>A broader relation names a skill group the groups file lacks; the skill keeps the id.</summary>
    GroupMissing,

    /// <summary>An optional file is absent; what it would add is left out.</summary>
    FileAbsent,
}
