using CareerModel.Assessment;
using CareerModel.Careers;
using CareerModel.Catalogs;
using CareerModel.Compensation.Location;
using CareerModel.Extensions.DependencyInjection;
using CareerModel.Monetary;
using CareerModel.Recommendation;
using CareerModel.Serialization;
using CareerModel.Tests.Onet;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests.DependencyInjection;

/// <summary>
/// <c>services.AddCareerModel(…)</c> in a real container and a real host: what it registers, that the
/// engines answer as ones made by hand, and that a bad configuration stops the start with every problem.
/// </summary>
public sealed class AddCareerModelTests : IDisposable
{
    private static readonly LocalDate Today = new(2026, 12, 3);

    private readonly FakeClock _clock = new(Today.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant());

    private readonly string _folder = Directory.CreateTempSubdirectory("careermodel-di-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Examples(string file) => Path.Combine(OnetDataFolders.Repository, "docs", "examples", file);

    private ServiceProvider Provider(Action<CareerModelOptions>? configure = null)
    {
        var services = new ServiceCollection().AddSingleton<IClock>(_clock);
        return (configure is null ? services.AddCareerModel() : services.AddCareerModel(configure)).BuildServiceProvider();
    }

    private IHost Host(Action<CareerModelOptions> configure)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSingleton<IClock>(_clock).AddCareerModel(configure);
        return builder.Build();
    }

