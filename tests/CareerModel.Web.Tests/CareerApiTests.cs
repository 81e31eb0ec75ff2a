using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CareerModel.Assessment;
using CareerModel.Catalogs;
using CareerModel.Monetary;
using CareerModel.Recommendation;
using CareerModel.Serialization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace CareerModel.Web.Tests;

/// <summary>The web sample's API, in-process (Microsoft.AspNetCore.Mvc.Testing), on the built-in catalog and a fixed day.</summary>
public sealed class CareerApiTests : IClassFixture<WebApplicationFactory<Program>>, IDisposable
{
    private static readonly Currency Eur = Currency.FromCode("EUR");
    private static readonly Currency Usd = Currency.FromCode("USD");

    private readonly WebApplicationFactory<Program> _factory;
    private readonly HttpClient _client;

    public CareerApiTests(WebApplicationFactory<Program> factory)
    {
        _factory = factory.WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddSingleton<IClock>(TestDay.Clock())));
        _client = _factory.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task Roles_lists_every_role_of_the_built_in_catalog_with_its_track_as_a_name()
    {
        using var roles = await GetJson("/roles");

        Assert.Equal(
            BuiltInCatalogs.CustomerService.Roles.Select(r => r.Id),
            roles.RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        var lead = roles.RootElement.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "cs-team-lead");
        Assert.Equal("management", lead.GetProperty("track").GetString());
    }

    [Fact]
    public async Task Regions_lists_each_region_with_its_currency_code()
    {
        using var regions = await GetJson("/regions");

        var germany = regions.RootElement.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "DE");
        Assert.Equal("Germany", germany.GetProperty("name").GetString());
        Assert.Equal("EUR", germany.GetProperty("currency").GetString());
        Assert.Equal(BuiltInCatalogs.CustomerService.Regions.Count, regions.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task A_specialist_in_germany_is_paid_the_guide_s_35_000_to_45_000_euros()
    {
        using var answer = await GetJson("/roles/cs-specialist/bands?region=DE");

        var band = Assert.Single(answer.RootElement.GetProperty("bands").EnumerateArray());
        Assert.Equal("DE band", band.GetProperty("explanation").GetString());
        var pay = band.GetProperty("band");
        Assert.Equal("EUR", pay.GetProperty("currency").GetString());
        Assert.Equal(35_000m, pay.GetProperty("minimum").GetDecimal());
        Assert.Equal(40_000m, pay.GetProperty("midpoint").GetDecimal());
        Assert.Equal(45_000m, pay.GetProperty("maximum").GetDecimal());
        Assert.Equal("2026-12-03", answer.RootElement.GetProperty("asOf").GetString());
    }

    [Fact]
    public async Task A_band_asked_for_in_dollars_is_the_euro_band_at_the_day_s_rate_in_cents()
    {
        using var answer = await GetJson("/roles/cs-specialist/bands?region=DE&currency=usd");

        var band = Assert.Single(answer.RootElement.GetProperty("bands").EnumerateArray());
        var euros = BuiltInCatalogs.CustomerService.GetRole("cs-specialist").PayBands["DE"];
        var expected = euros.Convert(BuiltInCatalogs.CustomerServiceExchangeRates, Usd, TestDay.Date, RoundingPolicy.ToMinorUnits());
        var pay = band.GetProperty("band");
        Assert.Equal("USD", pay.GetProperty("currency").GetString());
        Assert.Equal(expected.Minimum.Amount, pay.GetProperty("minimum").GetDecimal());
        Assert.Equal(expected.Maximum.Amount, pay.GetProperty("maximum").GetDecimal());
        Assert.Equal("DE band, converted EUR→USD as of 2026-12-03", band.GetProperty("explanation").GetString());
    }

    [Fact]
    public async Task Without_a_region_every_region_answers_and_one_without_an_exchange_rate_says_so()
    {
        using var answer = await GetJson("/roles/cs-specialist/bands");

        var bands = answer.RootElement.GetProperty("bands").EnumerateArray().ToDictionary(b => b.GetProperty("regionId").GetString()!);
        Assert.Equal(BuiltInCatalogs.CustomerService.Regions.Count, bands.Count);
        Assert.Equal(JsonValueKind.Null, bands["PH"].GetProperty("band").ValueKind);
        Assert.Equal("no USD→PHP rate as of 2026-12-03", bands["PH"].GetProperty("explanation").GetString());
        Assert.Equal("AUD", bands["AU"].GetProperty("band").GetProperty("currency").GetString());
    }

    [Fact]
    public async Task An_unknown_role_is_a_404_problem_naming_it()
    {
        using var response = await _client.GetAsync(new Uri("/roles/astronaut/bands", UriKind.Relative));

        using var problem = await Problem(response, HttpStatusCode.NotFound);
        Assert.Equal("Unknown role", problem.RootElement.GetProperty("title").GetString());
        Assert.Equal("The catalog has no role 'astronaut'.", problem.RootElement.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/roles/cs-specialist/bands?region=Atlantis", "region", "The catalog has no region 'Atlantis'; it has ")]
    [InlineData("/roles/cs-specialist/bands?currency=XYZ", "currency", "'XYZ' is not a currency code the catalog or ISO 4217 knows; the catalog pays in ")]
    public async Task A_bad_query_parameter_is_a_400_problem_naming_the_parameter_and_the_value(string url, string parameter, string message)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        using var problem = await Problem(response, HttpStatusCode.BadRequest);
        var error = Assert.Single(problem.RootElement.GetProperty("errors").GetProperty(parameter).EnumerateArray());
        Assert.StartsWith(message, error.GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recommend_ranks_the_paths_the_recommender_ranks_for_the_example_person()
    {
        var expected = Recommender.Create(BuiltInCatalogs.CustomerService, TestDay.Clock(), exchangeRates: BuiltInCatalogs.CustomerServiceExchangeRates)
            .Recommend(Profile(), new RecommendationOptions { Count = 5 });

        using var answer = await PostProfile("/recommend", Repository.ExampleProfile);

        var paths = answer.RootElement.GetProperty("paths").EnumerateArray().ToList();
        Assert.Equal(expected.Paths.Select(p => string.Join(">", p.RoleIds)), paths.Select(p => string.Join(">", p.GetProperty("roleIds").EnumerateArray().Select(id => id.GetString()))));
        Assert.Equal(expected.Paths.Select(p => p.Score.Total), paths.Select(p => p.GetProperty("score").GetProperty("total").GetDouble()));
        Assert.Equal("cs-junior-specialist", answer.RootElement.GetProperty("fromRoleId").GetString());

        // The documented shapes: days and periods in ISO 8601, enums as camelCase names, money as { amount, currency }.
        var first = expected.Paths[0];
        var step = paths[0].GetProperty("steps")[0];
        Assert.Equal(first.Final.Starts.ToString("uuuu-MM-dd", null), step.GetProperty("starts").GetString());
        Assert.Equal(first.Final.TimeToReady.Normalize().ToString(), step.GetProperty("timeToReady").GetString());
        Assert.Equal(JsonNamingPolicy.CamelCase.ConvertName(first.Final.Kind.ToString()), step.GetProperty("kind").GetString());
        Assert.Equal(RoundingPolicy.ToMinorUnits().Round(first.Final.ProjectedPay!.Value).Amount, step.GetProperty("projectedPay").GetProperty("amount").GetDecimal());
        Assert.Equal("USD", step.GetProperty("projectedPay").GetProperty("currency").GetString());
        Assert.Equal(first.Score.ToString(), paths[0].GetProperty("explanation").GetString());
    }

    [Fact]
    public async Task Recommend_with_a_target_and_a_step_limit_ranks_only_paths_to_the_target()
    {
        using var answer = await PostProfile("/recommend?target=cs-team-lead&steps=3&top=3", Repository.ExampleProfile);

        var paths = answer.RootElement.GetProperty("paths").EnumerateArray().ToList();
        Assert.NotEmpty(paths);
        Assert.True(paths.Count <= 3);
        Assert.All(paths, p =>
        {
            var ids = p.GetProperty("roleIds").EnumerateArray().Select(id => id.GetString()).ToList();
            Assert.Equal("cs-team-lead", ids[^1]);
            Assert.InRange(ids.Count - 1, 1, 3);
        });
    }

    [Fact]
    public async Task Recommend_in_euros_converts_every_amount_at_the_day_s_rate_rounded_to_cents()
    {
        var expected = Recommender.Create(BuiltInCatalogs.CustomerService, TestDay.Clock(), exchangeRates: BuiltInCatalogs.CustomerServiceExchangeRates)
            .Recommend(Profile(), new RecommendationOptions { Count = 5 }).Paths[0];

        using var answer = await PostProfile("/recommend?currency=EUR", Repository.ExampleProfile);

        var path = answer.RootElement.GetProperty("paths")[0];
        var euros = BuiltInCatalogs.CustomerServiceExchangeRates.Convert(expected.CurrentPay!.Value, Eur, TestDay.Date, RoundingPolicy.ToMinorUnits());
        Assert.Equal(euros.Amount, path.GetProperty("currentPay").GetProperty("amount").GetDecimal());
        Assert.Equal("EUR", path.GetProperty("currentPay").GetProperty("currency").GetString());
        Assert.All(path.GetProperty("steps").EnumerateArray(), s => Assert.Equal("EUR", s.GetProperty("projectedPay").GetProperty("currency").GetString()));
        Assert.Equal(decimal.Round(euros.Amount, 2), euros.Amount);
    }

    [Fact]
    public async Task A_profile_that_is_not_well_formed_json_is_a_400_naming_its_line_and_column()
    {
        using var response = await Post("/recommend", "{\n  \"schemaVersion\": 1,\n  \"skills\": [ ,\n}");

        using var problem = await Problem(response, HttpStatusCode.BadRequest);
        var only = Assert.Single(problem.RootElement.GetProperty("problems").EnumerateArray());
        Assert.Equal("syntax", only.GetProperty("kind").GetString());
        Assert.Equal(3, only.GetProperty("line").GetInt32());
        Assert.Equal("The profile is not valid", problem.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_invalid_profile_is_a_400_listing_every_problem_with_its_path_line_and_column()
    {
        const string profile = """
            {
              "schemaVersion": 1,
              "currentRoleId": "astronaut",
              "skills": [ { "skillId": "empathy", "level": -1 } ]
            }
            """;

        using var response = await Post("/recommend", profile);

        using var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.Equal("The profile JSON has 2 problems.", problem.RootElement.GetProperty("detail").GetString());
        var problems = problem.RootElement.GetProperty("problems").EnumerateArray().ToList();
        Assert.Equal(["$.currentRoleId", "$.skills[0].level"], problems.Select(p => p.GetProperty("path").GetString()));
        Assert.Equal([3, 4], problems.Select(p => p.GetProperty("line").GetInt32()));
        Assert.Equal(["unknownReference", "invalidValue"], problems.Select(p => p.GetProperty("kind").GetString()));
        Assert.Equal("Current role 'astronaut' is not in the catalog.", problem.RootElement.GetProperty("errors").GetProperty("$.currentRoleId")[0].GetString());
    }

    [Fact]
    public async Task A_profile_without_a_current_role_is_a_400_at_its_current_role_id()
    {
        using var response = await Post("/recommend", """{ "schemaVersion": 1 }""");

        using var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("$.currentRoleId", out _));
    }

    [Theory]
    [InlineData("/recommend?top=0", "top", "top 0 is outside 1 to 50.")]
    [InlineData("/recommend?top=51", "top", "top 51 is outside 1 to 50.")]
    [InlineData("/recommend?steps=9", "steps", "steps 9 is outside 1 to 8.")]
    public async Task Top_and_steps_out_of_range_are_a_400_naming_the_limit(string url, string parameter, string message)
    {
        using var response = await Post(url, Repository.ExampleProfile);

        using var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.Equal(message, problem.RootElement.GetProperty("errors").GetProperty(parameter)[0].GetString());
    }

    [Fact]
    public async Task An_unknown_target_is_a_404_problem()
    {
        using var response = await Post("/recommend?target=astronaut", Repository.ExampleProfile);

        using var problem = await Problem(response, HttpStatusCode.NotFound);
        Assert.Equal("The catalog has no role 'astronaut'.", problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_body_sent_as_a_form_is_refused_as_an_unsupported_media_type()
    {
        using var content = new StringContent(Repository.ExampleProfile, Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await _client.PostAsync(new Uri("/recommend", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Gap_answers_what_the_assessor_answers_with_the_unmet_requirements_first()
    {
        var expected = CareerAssessor.Create(BuiltInCatalogs.CustomerService, TestDay.Clock()).AssessReadiness(Profile(), "cs-specialist");

        using var answer = await PostProfile("/gap?role=cs-specialist", Repository.ExampleProfile);

        var root = answer.RootElement;
        Assert.Equal(expected.Gaps.Fit, root.GetProperty("fit").GetDouble());
        Assert.Equal(expected.Gaps.AreRequiredSkillsMet, root.GetProperty("requiredSkillsMet").GetBoolean());
        Assert.Equal(expected.ReadyDate.ToString("uuuu-MM-dd", null), root.GetProperty("readiness").GetProperty("readyDate").GetString());
        Assert.Equal(expected.Actions.Count, root.GetProperty("readiness").GetProperty("plan").GetArrayLength());
        var requirements = root.GetProperty("requirements").EnumerateArray().ToList();
        Assert.Equal(expected.Gaps.Requirements.Count, requirements.Count);
        Assert.Equal(expected.Gaps.Gaps.Select(g => g.SkillId), requirements.Take(expected.Gaps.Gaps.Count).Select(r => r.GetProperty("skillId").GetString()));
        Assert.All(requirements.Skip(expected.Gaps.Gaps.Count), r => Assert.True(r.GetProperty("met").GetBoolean()));
    }

    [Fact]
    public async Task Gap_to_an_unknown_role_is_a_404_problem()
    {
        using var response = await Post("/gap?role=astronaut", Repository.ExampleProfile);

        using var problem = await Problem(response, HttpStatusCode.NotFound);
        Assert.Equal("astronaut", problem.RootElement.GetProperty("roleId").GetString());
    }

    [Fact]
    public async Task The_example_profile_is_the_documented_one()
    {
        using var answer = await GetJson("/profiles/example");

        Assert.Equal(
            Written(Profile()),
            Written(ProfileJson.Read(Encoding.UTF8.GetBytes(answer.RootElement.GetRawText()), BuiltInCatalogs.CustomerService)));
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint()
    {
        using var document = await GetJson("/openapi/v1.json");

        var paths = document.RootElement.GetProperty("paths");
        Assert.Equal(
            ["/gap", "/profiles/example", "/recommend", "/regions", "/roles", "/roles/{id}/bands"],
            paths.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.True(paths.GetProperty("/recommend").GetProperty("post").GetProperty("responses").TryGetProperty("400", out _));
    }

    [Fact]
    public async Task By_default_the_app_listens_on_the_loopback_address_only()
    {
        await using var app = CareerExplorerApp.Build([]);

        Assert.Equal("http://127.0.0.1:5080", app.Configuration["Urls"]);
    }

    private static People.Profile Profile() => ProfileJson.Read(Encoding.UTF8.GetBytes(Repository.ExampleProfile), BuiltInCatalogs.CustomerService);

    private static string Written(People.Profile profile)
    {
        using var buffer = new MemoryStream();
        ProfileJson.Write(profile, buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private async Task<JsonDocument> GetJson(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
    }

    private async Task<JsonDocument> PostProfile(string url, string profile)
    {
        using var response = await Post(url, profile);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
    }

    private async Task<HttpResponseMessage> Post(string url, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        return await _client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    private static async Task<JsonDocument> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(new MediaTypeHeaderValue("application/problem+json"), response.Content.Headers.ContentType);
        var problem = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        return problem;
    }
}
