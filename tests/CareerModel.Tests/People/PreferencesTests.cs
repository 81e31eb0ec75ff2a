using CareerModel.Careers;
using CareerModel.Catalogs;
using CareerModel.People;

namespace CareerModel.Tests.People;

public class PreferencesTests
{
    private static readonly CareerCatalog Catalog = BuiltInCatalogs.CustomerService;

    [Fact]
    public void Choices_are_kept_sorted_and_without_repeats_so_order_does_not_matter()
    {
        var a = new Preferences([CareerTrack.Management, CareerTrack.IndividualContributor], ["sales", "customer-service", "sales"], RemoteWork.Hybrid, ["PT", "DE"]);
        var b = new Preferences([CareerTrack.IndividualContributor, CareerTrack.Management], ["customer-service", "sales"], RemoteWork.Hybrid, ["DE", "PT"]);

        Assert.Equal(a, b);
        Assert.Equal(["customer-service", "sales"], a.Families);
        Assert.Equal("tracks: IndividualContributor, Management; families: customer-service, sales; remote: Hybrid or more; regions: DE, PT", a.ToString());
    }

    [Fact]
    public void No_preferences_match_every_role()
    {
        Assert.All(Catalog.Roles, role => Assert.True(Preferences.None.Matches(role)));
        Assert.Equal("no preferences", Preferences.None.ToString());
    }

    [Fact]
    public void A_wish_for_remote_management_in_customer_service_excludes_the_hybrid_team_lead()
    {
        var remoteLead = new Preferences([CareerTrack.Management], ["customer-service"], RemoteWork.Remote);
        var hybridLead = new Preferences([CareerTrack.Management], ["customer-service"], RemoteWork.Hybrid);

        Assert.False(remoteLead.Matches(Catalog.GetRole("cs-team-lead")));
        Assert.True(hybridLead.Matches(Catalog.GetRole("cs-team-lead")));
        Assert.False(hybridLead.Matches(Catalog.GetRole("cs-specialist")));
    }

    [Fact]
    public void A_malformed_family_or_region_id_is_refused()
    {
        Assert.Equal("families", Assert.Throws<ArgumentException>(() => new Preferences(families: ["customer service"])).ParamName);
        Assert.Equal("regionIds", Assert.Throws<ArgumentException>(() => new Preferences(regionIds: [""])).ParamName);
        Assert.Equal("minimumRemoteWork", Assert.Throws<ArgumentOutOfRangeException>(() => new Preferences(minimumRemoteWork: (RemoteWork)9)).ParamName);
    }
}
