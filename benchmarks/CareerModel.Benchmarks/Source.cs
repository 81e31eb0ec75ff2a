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
}
