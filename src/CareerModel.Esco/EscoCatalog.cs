using System.Collections.Frozen;
using CareerModel.Careers;
using CareerModel.Esco.Internal;

namespace CareerModel.Esco;

/// <summary>
/// Imports the ESCO classification's CSV release (v1.1.x or v1.2, any language) into a career
/// catalog. This publication uses the ESCO classification of the European Commission.
/// </summary>
public static class EscoCatalog
{
    /// <summary>Reads a release and builds its catalog.</summary>
    /// <param name="folder">The folder of the unzipped CSV release: <c>occupations_en.csv</c>, <c>skills_en.csv</c>, <c>ISCOGroups_en.csv</c> and <c>occupationSkillRelations.csv</c> (or <c>…_en.csv</c>) at least.</param>
    /// <param name="options">The language, importances and transition rules; null for the defaults.</param>
    /// <returns>The catalog, the release's occupations and skills as it describes them, the inferred transitions with their evidence, and notes of every gap of the release stepped over.</returns>
    /// <exception cref="EscoFormatException">A required file or column is missing, or a file is malformed (with its file, record, line and column).</exception>
    /// <exception cref="ArgumentException">The options are out of range.</exception>
    public static EscoImportResult Load(string folder, EscoImportOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        options ??= new EscoImportOptions();
        Validate(options);
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"The ESCO folder '{folder}' does not exist.");

        var data = EscoReader.Read(folder, options.Language);
        var skills = CatalogAssembler.Skills(data);
        var roles = CatalogAssembler.Roles(data, options);
        var transitions = TransitionInference.Infer(data, roles, options.Transitions);
        var catalog = CareerCatalog.CreateBuilder()
            .UseProficiencyScale(CatalogAssembler.Scale)
            .AddSkills(skills)
            .AddRoles(roles)
            .AddTransitions(transitions.Select(t => t.Transition))
            .Build();

        var occupations = data.Occupations.ToFrozenDictionary(
            o => o.Id,
            o => new EscoOccupation(o.Id, o.Uri, o.Label, o.AlternativeLabels, o.IscoGroup, o.Code, data.BroaderOccupations.GetValueOrDefault(o.Id)),
            StringComparer.Ordinal);
        var escoSkills = data.Skills.ToFrozenDictionary(
            s => s.Id,
            s => new EscoSkill(s.Id, s.Uri, s.Label, s.AlternativeLabels, s.Type, s.ReuseLevel, data.SkillGroups.GetValueOrDefault(s.Id) ?? []),
            StringComparer.Ordinal);
        return new EscoImportResult(catalog, occupations, escoSkills, data.IscoGroups.ToFrozenDictionary(StringComparer.Ordinal), transitions, data.Notes);
    }

    private static void Validate(EscoImportOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Language, "options.Language");
        if (!options.Language.All(char.IsAsciiLetterLower) || options.Language.Length is < 2 or > 3)
            throw new ArgumentException($"EscoImportOptions.Language '{options.Language}' must be a two- or three-letter lower-case language code, such as 'en'.", nameof(options));
        Positive(options.EssentialImportance, nameof(options.EssentialImportance), nameof(options));
        Positive(options.OptionalImportance, nameof(options.OptionalImportance), nameof(options));
        var t = options.Transitions ?? throw new ArgumentException("EscoImportOptions.Transitions must not be null.", nameof(options));
        if (t.NeighboursPerOccupation is < 1 or > 1_000)
            throw new ArgumentException(FormattableString.Invariant($"EscoTransitionOptions.NeighboursPerOccupation {t.NeighboursPerOccupation} must be from 1 to 1000."), nameof(options));
        Positive(t.EssentialSkillWeight, "Transitions.EssentialSkillWeight", nameof(options));
        Positive(t.OptionalSkillWeight, "Transitions.OptionalSkillWeight", nameof(options));
        NotNegative(t.SkillWeight, "Transitions.SkillWeight", nameof(options));
        NotNegative(t.IscoWeight, "Transitions.IscoWeight", nameof(options));
        NotNegative(t.HierarchyWeight, "Transitions.HierarchyWeight", nameof(options));
        if (t.SkillWeight + t.IscoWeight + t.HierarchyWeight <= 0)
            throw new ArgumentException("EscoTransitionOptions: SkillWeight, IscoWeight and HierarchyWeight must not all be 0.", nameof(options));
        if (!double.IsFinite(t.MinimumScore) || t.MinimumScore <= 0)
            throw new ArgumentException(FormattableString.Invariant($"EscoTransitionOptions.MinimumScore {t.MinimumScore} must be a finite number above 0."), nameof(options));
        ArgumentNullException.ThrowIfNull(t.SameLevelMoveTime, "options.Transitions.SameLevelMoveTime");
        ArgumentNullException.ThrowIfNull(t.TimePerRankStep, "options.Transitions.TimePerRankStep");
    }

    private static void Positive(double value, string name, string paramName)
    {
        if (!double.IsFinite(value) || value <= 0)
            throw new ArgumentException(FormattableString.Invariant($"EscoImportOptions.{name} {value} must be a finite number above 0."), paramName);
    }

    private static void NotNegative(double value, string name, string paramName)
    {
        if (!double.IsFinite(value) || value < 0)
            throw new ArgumentException(FormattableString.Invariant($"EscoImportOptions.{name} {value} must be a finite number, 0 or more."), paramName);
    }
}
