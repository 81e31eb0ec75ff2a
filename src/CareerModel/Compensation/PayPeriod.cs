namespace CareerModel.Compensation;

/// <summary>The period a pay amount is quoted for.</summary>
public enum PayPeriod
{
    /// <summary>Pay per hour worked.</summary>
    Hourly,

    /// <summary>Pay per week.</summary>
    Weekly,

    /// <summary>Pay per calendar month (twelve a year).</summary>
    Monthly,

    /// <summary>Pay per year.</summary>
    Annual,
}
