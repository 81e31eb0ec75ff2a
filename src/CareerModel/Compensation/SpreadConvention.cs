namespace CareerModel.Compensation;

/// <summary>
/// How a band's spread (its width) is expressed. The two conventions give different numbers for
/// one band, so every spread names its convention and they are never mixed.
/// </summary>
public enum SpreadConvention
{
    /// <summary>
    /// Width over the minimum, (max − min) / min: a band of 40,000–60,000 has a spread of 50%.
    /// The usual convention of salary-structure design.
    /// </summary>
    OverMinimum,

    /// <summary>
    /// Half the width over the midpoint, (max − min) / (2 × mid), written "midpoint ± s": a band of
    /// 40,000–60,000 around 50,000 is "± 20%".
    /// </summary>
    AroundMidpoint,
}
