using System.Text;
using System.Text.RegularExpressions;
using CareerModel.Catalogs;
using CareerModel.Recommendation;
using CareerModel.Serialization;
using Microsoft.Playwright;

namespace CareerModel.Web.Tests;

/// <summary>The explorer page end to end: the real app, the real page, headless Chromium driven by Playwright.</summary>
public sealed class ExplorerPageTests(ExplorerServer server) : IClassFixture<ExplorerServer>
{
    private static RecommendationResult Expected(string regionId = "US") =>
        Recommender.Create(BuiltInCatalogs.CustomerService, TestDay.Clock(), exchangeRates: BuiltInCatalogs.CustomerServiceExchangeRates)
            .Recommend(
                ProfileJson.Read(Encoding.UTF8.GetBytes(InRegion(regionId)), BuiltInCatalogs.CustomerService),
                new RecommendationOptions { Count = 5, MaxSteps = 3 });

    // The page moves the example person to the region picked, as this does.
    private static string InRegion(string regionId) =>
        Repository.ExampleProfile.Replace("\"regionId\": \"US\"", $"\"regionId\": \"{regionId}\"", StringComparison.Ordinal);

    [Fact]
    public async Task It_draws_the_example_person_s_ranked_paths_as_a_tree_from_their_role()
    {
        var page = await server.OpenExplorerAsync();
        var expected = Expected();

        await Assertions.Expect(page.Locator("#paths-title")).ToHaveTextAsync("Ranked paths from Junior Customer Service Specialist");
        await Assertions.Expect(page.Locator("#path-list tbody tr")).ToHaveCountAsync(expected.Paths.Count);
        var rows = await page.Locator("#path-list tbody tr td:nth-child(2)").AllTextContentsAsync();
        Assert.Equal(
            expected.Paths.Select(p => string.Join(" → ", p.RoleIds.Select(id => BuiltInCatalogs.CustomerService.GetRole(id).Title))),
            rows);
        // One node per distinct prefix of the paths, the current role at the root.
        var prefixes = expected.Paths.SelectMany(p => Enumerable.Range(1, p.RoleIds.Count).Select(n => string.Join(">", p.RoleIds.Take(n)))).Distinct().Count();
        await Assertions.Expect(page.Locator("#graph g.node")).ToHaveCountAsync(prefixes);
        await Assertions.Expect(page.Locator("#graph g.node").First).ToContainTextAsync("Junior Customer Service Specialist");
        // The best path is selected: its nodes and edges are highlighted.
        await Assertions.Expect(page.Locator("#graph g.node.on")).ToHaveCountAsync(expected.Paths[0].RoleIds.Count);
        await Assertions.Expect(page.Locator("#path-list tbody tr.on")).ToHaveAttributeAsync("data-rank", "1");
        await page.CloseAsync();
    }

    [Fact]
    public async Task Each_step_shows_its_time_and_pay_in_the_currency_chosen()
    {
        var page = await server.OpenExplorerAsync();

        await page.Locator("#region").SelectOptionAsync("DE");
        await Assertions.Expect(page.Locator("#currency")).ToHaveValueAsync("EUR");
        await page.Locator("#show").ClickAsync();

        var first = Expected("DE").Paths[0];
        var pay = first.Final.ProjectedPay!.Value;
        Assert.Equal("EUR", pay.Currency.Code);
        var shown = $"EUR {decimal.Round(pay.Amount, 0, MidpointRounding.ToEven):#,0}";
        await Assertions.Expect(page.Locator("#path-list tbody tr").First.Locator("td").Nth(4)).ToHaveTextAsync(shown.Replace("EUR ", "EUR\u00a0", StringComparison.Ordinal));
        // The first edge leads to the first path's first step: its time to get there and the kind of move.
        var step = first.Steps[0];
        Assert.Equal(0, step.TimeToReady.Days); // whole months, as the recommender plans moves
        var months = step.TimeToReady.Years * 12 + step.TimeToReady.Months;
        var edge = page.Locator("#graph g.edge").First.Locator("text");
        await Assertions.Expect(edge.First).ToHaveTextAsync($"{months / 12} y {months % 12} mo".Replace(" 0 mo", "", StringComparison.Ordinal));
        await Assertions.Expect(edge.Nth(1)).ToHaveTextAsync(Regex.Replace(step.Kind.ToString(), "(?<!^)([A-Z])", " $1").ToLowerInvariant()); // TrackSwitch: "track switch"
        await page.CloseAsync();
    }

    [Fact]
    public async Task Choosing_a_path_shows_the_gaps_to_its_last_role()
    {
        var page = await server.OpenExplorerAsync();
        var second = Expected().Paths[1];
        var target = BuiltInCatalogs.CustomerService.GetRole(second.RoleIds[^1]);

        await page.Locator("#path-list tbody tr").Nth(1).ClickAsync();

        await Assertions.Expect(page.Locator("#gaps-title")).ToHaveTextAsync($"Gaps to {target.Title} (path #2)");
        await Assertions.Expect(page.Locator("#path-list tbody tr.on")).ToHaveAttributeAsync("data-rank", "2");
        await Assertions.Expect(page.Locator("#gap-list tbody tr")).ToHaveCountAsync(target.Requirements.Count);
        await Assertions.Expect(page.Locator("#readiness")).ToContainTextAsync("skill fit");
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_broken_profile_lists_every_problem_with_its_line_and_column()
    {
        var page = await server.OpenExplorerAsync();

        await page.Locator("details summary").ClickAsync();
        await page.Locator("#profile").FillAsync("{\n  \"schemaVersion\": 1,\n  \"skills\": [ { \"skillId\": \"empathy\", \"level\": -1 } ],\n  \"education\": \"phd\"\n}");
        await page.Locator("#show").ClickAsync();

        await Assertions.Expect(page.Locator("#problems")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#problems-title")).ToHaveTextAsync("The profile is not valid");
        await Assertions.Expect(page.Locator("#problem-list li")).ToHaveCountAsync(2);
        // The page writes the chosen role and region into the box before sending it, so the lines named are the box's.
        var lines = (await page.Locator("#profile").InputValueAsync()).Split('\n');
        var level = Array.FindIndex(lines, line => line.Contains("\"level\"", StringComparison.Ordinal)) + 1;
        var education = Array.FindIndex(lines, line => line.Contains("\"education\"", StringComparison.Ordinal)) + 1;
        await Assertions.Expect(page.Locator("#problem-list li").First).ToContainTextAsync($"line {level}, column ");
        await Assertions.Expect(page.Locator("#problem-list li").First).ToContainTextAsync("$.skills[0].level: Skill 'empathy' level -1");
        await Assertions.Expect(page.Locator("#problem-list li").Nth(1)).ToContainTextAsync($"line {education}, column ");
        await Assertions.Expect(page.Locator("#problem-list li").Nth(1)).ToContainTextAsync("$.education");
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_screenshot_of_the_page_is_taken_for_the_docs()
    {
        var page = await server.OpenExplorerAsync();
        var path = Path.Combine(AppContext.BaseDirectory, "web-explorer.png");

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });

        Assert.True(new FileInfo(path).Length > 20_000, "the screenshot is too small to show the page");
        await page.CloseAsync();
    }
}
