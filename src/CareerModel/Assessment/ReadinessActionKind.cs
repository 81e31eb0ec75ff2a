namespace CareerModel.Assessment;

/// <summary>What a <see cref="ReadinessAction"/> asks the person to do.</summary>
public enum ReadinessActionKind
{
    /// <summary>Raise a skill to the level the role needs.</summary>
    DevelopSkill,

    /// <summary>Earn a certification the role asks for.</summary>
    EarnCertification,

    /// <summary>Complete a level of education.</summary>
    CompleteEducation,

    /// <summary>Gain more work experience.</summary>
    GainExperience,
}
