namespace CareerModel.Serialization;

/// <summary>What is wrong with a JSON catalog or profile at one place (a <see cref="CareerJsonProblem"/>).</summary>
public enum CareerJsonProblemKind
{
    /// <summary>The text is not well-formed JSON (or holds text that is not UTF-8); nothing after it was read.</summary>
    Syntax,

    /// <summary>The document is too large, nests too deep, holds too long an array, or has too many problems; reading stopped there.</summary>
    LimitExceeded,

    /// <summary>A value has the wrong JSON type: a string where a number belongs, an array where an object does.</summary>
    WrongType,

    /// <summary>A required property is missing, or null.</summary>
    MissingProperty,

    /// <summary>A property the format does not define.</summary>
    UnknownProperty,

    /// <summary>A property, or a key of a map, given twice in one object.</summary>
    DuplicateProperty,

    /// <summary>
    /// A value of the right type that breaks a rule: a number out of range, an invalid or empty id,
    /// an inverted salary range, an enum name, date or period that does not parse, an unsupported
    /// <c>schemaVersion</c>; in a profile, also a period of work that does not end after it starts,
    /// and (read with a catalog) a level off the catalog's scale or a skill and a certification
    /// confused.
    /// </summary>
    InvalidValue,

    /// <summary>Two roles, skills, regions or currencies share an id, two transitions link the same roles, or a profile gives one skill two levels.</summary>
    DuplicateId,

    /// <summary>An id names a role, skill, region or currency the catalog does not hold (for a profile, the catalog it is read with).</summary>
    UnknownReference,

    /// <summary>
    /// A rule of a whole catalog is broken: the region hierarchy, a skill level off the
    /// proficiency scale, a pay band not in its region's currency, a transition whose kind
    /// contradicts its roles.
    /// </summary>
    InvalidCatalog,
}