    private string WriteFile(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Without_options_it_registers_the_built_in_catalog_and_engines_on_it()
    {
        using var provider = Provider();

        Assert.Same(BuiltInCatalogs.CustomerService, provider.GetRequiredService<CareerCatalog>());
        Assert.Same(BuiltInCatalogs.CustomerService, provider.GetRequiredService<Recommender>().Catalog);
        Assert.Same(BuiltInCatalogs.CustomerService, provider.GetRequiredService<CareerAssessor>().Catalog);
        Assert.Same(BuiltInCatalogs.CustomerServiceExchangeRates, provider.GetRequiredService<RegionalPay>().ExchangeRates);
        Assert.Equal(PayPolicy.LocalMarket, provider.GetRequiredService<RegionalPay>().Policy);
    }

    [Fact]
    public void Every_service_is_a_singleton()
    {
        using var provider = Provider();

        Assert.Same(provider.GetRequiredService<Recommender>(), provider.GetRequiredService<Recommender>());
        Assert.Same(provider.GetRequiredService<CareerAssessor>(), provider.GetRequiredService<CareerAssessor>());
        Assert.Same(provider.GetRequiredService<RegionalPay>(), provider.GetRequiredService<RegionalPay>());
        using var scope = provider.CreateScope();
        Assert.Same(provider.GetRequiredService<Recommender>(), scope.ServiceProvider.GetRequiredService<Recommender>());
    }

    [Fact]
    public void A_clock_registered_before_is_kept_and_the_engines_answer_as_ones_made_on_it()
    {
        using var provider = Provider();
        var profile = ProfileJson.ReadFile(Examples("customer-service.profile.json"), BuiltInCatalogs.CustomerService);

        Assert.Same(_clock, provider.GetRequiredService<IClock>());
        var byHand = Recommender.Create(BuiltInCatalogs.CustomerService, _clock, exchangeRates: BuiltInCatalogs.CustomerServiceExchangeRates);
        Assert.Equal(
            byHand.Recommend(profile).Paths.Select(p => (string.Join(">", p.RoleIds), p.Score.Total)),
            provider.GetRequiredService<Recommender>().Recommend(profile).Paths.Select(p => (string.Join(">", p.RoleIds), p.Score.Total)));
        var readiness = provider.GetRequiredService<CareerAssessor>().AssessReadiness(profile, "cs-specialist");
        Assert.Equal(Today, readiness.AsOf);
        Assert.Equal(CareerAssessor.Create(BuiltInCatalogs.CustomerService, _clock).AssessReadiness(profile, "cs-specialist").ReadyDate, readiness.ReadyDate);
    }

    [Fact]
    public void Without_a_clock_registered_it_registers_the_system_clock()
    {
        using var provider = new ServiceCollection().AddCareerModel().BuildServiceProvider();

#pragma warning disable RS0030 // The test checks that the system clock is what an application gets by default.
        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
#pragma warning restore RS0030
    }

    [Fact]
    public void The_options_zone_decides_which_day_today_is()
    {
        // 2026-12-03 00:00 UTC is still 2 December in New York.
        var newYork = DateTimeZoneProviders.Tzdb["America/New_York"];
        using var provider = Provider(o => o.Zone = newYork);
        var profile = ProfileJson.ReadFile(Examples("customer-service.profile.json"), BuiltInCatalogs.CustomerService);

        Assert.Equal(new LocalDate(2026, 12, 2), provider.GetRequiredService<CareerAssessor>().AssessReadiness(profile, "cs-specialist").AsOf);
    }

    [Fact]
    public void A_catalog_file_is_read_in_the_documented_format()
    {
        using var provider = Provider(o => o.UseCatalogFile(Examples("customer-service.catalog.json")));

        var catalog = provider.GetRequiredService<CareerCatalog>();
        Assert.Equal(
            CareerCatalogJson.ReadFile(Examples("customer-service.catalog.json")).Roles.Select(r => r.Id),
            catalog.Roles.Select(r => r.Id));
        Assert.Same(catalog, provider.GetRequiredService<Recommender>().Catalog);
        Assert.Null(provider.GetRequiredService<RegionalPay>().ExchangeRates);
    }

    [Fact]
    public void Exchange_rates_set_in_the_options_are_the_ones_used()
    {
        var rates = ExchangeRateTable.Create([new ExchangeRate(Currency.EUR, Currency.USD, 1.1m, Today)]);
        using var provider = Provider(o => o.UseCatalogFile(Examples("customer-service.catalog.json")).ExchangeRates = rates);

        Assert.Same(rates, provider.GetRequiredService<RegionalPay>().ExchangeRates);
    }

    [Fact]
    public void An_onet_release_is_imported_with_its_wages()
    {
        using var provider = Provider(o => o.UseOnet(OnetDataFolders.Onet, OnetDataFolders.OewsFile));

        var catalog = provider.GetRequiredService<CareerCatalog>();
        Assert.True(catalog.TryGetRole("43-4051.00", out var representatives), "Customer Service Representatives are an O*NET occupation");
        Assert.NotEmpty(representatives.PayBands);
        Assert.True(catalog.Roles.Count > 800);
    }

    [Fact]
    public void A_catalog_the_application_made_is_used_as_it_is()
    {
        var catalog = CareerCatalogJson.ReadFile(Examples("customer-service.catalog.json"));
        using var provider = Provider(o => o.UseCatalog(catalog));

        Assert.Same(catalog, provider.GetRequiredService<CareerCatalog>());
    }

    [Fact]
    public async Task An_invalid_catalog_file_stops_the_host_from_starting_with_every_problem_and_its_line()
    {
        var text = File.ReadAllText(Examples("customer-service.catalog.json"))
            .Replace("\"cs-junior-specialist\"", "\"Not An Id\"", StringComparison.Ordinal);
        var path = WriteFile("broken.catalog.json", text);
        var expected = Assert.Throws<CareerJsonException>(() => CareerCatalogJson.ReadFile(path)).Problems;
        using var host = Host(o => o.UseCatalogFile(path));

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.True(expected.Count > 1, "the broken id is used in more than one place");
        Assert.Equal(expected.Select(p => $"{path}:{p.Line}:{p.Column}: {p.Path}: {p.Message}"), e.Failures);
    }

    [Fact]
    public async Task A_missing_catalog_file_is_named_at_start_up()
    {
        var path = Path.Combine(_folder, "nowhere.json");
        using var host = Host(o => o.UseCatalogFile(path));

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal([$"UseCatalogFile(\"{path}\"): the catalog file '{path}' does not exist."], e.Failures);
    }

    [Fact]
    public async Task A_missing_onet_folder_and_wage_file_are_both_named_at_start_up()
    {
        var folder = Path.Combine(_folder, "onet");
        var oews = Path.Combine(_folder, "oews.tsv");
        using var host = Host(o => o.UseOnet(folder, oews));

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal(2, e.Failures.Count());
        Assert.Contains($"the O*NET folder '{folder}' does not exist", e.Failures.First(), StringComparison.Ordinal);
        Assert.Contains($"the OEWS wage file '{oews}' does not exist", e.Failures.Last(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_onet_file_is_named_with_its_line_and_column_at_start_up()
    {
        var release = Path.Combine(_folder, "onet");
        Directory.CreateDirectory(release);
        foreach (var file in Directory.GetFiles(OnetDataFolders.Onet))
            File.Copy(file, Path.Combine(release, Path.GetFileName(file)));
        var jobZones = Path.Combine(release, "Job Zones.tsv");
        var lines = File.ReadAllLines(jobZones);
        lines[1] = string.Join('\t', lines[1].Split('\t').Select((field, i) => i == 2 ? "9" : field));
        File.WriteAllLines(jobZones, lines);
        using var host = Host(o => o.UseOnet(release));

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        var failure = Assert.Single(e.Failures);
        Assert.StartsWith($"{jobZones}:2:", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_catalog_sources_are_refused_not_resolved_last_wins()
    {
        using var host = Host(o => o.UseBuiltInCatalog().UseCatalogFile(Examples("customer-service.catalog.json")));

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        var failure = Assert.Single(e.Failures);
        Assert.Equal($"CareerModelOptions: choose one catalog source; 2 were chosen: UseBuiltInCatalog(), UseCatalogFile(\"{Examples("customer-service.catalog.json")}\").", failure);
    }

    [Fact]
    public async Task A_null_zone_is_refused_at_start_up()
    {
        using var host = Host(o => o.Zone = null!);

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("CareerModelOptions.Zone: is null", Assert.Single(e.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_catalog_is_loaded_once_at_start_up_and_then_handed_out()
    {
        var path = WriteFile("catalog.json", File.ReadAllText(Examples("customer-service.catalog.json")));
        var expected = CareerCatalogJson.ReadFile(path).Roles.Select(role => role.Id).ToList();
        using var host = Host(o => o.UseCatalogFile(path));
        await host.StartAsync();

        // Were it read again on first use, the missing file would throw now.
        File.Delete(path);

        Assert.Equal(expected, host.Services.GetRequiredService<CareerCatalog>().Roles.Select(role => role.Id));
        await host.StopAsync();
    }

    [Fact]
    public void Without_a_host_the_same_check_runs_when_the_catalog_is_first_resolved()
    {
        var path = Path.Combine(_folder, "nowhere.json");
        using var provider = Provider(o => o.UseCatalogFile(path));

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<Recommender>());

        Assert.Contains("does not exist", Assert.Single(e.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void The_options_defaults_are_utc_local_market_pay_and_the_built_in_catalog()
    {
        var options = new CareerModelOptions();

        Assert.Same(DateTimeZone.Utc, options.Zone);
        Assert.Same(PayPolicy.LocalMarket, options.PayPolicy);
        Assert.Null(options.ExchangeRates);
        Assert.Null(options.LearningTimes);
        Assert.Empty(options.Sources);
        Assert.Equal("UseBuiltInCatalog()", options.Source.Description);
    }

    [Fact]
    public void Null_arguments_are_refused_by_name()
    {
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddCareerModel()).ParamName);
        Assert.Equal("configure", Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddCareerModel(null!)).ParamName);
        Assert.Equal("catalog", Assert.Throws<ArgumentNullException>(() => new CareerModelOptions().UseCatalog(null!)).ParamName);
    }
}
