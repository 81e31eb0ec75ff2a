namespace CareerModel.Esco;

/// <summary>How an ESCO release becomes a catalog: which language's files, and what essential and optional skills weigh.</summary>
/// <remarks>
/// ESCO has no proficiency levels: a skill is essential or optional for an occupation, and a
/// person has it or not. The catalog uses a two-level scale (0 not held, 1 held), every
/// requirement at level 1; an essential skill is required with <see cref="EssentialImportance"/>,
/// an optional one preferred with <see cref="OptionalImportance"/>. So a fit is the
/// importance-weighted share of the skills held, a gap is a skill not held, and the time to
/// learn it is one level step of its category (docs/esco.md).
/// </remarks>
public sealed class EscoImportOptions
{
    /// <summary>Gets or sets the language of the label files: <c>occupations_{Language}.csv</c> and the like. Default: <c>en</c>.</summary>
    public string Language { get; set; } = "en";

    /// <summary>Gets or sets the importance of an essential skill's requirement. Default: 2.</summary>
    public double EssentialImportance { get; set; } = 2;

    /// <summary>Gets or sets the importance of an optional skill's requirement. Default: 1.</summary>
    public double OptionalImportance { get; set; } = 1;

    /// <summary>Gets or sets how transitions are inferred.</summary>
    public EscoTransitionOptions Transitions { get; set; } = new();
}
