using System.Globalization;
using System.Text.Json;
using CareerModel.Assessment;
using CareerModel.Careers;
using CareerModel.Monetary;
using CareerModel.Recommendation;
using CareerModel.Web.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareerModel.Web.Api;

/// <summary>
/// Questions about a person, who comes as a profile JSON in the body (docs/json-format.md):
/// <c>POST /recommend</c> ranks paths, <c>POST /gap</c> measures the distance to one role.
/// </summary>
internal static class PersonEndpoints
{
    private const string ProfileContentType = "application/json";

    /// <summary>The most paths one request may ask for.</summary>
    public const int MaxTop = 50;

    public static IEndpointRouteBuilder MapPersonEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/recommend", Recommend)
            .Accepts<JsonElement>(ProfileContentType)
            .WithName("Recommend")
            .WithSummary("Ranks the career paths from the profile's current role.")
            .WithDescription("The body is a profile in the documented format (docs/json-format.md). 'target' ranks only paths to that role; 'top' (1 to 50, default 5) and 'steps' (1 to 8, default 3) bound the answer; 'currency' converts pay at today's rate.");

        app.MapPost("/gap", Gap)
            .Accepts<JsonElement>(ProfileContentType)
            .WithName("AnalyzeGap")
            .WithSummary("Measures how far the profile is from a role: every requirement, the fit, and when the person will be ready.");

        app.MapGet("/profiles/example", ExampleProfile)
            .WithName("GetExampleProfile")
            .WithSummary("The documented example profile, a junior customer-service specialist in the US.");
        return app;
    }

    private static async Task<Results<Ok<Recommendations>, ProblemHttpResult, ValidationProblem>> Recommend(
        HttpRequest request, CareerCatalog catalog, Recommender recommender, Pay pay, Today today,
        string? target, int? top, int? steps, string? currency)
    {
        if (target is not null && !catalog.TryGetRole(target, out _))
            return Problems.UnknownRole(target);
        if (top is < 1 or > MaxTop)
            return Problems.BadParameter("top", $"top {Number(top.Value)} is outside 1 to {Number(MaxTop)}.");
        if (steps < 1 || steps > RecommendationOptions.MaxStepsLimit)
            return Problems.BadParameter("steps", $"steps {Number(steps!.Value)} is outside 1 to {Number(RecommendationOptions.MaxStepsLimit)}.");
        if (!Currencies.TryFind(catalog, currency, out var targetCurrency, out var currencyProblem))
            return currencyProblem;
        var (profile, problem) = await ProfileBody.ReadAsync(request, catalog);
        if (problem is not null)
            return problem;

        var options = new RecommendationOptions { Count = top ?? 5, MaxSteps = steps ?? 3 };
        var result = target is null ? recommender.Recommend(profile!, options) : recommender.RecommendPathsTo(profile!, target, options);
        var asOf = today.Date;
        try
        {
            var paths = result.Paths.Select(path => View(path, pay, targetCurrency, asOf)).ToList();
            return TypedResults.Ok(new Recommendations(
                profile!.CurrentRoleId!, asOf, paths, result.EmptyReason, [.. result.Warnings.Select(w => w.Message)]));
        }
        catch (ExchangeRateNotFoundException e)
        {
            return Problems.BadParameter("currency", e.Message);
        }
    }

    private static async Task<Results<Ok<GapReport>, ProblemHttpResult, ValidationProblem>> Gap(
        HttpRequest request, CareerCatalog catalog, CareerAssessor assessor, string role)
    {
        if (!catalog.TryGetRole(role, out var target))
            return Problems.UnknownRole(role);
        var (profile, problem) = await ProfileBody.ReadAsync(request, catalog);
        if (problem is not null)
            return problem;

        var readiness = assessor.AssessReadiness(profile!, target.Id);
        var gaps = readiness.Gaps;
        // Unmet requirements first, the ones that cost the most fit at the top, as the analysis orders them.
        var requirements = gaps.Gaps.Concat(gaps.Requirements.Where(r => r.IsMet)).Select(SkillGapView.From).ToList();
        return TypedResults.Ok(new GapReport(
            target.Id, target.Title, gaps.AsOf, gaps.Fit, gaps.PreferredFit, gaps.AreRequiredSkillsMet, requirements,
            gaps.Experience?.ToString(), gaps.Education?.ToString(), ReadinessView.From(readiness)));
    }

    private static FileStreamHttpResult ExampleProfile()
    {
        var stream = typeof(PersonEndpoints).Assembly.GetManifestResourceStream("example.profile.json")
            ?? throw new InvalidOperationException("The example profile is not embedded in the web sample.");
        return TypedResults.Stream(stream, ProfileContentType);
    }

    private static PathView View(PathRecommendation path, Pay pay, Currency? currency, NodaTime.LocalDate asOf)
    {
        var score = new Dictionary<string, double>(StringComparer.Ordinal) { ["total"] = path.Score.Total };
        foreach (var (part, value) in path.Score.Parts)
            score[part] = value;
        var steps = path.Steps
            .Select(s => new StepView(s.Target.Id, s.Target.Title, s.Kind, s.Starts, s.TimeToReady, s.Fit, pay.In(s.ProjectedPay, currency, asOf), s.PayBasis))
            .ToList();
        return new PathView(
            path.Rank, path.RoleIds, score, path.Score.ToString(), path.Arrives, path.TotalTime,
            pay.In(path.CurrentPay, currency, asOf), pay.In(path.PayGain, currency, asOf), steps,
            [.. path.TopGaps.Select(SkillGapView.From)]);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
