namespace CareerModel.Esco;

/// <summary>ESCO's two kinds of skill concept, as its <c>skillType</c> column names them.</summary>
public enum EscoSkillType
{
    /// <summary>The release gives no type (a handful of skills in v1.1.1).</summary>
    Unknown,

    /// <summary><c>skill/competence</c>: what a person can do.</summary>
    SkillOrCompetence,

    /// <summary><c>knowledge</c>: what a person knows.</summary>
    Knowledge,
}
