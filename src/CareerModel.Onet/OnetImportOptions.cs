using CareerModel.Internal;
using CareerModel.Onet.Internal;

namespace CareerModel.Onet;

/// <summary>
/// What <see cref="OnetCatalog.Load(string, OnetImportOptions?)"/> keeps from an O*NET release and
/// how it reads OEWS wages. Every property has a documented default, so <c>new()</c> is a sound start.
/// </summary>
public sealed class OnetImportOptions
{
    /// <summary>
    /// Gets or sets a value indicating whether ratings O*NET flags <c>Recommend Suppress = Y</c>
    /// (low precision: a standard error too large for the sample) are left out of the requirements.
    /// </summary>
    /// <value>The default is <see langword="true"/>, as O*NET recommends. Transition inference still uses them: a noisy estimate is better than a hole.</value>
    public bool DropSuppressedRatings { get; set; } = true;

    /// <summary>
    /// Gets or sets a value indicating whether ratings O*NET flags <c>Not Relevant = Y</c> (raters
    /// said the skill is not needed at all) are left out of the requirements.
    /// </summary>
    /// <value>The default is <see langword="true"/>. Transition inference counts them as level 0.</value>
    public bool DropNotRelevantRatings { get; set; } = true;

    /// <summary>Gets or sets the least importance (O*NET IM, 1–5) a rating needs to become a requirement.</summary>
    /// <value>The default is 1, which keeps every rated skill. Set 3 to keep only what O*NET calls important.</value>
    public double MinimumImportance { get; set; } = 1;

    /// <summary>
    /// Gets or sets the importance (O*NET IM, 1–5) from which a requirement is marked required;
    /// below it, the requirement is only preferred.
    /// </summary>
    /// <value>The default is 3 ("Important" on O*NET's importance scale).</value>
    public double RequiredImportance { get; set; } = 3;

    /// <summary>
    /// Gets or sets the rank given to occupations that have no Job Zone (in O*NET 29.0, the 93
    /// residual "All Other" occupations, which also have no ratings), or <see langword="null"/> to
    /// leave them out of the catalog.
    /// </summary>
    /// <value>The default is <see langword="null"/>: such occupations are skipped, each with a note. Otherwise from 1 to 5.</value>
    public int? DefaultJobZone { get; set; }

    /// <summary>Gets or sets the annual wage that OEWS's <c>#</c> marks as a lower bound.</summary>
    /// <value>The default is 239,200 (USD a year), the May 2024 value.</value>
    public decimal TopCodedAnnualWage { get; set; } = 239_200m;

    /// <summary>Gets or sets the hourly wage that OEWS's <c>#</c> marks as a lower bound.</summary>
    /// <value>The default is 115.00 (USD an hour), the May 2024 value.</value>
    public decimal TopCodedHourlyWage { get; set; } = 115.00m;

    /// <summary>Gets or sets the OEWS release the wages belong to, recorded on every pay band's provenance.</summary>
    /// <value>
    /// The default is <see langword="null"/>: read from the file name (<c>national_M2024_dl</c> gives
    /// <c>May 2024</c>), or left out when the name does not say.
    /// </value>
    public string? WageVintage { get; set; }

    /// <summary>Gets or sets how transitions between occupations are inferred.</summary>
    /// <value>The default is a new <see cref="TransitionInferenceOptions"/> with its own defaults.</value>
    public TransitionInferenceOptions Transitions { get; set; } = new();

    internal void Validate()
    {
        Importance(MinimumImportance, nameof(MinimumImportance));
        Importance(RequiredImportance, nameof(RequiredImportance));
        if (DefaultJobZone is { } zone && zone is < 1 or > 5)
            throw InvariantArgument.OutOfRange(nameof(DefaultJobZone), zone, $"{nameof(DefaultJobZone)} {zone} must be from 1 to 5, or null to skip occupations without a Job Zone.");
        if (TopCodedAnnualWage <= 0)
            throw InvariantArgument.OutOfRange(nameof(TopCodedAnnualWage), TopCodedAnnualWage, $"{nameof(TopCodedAnnualWage)} {TopCodedAnnualWage} must be greater than zero.");
        if (TopCodedHourlyWage <= 0)
            throw InvariantArgument.OutOfRange(nameof(TopCodedHourlyWage), TopCodedHourlyWage, $"{nameof(TopCodedHourlyWage)} {TopCodedHourlyWage} must be greater than zero.");
        if (Transitions is null)
            throw new ArgumentNullException(nameof(Transitions), $"{nameof(Transitions)} must not be null.");
        Transitions.Validate();
    }

    private static void Importance(double value, string name)
    {
        if (!double.IsFinite(value) || value < 1 || value > 5)
            throw InvariantArgument.OutOfRange(name, value, $"{name} {value} must be a number from 1 to 5 (O*NET's importance scale).");
    }
}
