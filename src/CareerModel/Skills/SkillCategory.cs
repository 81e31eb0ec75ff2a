namespace CareerModel.Skills;

/// <summary>What kind of capability a <see cref="Skill"/> is.</summary>
public enum SkillCategory
{
    /// <summary>A technical or tool skill, such as CRM software or troubleshooting.</summary>
    Technical,

    /// <summary>An interpersonal or personal skill, such as empathy or active listening.</summary>
    Soft,

    /// <summary>A body of knowledge, such as product knowledge or customer service principles.</summary>
    Knowledge,

    /// <summary>A lasting capacity, such as oral expression (O*NET's abilities).</summary>
    Ability,

    /// <summary>A credential, such as a customer-service certification.</summary>
    Certification,

    /// <summary>A spoken or written language.</summary>
    Language,
}
