namespace CareerModel.Skills;

/// <summary>
/// Levels of formal education, in increasing order, so that levels compare with <c>&lt;</c> and
/// <c>&gt;</c>: a Bachelor's degree is above an Associate's.
/// </summary>
public enum EducationLevel
{
    /// <summary>No formal education required.</summary>
    None,

    /// <summary>A high-school diploma or equivalent (such as a GED).</summary>
    HighSchool,

    /// <summary>A post-secondary certificate below a degree.</summary>
    PostSecondaryCertificate,

    /// <summary>Some college courses without a degree.</summary>
    SomeCollege,

    /// <summary>An Associate's degree.</summary>
    Associate,

    /// <summary>A Bachelor's degree.</summary>
    Bachelor,

    /// <summary>A Master's degree.</summary>
    Master,

    /// <summary>A doctoral or professional degree.</summary>
    Doctorate,
}
