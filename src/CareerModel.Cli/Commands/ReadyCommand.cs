using CareerModel.Assessment;
using CareerModel.Cli.Input;
using CareerModel.Cli.Output;
using NodaTime;

namespace CareerModel.Cli.Commands;

/// <summary><c>ready</c>: when a person will be ready for a role, what stands in the way, and the plan that gets them there.</summary>
internal sealed class ReadyCommand(Terminal terminal, IClock clock) : CareerCommand<TargetSettings>(terminal, clock)
{
    /// <inheritdoc />
    protected override void Run(Workspace workspace, TargetSettings settings)
    {
        var role = workspace.Role("--role", settings.Role!);
        var profile = workspace.ReadProfile(settings.ProfileFile!);
        var readiness = CareerAssessor.Create(workspace.Catalog, workspace.Clock, workspace.Zone).AssessReadiness(profile, role.Id);
        var plan = readiness.Plan;

        if (settings.Json)
        {
            JsonOutput.Write(Terminal.Raw, json =>
            {
                json.WriteStartObject();
                json.WriteString("roleId", role.Id);
                json.WriteDate("asOf", readiness.AsOf);
                json.WriteNumber("score", readiness.Score);
                json.WriteNumber("fit", readiness.Fit);
                json.WriteNumber("experienceRatio", readiness.ExperienceRatio);
                json.WritePeriod("timeToReady", readiness.TimeToReady);
                json.WriteDate("readyDate", readiness.ReadyDate);
                json.WritePeriod("skillsTime", readiness.SkillsTime);
                json.WritePeriod("experienceTime", readiness.ExperienceTime);
                json.WritePeriod("educationTime", readiness.EducationTime);
                json.WriteStartArray("actions");
                foreach (var action in readiness.Actions)
                {
                    json.WriteStartObject();
                    json.WriteEnum("kind", action.Kind);
                    json.WriteString("targetId", action.TargetId);
                    json.WriteString("description", action.Description);
                    json.WritePeriod("time", action.Time);
                    json.WriteBoolean("required", action.IsRequired);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteStartObject("plan");
                json.WriteNumber("concurrentSkills", plan.ConcurrentSkills);
                json.WritePeriod("requiredTime", plan.RequiredTime);
                json.WriteStartArray("steps");
                foreach (var step in plan.Steps)
                {
                    json.WriteStartObject();
                    json.WriteString("skillId", step.SkillId);
                    json.WriteString("skillName", step.SkillName);
                    json.WriteNumber("from", step.From);
                    json.WriteNumber("to", step.To);
                    json.WritePeriod("startsAfter", step.StartsAfter);
                    json.WritePeriod("learningTime", step.LearningTime);
                    json.WritePeriod("doneAfter", step.DoneAfter);
                    json.WriteNumber("fitGain", step.FitGain);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
            });
            return;
        }

        var console = Terminal.Out;
        Terminal.Heading($"Readiness for {role.Title}, as of {Format.Date(readiness.AsOf)}");
        Terminal.Line($"Score {Format.Number(readiness.Score)} · fit {Format.Number(readiness.Fit)} · ready on {Format.Date(readiness.ReadyDate)} ({Format.Duration(readiness.TimeToReady)})");
        Terminal.Line($"Skills take {Format.Duration(readiness.SkillsTime)}, experience {Format.Duration(readiness.ExperienceTime)}, education {Format.Duration(readiness.EducationTime)}");
        if (readiness.Actions.Count > 0)
        {
            var actions = Tables.Create("Action", "Kind", "Takes>", "Required");
            foreach (var action in readiness.Actions)
                actions.Row(action.Description, action.Kind.ToString(), Format.Duration(action.Time), action.IsRequired ? "yes" : "no");
            console.Write(actions);
        }
        if (plan.Steps.Count > 0)
        {
            Terminal.Heading($"Development plan, {plan.ConcurrentSkills} skills at a time: the required skills take {Format.Duration(plan.RequiredTime)}");
            var steps = Tables.Create("#>", "Skill", "From>", "To>", "Starts after>", "Takes>", "Done after>", "Fit gain>");
            var number = 0;
            foreach (var step in plan.Steps)
            {
                steps.Row(
                    (++number).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    step.SkillName,
                    Format.Number(step.From),
                    Format.Number(step.To),
                    Format.Duration(step.StartsAfter),
                    Format.Duration(step.LearningTime),
                    Format.Duration(step.DoneAfter),
                    Format.Number(step.FitGain));
            }
            console.Write(steps);
        }
    }
}
