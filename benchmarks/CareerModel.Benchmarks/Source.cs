namespace CareerModel.Benchmarks;

/// <summary>
/// The catalog a benchmark runs on; the benchmark classes take it as a <c>[Params]</c>, so one run
/// compares every catalog. Loading lives in <see cref="Sources"/>.
/// </summary>
public enum Source
{
    /// <summary>The seeded synthetic catalog of 1,000 roles × 128 skills (<see cref="SyntheticCatalog.Default"/>).</summary>
    Synthetic,

    /// <summary>The built-in customer-service catalog (<see cref="Catalogs.BuiltInCatalogs.CustomerService"/>).</summary>
    BuiltIn,

    /// <summary>
    /// The O*NET 29.0 release with BLS OEWS May 2024 wages (923 occupations × 68 skills and
    /// knowledge areas, inferred transitions, US pay), imported from the repository's <c>data/</c>
    /// folder (<see cref="Sources.SharedData"/>).
    /// </summary>
    Onet,

    /// <summary>The seeded ESCO-shaped catalog of 3,007 roles × 13,896 skills, about 41 each (<see cref="EscoShapedCatalog.Default"/>): the sparse layout.</summary>
    EscoShaped,

    /// <summary>
    /// The ESCO v1.1.1 English release (3,007 occupations × 13,896 skills, inferred transitions, no
    /// pay), imported from the repository's <c>data/esco</c> folder: the sparse layout.
    /// </summary>
    Esco,
}
