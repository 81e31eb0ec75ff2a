using System.Collections.Concurrent;
using CareerModel.Careers;
using CareerModel.Catalogs;
using CareerModel.Geography;
using CareerModel.Monetary;
using CareerModel.Search;

namespace CareerModel.Tests.Search;

/// <summary>
/// Title search on the built-in customer-service catalog and on small hand-made ones: what is found
/// for what people type, the ranking tiers, ties, alternative titles, the refusals and sharing.
/// </summary>
public class RoleTitleSearchTests
{
    private static readonly RoleTitleSearch BuiltIn = RoleTitleSearch.Create(BuiltInCatalogs.CustomerService);

    private static CareerCatalog Catalog(params Role[] roles) =>
        CareerCatalog.CreateBuilder()
            .AddRegion(new Region("world", "World", RegionKind.World, Currency.USD))
            .AddRoles(roles)
            .Build();

    private static Role Role(string id, string title, params string[] alternatives) =>
        new Role(id, title, "f", CareerTrack.IndividualContributor, 1).WithAlternativeTitles(alternatives);

    private static string[] Ids(IEnumerable<TitleMatch> matches) => [.. matches.Select(m => m.Role.Id)];

    [Theory]
    [InlineData("Customer Service Team Lead", "cs-team-lead")]
    [InlineData("customer service team leads", "cs-team-lead")]
    [InlineData("TEAM LEAD, Customer-Service", "cs-team-lead")]
    [InlineData("director customer service", "cs-director")]
    [InlineData("Directors of Customer Services", "cs-director")]
    [InlineData("Téchnical Support Spécialists", "technical-support-specialist")]
    [InlineData("customer experience (CX) specialist", "cx-specialist")]
    [InlineData("remote/global customer service agent", "remote-global-agent")]
    public void A_title_as_people_type_it_finds_its_role_first_as_an_exact_match(string query, string id)
    {
        var first = BuiltIn.Find(query)[0];

        Assert.Equal(id, first.Role.Id);
        Assert.Equal(TitleMatchKind.Exact, first.Kind);
        Assert.True(first.IsPreferredTitle);
        Assert.Equal(first.Role.Title, first.Title);
        Assert.Equal(3.0, first.Score);
    }

    [Fact]
    public void An_exact_match_comes_before_titles_holding_every_word_which_come_before_partial_ones()
    {
        var matches = BuiltIn.Find("customer service specialist", RoleTitleSearch.MaxCount);

        Assert.Equal("cs-specialist", matches[0].Role.Id);
        Assert.Equal(TitleMatchKind.Exact, matches[0].Kind);
        var kinds = matches.Select(m => m.Kind).ToList();
        Assert.Equal(kinds.OrderByDescending(k => k), kinds);
        Assert.Equal(["ai-customer-service-specialist", "cs-junior-specialist", "cs-senior-specialist"],
            Ids(matches.Where(m => m.Kind == TitleMatchKind.AllWords)).Order(StringComparer.Ordinal));
        Assert.Contains(matches, m => m.Kind == TitleMatchKind.Partial && m.Role.Id == "cs-manager");
    }

    [Fact]
    public void Titles_holding_every_word_are_ordered_by_how_little_else_they_hold()
    {
        var matches = BuiltIn.Find("chat agent");

        Assert.Equal("live-chat-agent", matches[0].Role.Id);   // Live Chat and Messaging Agent: every word, and two more
        Assert.Equal(TitleMatchKind.AllWords, matches[0].Kind);
        Assert.Equal(TitleMatchKind.Partial, matches[1].Kind);
    }

    [Fact]
    public void A_query_sharing_no_word_with_any_title_finds_nothing()
    {
        Assert.Empty(BuiltIn.Find("astronaut"));
        Assert.Empty(BuiltIn.Find("   "));
        Assert.Empty(BuiltIn.Find("!!! / ---"));
    }

