using CareerModel.Assessment;
using CareerModel.Cli.Input;
using CareerModel.Cli.Output;
using NodaTime;

namespace CareerModel.Cli.Commands;

/// <summary><c>gap</c>: how far a person's skills, experience and education are from a role's requirements.</summary>
internal sealed class GapCommand(Terminal terminal, IClock clock) : CareerCommand<TargetSettings>(terminal, clock)
{
    /// <inheritdoc />
    protected override void Run(Workspace workspace, TargetSettings settings)
    {
        var role = workspace.Role("--role", settings.Role!);
        var profile = workspace.ReadProfile(settings.ProfileFile!);
        var gaps = CareerAssessor.Create(workspace.Catalog, workspace.Clock, workspace.Zone).AnalyzeGaps(profile, role.Id);

        if (settings.Json)
        {
            JsonOutput.Write(Terminal.Raw, json =>
            {
                json.WriteStartObject();
                json.WriteString("roleId", role.Id);
                json.WriteDate("asOf", gaps.AsOf);
                json.WriteNumber("fit", gaps.Fit);
                json.WriteNumber("preferredFit", gaps.PreferredFit);
                json.WriteStartArray("requirements");
                foreach (var gap in gaps.Requirements)
                    json.WriteGap(gap);
                json.WriteEndArray();
                json.WriteString("experience", gaps.Experience?.ToString());
                json.WriteString("education", gaps.Education?.ToString());
                json.WriteEndObject();
            });
            return;
        }

        Terminal.Heading($"Gaps to {role.Title}, as of {Format.Date(gaps.AsOf)}: fit {Format.Number(gaps.Fit)} (preferred skills {Format.Number(gaps.PreferredFit)})");
        var table = Tables.Create("Skill", "Have>", "Need>", "Importance>", "Kind", "Shortfall>", "Impact>");
        // Unmet requirements first, the ones that cost the most fit at the top, as the analysis orders them.
        foreach (var gap in gaps.Gaps.Concat(gaps.Requirements.Where(r => r.IsMet)))
        {
            table.Row(
                gap.SkillName,
                Format.Number(gap.Have),
                Format.Number(gap.Need),
                Format.Number(gap.Importance),
                gap.IsRequired ? "required" : "preferred",
                gap.IsMet ? "met" : Format.Number(gap.Shortfall),
                Format.Number(gap.Impact));
        }
        Terminal.Out.Write(table);
        if (gaps.Experience is { } experience)
            Terminal.Line($"Experience: {experience}");
        if (gaps.Education is { } education)
            Terminal.Line($"Education: {education}");
    }
}
