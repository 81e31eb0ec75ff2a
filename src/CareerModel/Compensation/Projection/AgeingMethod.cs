namespace CareerModel.Compensation.Projection;

/// <summary>How <see cref="SurveyAgeing"/> applies an annual rate over a span that need not be whole years.</summary>
public enum AgeingMethod
{
    /// <summary>Simple: the figure grows by rate × years, 1 + r·t (half a year at 3% adds 1.5%).</summary>
    Simple,

    /// <summary>Compound: the figure grows by (1 + r)^t (half a year at 3% adds about 1.489%).</summary>
    Compound,
}