    [Fact]
    public void Words_no_title_has_make_the_match_partial_but_still_find_the_rest()
    {
        var first = BuiltIn.Find("senior customer service specialist astronaut")[0];

        Assert.Equal("cs-senior-specialist", first.Role.Id);
        Assert.Equal(TitleMatchKind.Partial, first.Kind);
        Assert.InRange(first.Score, 0.1, 1.0);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public void At_most_the_count_asked_for_is_returned(int count)
    {
        Assert.Equal(count, BuiltIn.Find("specialist", count).Count);
    }

    [Fact]
    public void Ten_matches_are_returned_by_default_and_fewer_when_fewer_roles_share_a_word()
    {
        Assert.Equal(10, BuiltIn.Find("customer").Count);
        Assert.Equal(2, BuiltIn.Find("retention").Count);
    }

    [Fact]
    public void A_role_is_found_by_an_alternative_title_and_the_match_says_which()
    {
        var search = RoleTitleSearch.Create(BuiltInCatalogs.CustomerService.ToBuilder()
            .AddRole(Role("call-centre-agent", "Contact Centre Agent", "Call Center Rep", "Telephone Operator"))
            .Build());

        var first = search.Find("call center reps")[0];

        Assert.Equal("call-centre-agent", first.Role.Id);
        Assert.Equal("Call Center Rep", first.Title);
        Assert.False(first.IsPreferredTitle);
        Assert.Equal(TitleMatchKind.Exact, first.Kind);
        Assert.Equal(2 + RoleTitleSearch.AlternativeTitleWeight, first.Score);
    }

    [Fact]
    public void A_role_is_listed_once_by_its_best_title()
    {
        var search = RoleTitleSearch.Create(Catalog(Role("nurse", "Nurse", "Registered Nurse", "Nurse Practitioner", "Theatre Nurse")));

        var match = Assert.Single(search.Find("registered nurses"));

        Assert.Equal("Registered Nurse", match.Title);
        Assert.Equal(TitleMatchKind.Exact, match.Kind);
    }

    [Fact]
    public void A_roles_own_title_goes_before_an_equal_alternative_title_of_another_role()
    {
        var search = RoleTitleSearch.Create(Catalog(Role("a-carer", "Care Worker", "Nurse"), Role("z-nurse", "Nurse")));

        var matches = search.Find("nurse");

        Assert.Equal(["z-nurse", "a-carer"], Ids(matches));
        Assert.Equal(3.0, matches[0].Score);
        Assert.Equal(2.95, matches[1].Score, 12);
    }

    [Fact]
    public void Equal_scores_are_ordered_by_role_id()
    {
        var search = RoleTitleSearch.Create(Catalog(Role("c-analyst", "Analyst"), Role("a-analyst", "Analyst"), Role("B-analyst", "Analyst")));

        Assert.Equal(["B-analyst", "a-analyst", "c-analyst"], Ids(search.Find("analysts")));
    }

    [Fact]
    public void A_rare_word_weighs_more_than_a_common_one()
    {
        var search = RoleTitleSearch.Create(Catalog(
            Role("a", "Payroll Manager"), Role("b", "Sales Manager"), Role("c", "Office Manager"), Role("d", "Payroll Clerk")));

        var matches = search.Find("payroll supervisor manager");

        // Neither title holds "supervisor"; sharing "payroll" (2 of 4 titles) beats sharing "manager" (3 of 4).
        Assert.Equal(["a", "d", "b", "c"], Ids(matches));
        Assert.All(matches, m => Assert.Equal(TitleMatchKind.Partial, m.Kind));
    }

    [Fact]
    public void Stop_words_do_not_count_so_head_of_sales_is_sales_head()
    {
        var search = RoleTitleSearch.Create(Catalog(Role("head-of-sales", "Head of Sales"), Role("sales", "Sales Assistant")));

        var first = search.Find("Sales Head")[0];

        Assert.Equal("head-of-sales", first.Role.Id);
        Assert.Equal(TitleMatchKind.Exact, first.Kind);
    }

    [Fact]
    public void A_title_of_symbols_alone_is_not_indexed()
    {
        var search = RoleTitleSearch.Create(Catalog(Role("a", "Agent", "???"), Role("b", "Lead")));

        Assert.Equal(2, search.TitleCount);
        Assert.Same(search.Catalog, search.Catalog);
    }

    [Fact]
    public void An_empty_catalog_finds_nothing()
    {
        var search = RoleTitleSearch.Create(Catalog());

        Assert.Equal(0, search.TitleCount);
        Assert.Empty(search.Find("agent"));
    }

    [Fact]
    public void The_built_in_catalog_has_one_title_a_role()
    {
        Assert.Equal(BuiltInCatalogs.CustomerService.Roles.Count, BuiltIn.TitleCount);
    }

    [Fact]
    public void A_match_describes_itself_in_the_invariant_culture()
    {
        Assert.Equal("Customer Service Team Lead (cs-team-lead): 'Customer Service Team Lead', exact, score 3", BuiltIn.Find("team lead customer service")[0].ToString());
        Assert.Equal("Live Chat and Messaging Agent (live-chat-agent): 'Live Chat and Messaging Agent', all words, score 1.474", BuiltIn.Find("chat agent")[0].ToString());
    }

    [Fact]
    public void A_null_catalog_or_query_is_refused()
    {
        Assert.Throws<ArgumentNullException>("catalog", () => RoleTitleSearch.Create(null!));
        Assert.Throws<ArgumentNullException>("query", () => BuiltIn.Find(null!));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(101)]
    public void A_count_outside_1_to_100_is_refused(int count)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(nameof(count), () => BuiltIn.Find("agent", count));

        Assert.StartsWith(FormattableString.Invariant($"count {count} must be from 1 to 100."), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_query_longer_than_256_characters_is_refused()
    {
        Assert.NotEmpty(BuiltIn.Find(new string('a', 250) + " agent"));

        var ex = Assert.Throws<ArgumentException>("query", () => BuiltIn.Find(new string('a', 257)));

        Assert.StartsWith("The query is 257 characters long; a title search takes at most 256.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_query_of_one_letter_words_is_read_whole()
    {
        var query = string.Join(' ', Enumerable.Repeat("x", 127)) + " a";

        Assert.Empty(BuiltIn.Find(query));
        Assert.Equal("ai-customer-service-specialist", BuiltIn.Find(string.Join(' ', Enumerable.Repeat("x", 126)) + " ai")[0].Role.Id);
    }

    [Fact]
    public void Eight_threads_sharing_one_search_get_exactly_the_single_threaded_results()
    {
        string[] queries = ["customer service", "team lead", "specialist", "chat agent", "retention", "support analyst", "director", "ai", "manager of customer success", "x"];
        var expected = queries.Select(q => string.Join("\n", BuiltIn.Find(q, 20))).ToArray();
        var mismatches = new ConcurrentBag<string>();

        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, thread =>
        {
            for (var round = 0; round < 200; round++)
            {
                var i = (thread + round) % queries.Length;
                var got = string.Join("\n", BuiltIn.Find(queries[i], 20));
                if (got != expected[i])
                    mismatches.Add($"{queries[i]}: {got}");
            }
        });

        Assert.Empty(mismatches);
    }
}
