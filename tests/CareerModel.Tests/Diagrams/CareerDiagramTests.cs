using CareerModel.Careers;
using CareerModel.Catalogs;
using CareerModel.Diagrams;
using CareerModel.People;
using CareerModel.Recommendation;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests.Diagrams;

public sealed class CareerDiagramTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 25, 0, 0));

    /// <summary>Three roles in two boxes; one id with dots (as O*NET's) and one title with quotes.</summary>
    private static readonly CareerCatalog Small = CareerCatalog.CreateBuilder()
        .AddRole(new Role("43-4051.00", "Agent \"Tier 1\"", "support", CareerTrack.IndividualContributor, 1))
        .AddRole(new Role("senior", "Senior Agent", "support", CareerTrack.IndividualContributor, 2))
        .AddRole(new Role("lead", "Team Lead", "support", CareerTrack.Management, 3))
        .AddTransition(new Transition("43-4051.00", "senior", TransitionKind.Promotion, Period.FromYears(1)))
        .AddTransition(new Transition("senior", "lead", TransitionKind.Promotion, Period.FromYears(2) + Period.FromMonths(6)))
        .AddTransition(new Transition("43-4051.00", "lead", TransitionKind.Lateral))
        .Build();

    [Fact]
    public void A_catalog_becomes_a_mermaid_flowchart_grouped_by_family_and_track()
    {
        Assert.Equal(
            """
            flowchart LR
              subgraph g0["support · individual contributor"]
                r0["Agent #quot;Tier 1#quot; (rank 1)"]
                r1["Senior Agent (rank 2)"]
              end
              subgraph g1["support · management"]
                r2["Team Lead (rank 3)"]
              end
              r0 -->|"promotion, 1 year"| r1
              r0 -->|"lateral"| r2
              r1 -->|"promotion, 2.5 years"| r2

            """.ReplaceLineEndings("\n"),
            CareerDiagram.ToMermaid(Small));
    }

    [Fact]
    public void A_catalog_becomes_a_dot_digraph_with_one_cluster_per_family_and_track()
    {
        Assert.Equal(
            """
            digraph careers {
              rankdir=LR;
              node [shape=box, style=rounded, fontname="Helvetica"];
              edge [fontname="Helvetica", fontsize=10];
              subgraph cluster_0 {
                label="support · individual contributor";
                r0 [label="Agent \"Tier 1\" (rank 1)", tooltip="43-4051.00"];
                r1 [label="Senior Agent (rank 2)", tooltip="senior"];
              }
              subgraph cluster_1 {
                label="support · management";
                r2 [label="Team Lead (rank 3)", tooltip="lead"];
              }
              r0 -> r1 [label="promotion, 1 year"];
              r0 -> r2 [label="lateral"];
              r1 -> r2 [label="promotion, 2.5 years"];
            }

            """.ReplaceLineEndings("\n"),
            CareerDiagram.ToDot(Small));
    }

    [Fact]
    public void A_recommended_path_is_highlighted_with_time_and_pay_on_its_moves()
    {
        var catalog = BuiltInCatalogs.CustomerService;
        var junior = new Profile("cs-junior-specialist", "US").WithSkills([new SkillLevel("empathy", 2), new SkillLevel("active-listening", 2)]);
        var path = Recommender.Create(catalog, Clock).RecommendPathsTo(junior, "cs-team-lead").Paths[0];

        var mermaid = CareerDiagram.ToMermaid(catalog, path);
        var dot = CareerDiagram.ToDot(catalog, path);

        var nodeKeys = catalog.Roles.ToDictionary(r => r.Id, r => KeyOf(mermaid, r.Title));
        Assert.Contains($"  class {string.Join(',', path.RoleIds.Select(id => nodeKeys[id]).OrderBy(key => int.Parse(key[1..], System.Globalization.CultureInfo.InvariantCulture)))} path\n", mermaid, StringComparison.Ordinal);
        Assert.Equal(path.Steps.Count, mermaid.Split('\n').Single(l => l.StartsWith("  linkStyle ", StringComparison.Ordinal)).Split(' ')[3].Split(',').Length);
        foreach (var step in path.Steps)
        {
            var label = $"{step.Kind.ToString().ToLowerInvariant()}, {Describe(step.TimeToReady)}" + (step.ProjectedPay is { } pay ? $", {pay}" : "");
            Assert.Contains($"  {nodeKeys[step.Transition.FromRoleId]} -->|\"{label}\"| {nodeKeys[step.Transition.ToRoleId]}\n", mermaid, StringComparison.Ordinal);
            Assert.Contains($"  {nodeKeys[step.Transition.FromRoleId]} -> {nodeKeys[step.Transition.ToRoleId]} [label=\"{label}\", color=\"#b8860b\", penwidth=3];\n", dot, StringComparison.Ordinal);
        }
        Assert.Equal(path.RoleIds.Count, dot.Split('\n').Count(l => l.Contains("fillcolor", StringComparison.Ordinal)));
        Assert.Contains(path.Steps, s => s.ProjectedPay is not null);
    }

    [Fact]
    public void Every_role_is_drawn_once_and_every_move_once()
    {
        var catalog = BuiltInCatalogs.CustomerService;

        var mermaid = CareerDiagram.ToMermaid(catalog).Split('\n');
        var dot = CareerDiagram.ToDot(catalog).Split('\n');

        Assert.Equal(catalog.Roles.Count, mermaid.Count(l => l.StartsWith("    r", StringComparison.Ordinal)));
        Assert.Equal(catalog.Transitions.Count, mermaid.Count(l => l.Contains(" -->|", StringComparison.Ordinal)));
        Assert.Equal(catalog.Roles.Count, dot.Count(l => l.Contains("tooltip=", StringComparison.Ordinal)));
        Assert.Equal(catalog.Transitions.Count, dot.Count(l => l.Contains(" -> ", StringComparison.Ordinal)));
        Assert.DoesNotContain(mermaid, l => l.StartsWith("  class", StringComparison.Ordinal) || l.StartsWith("  linkStyle", StringComparison.Ordinal));
    }

    [Fact]
    public void A_path_on_another_catalog_is_refused_naming_the_unknown_role()
    {
        var junior = new Profile("cs-junior-specialist", "US");
        var path = Recommender.Create(BuiltInCatalogs.CustomerService, Clock).Recommend(junior).Paths[0];

        var ex = Assert.Throws<UnknownRoleException>(() => CareerDiagram.ToMermaid(Small, path));

        Assert.Contains("cs-junior-specialist", ex.Message, StringComparison.Ordinal);
    }

    private static string KeyOf(string mermaid, string title) =>
        mermaid.Split('\n').Single(l => l.Contains($"[\"{title} (rank", StringComparison.Ordinal)).Trim().Split('[')[0];

    private static string Describe(Period period) => CareerModel.Internal.Periods.Describe(period);
}
