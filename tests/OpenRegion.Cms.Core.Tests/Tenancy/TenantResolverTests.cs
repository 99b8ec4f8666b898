using System.Globalization;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Core.Tests.Tenancy;

public sealed class TenantResolverTests
{
    private static TenantRoute Route(string id, string prefix = "", bool isDefault = false, params string[] hosts) =>
        new(id, hosts, prefix, isDefault);

    /// <summary>Routes where, for "example.ma/azilal", every level of precedence has a candidate.</summary>
    private static List<TenantRoute> AllLevels() =>
    [
        Route("default"),
        Route("wildcard", "", false, "*.ma"),
        Route("prefix", "azilal"),
        Route("host", "", false, "example.ma"),
        Route("host-and-prefix", "azilal", false, "example.ma"),
    ];

    [Fact]
    public void Host_and_prefix_wins_over_host_prefix_wildcard_and_default()
    {
        var resolver = new TenantResolver(AllLevels());

        resolver.Resolve("example.ma", "/azilal/news").ShouldBe(new TenantMatch("host-and-prefix", "/azilal"));
    }

    [Fact]
    public void Host_wins_over_prefix_wildcard_and_default_when_no_host_and_prefix_route_matches()
    {
        var resolver = new TenantResolver(AllLevels().Where(r => r.TenantId != "host-and-prefix"));

        resolver.Resolve("example.ma", "/azilal/news").ShouldBe(new TenantMatch("host", ""));
    }

    [Fact]
    public void Host_route_wins_over_a_prefix_only_route_matching_the_first_segment()
    {
        var resolver = new TenantResolver([Route("azilal", "azilal"), Route("site", "", false, "example.ma")]);

        resolver.Resolve("example.ma", "/azilal/news").ShouldBe(new TenantMatch("site", ""));
        resolver.Resolve("other.ma", "/azilal/news").ShouldBe(new TenantMatch("azilal", "/azilal"));
    }

    [Fact]
    public void Prefix_wins_over_wildcard_and_default_when_no_host_route_matches()
    {
        var resolver = new TenantResolver(AllLevels());

        resolver.Resolve("unknown.ma", "/azilal/news").ShouldBe(new TenantMatch("prefix", "/azilal"));
    }

    [Fact]
    public void Wildcard_host_wins_over_default_when_no_host_or_prefix_route_matches()
    {
        var resolver = new TenantResolver(AllLevels());

        resolver.Resolve("unknown.ma", "/news").ShouldBe(new TenantMatch("wildcard", ""));
    }

    [Fact]
    public void Default_tenant_answers_when_nothing_else_matches()
    {
        var resolver = new TenantResolver(AllLevels());

        resolver.Resolve("example.org", "/news").ShouldBe(new TenantMatch("default", ""));
    }

    [Fact]
    public void Host_and_prefix_route_does_not_answer_on_its_host_without_the_prefix()
    {
        var resolver = new TenantResolver([Route("region"), Route("azilal", "azilal", false, "example.ma")]);

        resolver.Resolve("example.ma", "/news").ShouldBe(new TenantMatch("region", ""));
        resolver.Resolve("example.ma", "/").ShouldBe(new TenantMatch("region", ""));
    }

    [Fact]
    public void Prefix_matches_the_first_path_segment_only()
    {
        var resolver = new TenantResolver([Route("azilal", "azilal")]);

        resolver.Resolve("example.ma", "/azilal").ShouldBe(new TenantMatch("azilal", "/azilal"));
        resolver.Resolve("example.ma", "/azilal/").ShouldBe(new TenantMatch("azilal", "/azilal"));
        resolver.Resolve("example.ma", "/azilal/pages/x").ShouldBe(new TenantMatch("azilal", "/azilal"));
        resolver.Resolve("example.ma", "/pages/azilal").ShouldBeNull();
    }

    [Fact]
    public void Prefix_matching_is_case_insensitive_and_keeps_the_request_casing_in_the_returned_prefix()
    {
        var resolver = new TenantResolver([Route("azilal", "azilal")]);

        var match = resolver.Resolve("example.ma", "/Azilal/x").ShouldNotBeNull();

        match.TenantId.ShouldBe("azilal");
        match.Prefix.ShouldBe("/Azilal");
    }

    [Fact]
    public void Route_prefix_is_normalized_from_slashes_and_casing()
    {
        var resolver = new TenantResolver([Route("azilal", " /Azilal/ ")]);

        resolver.Resolve("example.ma", "/azilal/x").ShouldBe(new TenantMatch("azilal", "/azilal"));
    }

    [Fact]
    public void Prefix_does_not_match_a_segment_that_only_starts_with_it()
    {
        var resolver = new TenantResolver([Route("azilal", "azilal")]);

        resolver.Resolve("example.ma", "/azilalx").ShouldBeNull();
        resolver.Resolve("example.ma", "/azilalx/azilal").ShouldBeNull();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("")]
    [InlineData(null)]
    public void Root_empty_or_missing_path_resolves_to_the_default_tenant_not_a_prefix_tenant(string? path)
    {
        var resolver = new TenantResolver([Route("azilal", "azilal"), Route("region")]);

        resolver.Resolve("example.ma", path).ShouldBe(new TenantMatch("region", ""));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("")]
    public void Root_or_empty_path_resolves_by_host(string path)
    {
        var resolver = new TenantResolver([Route("azilal", "azilal"), Route("site", "", false, "example.ma")]);

        resolver.Resolve("example.ma", path).ShouldBe(new TenantMatch("site", ""));
    }

    [Fact]
    public void Host_with_port_matches_a_host_route_without_port()
    {
        var resolver = new TenantResolver([Route("site", "", false, "example.ma"), Route("azilal", "azilal", false, "example.ma")]);

        resolver.Resolve("example.ma:5000", "/").ShouldBe(new TenantMatch("site", ""));
        resolver.Resolve("example.ma:5000", "/azilal").ShouldBe(new TenantMatch("azilal", "/azilal"));
    }

    [Fact]
    public void Host_route_with_port_matches_only_that_port()
    {
        var resolver = new TenantResolver([Route("dev", "", false, "localhost:5000")]);

        resolver.Resolve("localhost:5000", "/").ShouldBe(new TenantMatch("dev", ""));
        resolver.Resolve("localhost:5001", "/").ShouldBeNull();
    }

    [Fact]
    public void Host_matching_is_case_insensitive()
    {
        var resolver = new TenantResolver([Route("site", "", false, "Example.MA")]);

        resolver.Resolve("EXAMPLE.ma", "/").ShouldBe(new TenantMatch("site", ""));
    }

    [Fact]
    public void Ipv6_host_with_port_matches_the_bracketed_address_route()
    {
        var resolver = new TenantResolver([Route("local", "", false, "[::1]"), Route("azilal", "azilal", false, "[::1]")]);

        resolver.Resolve("[::1]:5000", "/").ShouldBe(new TenantMatch("local", ""));
        resolver.Resolve("[::1]", "/").ShouldBe(new TenantMatch("local", ""));
        resolver.Resolve("[::1]:5000", "/azilal/x").ShouldBe(new TenantMatch("azilal", "/azilal"));
    }

    [Fact]
    public void Ipv6_host_without_port_is_not_cut_at_its_last_colon()
    {
        // "[::1]" cut at its last colon would give "[:".
        var resolver = new TenantResolver([Route("truncated", "", false, "[:")]);

        resolver.Resolve("[::1]", "/").ShouldBeNull();
    }

    [Theory]
    [InlineData("azilal.communes.ma")]
    [InlineData("a.b.communes.ma")]
    [InlineData("Azilal.Communes.MA:8080")]
    public void Wildcard_host_matches_any_subdomain(string host)
    {
        var resolver = new TenantResolver([Route("communes", "", false, "*.communes.ma")]);

        resolver.Resolve(host, "/").ShouldBe(new TenantMatch("communes", ""));
    }

    [Theory]
    [InlineData("communes.ma")]
    [InlineData("xcommunes.ma")]
    [InlineData("communes.ma.evil.org")]
    public void Wildcard_host_does_not_match_the_bare_domain_or_look_alikes(string host)
    {
        var resolver = new TenantResolver([Route("communes", "", false, "*.communes.ma")]);

        resolver.Resolve(host, "/").ShouldBeNull();
    }

    [Fact]
    public void Longer_wildcard_suffix_wins_whatever_the_route_order()
    {
        var routes = new[] { Route("morocco", "", false, "*.ma"), Route("communes", "", false, "*.communes.ma") };

        new TenantResolver(routes).Resolve("azilal.communes.ma", "/").ShouldBe(new TenantMatch("communes", ""));
        new TenantResolver(routes.Reverse()).Resolve("azilal.communes.ma", "/").ShouldBe(new TenantMatch("communes", ""));
        new TenantResolver(routes).Resolve("gov.ma", "/").ShouldBe(new TenantMatch("morocco", ""));
    }

    [Fact]
    public void Wildcard_with_prefix_wins_over_the_same_wildcard_without_prefix_when_the_segment_matches()
    {
        var resolver = new TenantResolver(
        [
            Route("communes", "", false, "*.communes.ma"),
            Route("azilal", "azilal", false, "*.communes.ma"),
        ]);

        resolver.Resolve("x.communes.ma", "/azilal/news").ShouldBe(new TenantMatch("azilal", "/azilal"));
        resolver.Resolve("x.communes.ma", "/news").ShouldBe(new TenantMatch("communes", ""));
    }

    [Fact]
    public void Unknown_host_resolves_to_null_when_every_tenant_has_host_names()
    {
        var resolver = new TenantResolver(
        [
            Route("region", "", false, "region.ma"),
            Route("azilal", "azilal", false, "region.ma"),
            Route("communes", "", false, "*.communes.ma"),
        ]);

        resolver.Resolve("unknown.org", "/").ShouldBeNull();
        resolver.Resolve("unknown.org", "/azilal").ShouldBeNull();
        resolver.Resolve(null, "/").ShouldBeNull();
    }

    [Fact]
    public void Route_without_host_or_prefix_is_the_default_tenant()
    {
        var resolver = new TenantResolver([Route("azilal", "azilal", false, "example.ma"), Route("region")]);

        resolver.Resolve("anything.org", "/whatever").ShouldBe(new TenantMatch("region", ""));
    }

    [Fact]
    public void First_route_without_host_or_prefix_is_the_default_when_none_is_flagged()
    {
        var resolver = new TenantResolver([Route("first"), Route("second")]);

        resolver.Resolve("example.ma", "/").ShouldBe(new TenantMatch("first", ""));
    }

    [Fact]
    public void Route_flagged_as_default_wins_over_an_earlier_route_without_host_or_prefix()
    {
        var resolver = new TenantResolver([Route("earlier"), Route("region", "", isDefault: true), Route("later")]);

        resolver.Resolve("example.ma", "/").ShouldBe(new TenantMatch("region", ""));
    }

    [Fact]
    public void Resolution_with_1515_prefixed_communes_finds_each_one()
    {
        var routes = Enumerable.Range(1, 1515)
            .Select(i => Route("c" + i.ToString("D4", CultureInfo.InvariantCulture), "c" + i.ToString("D4", CultureInfo.InvariantCulture)))
            .Append(Route("region", "", isDefault: true))
            .ToList();
        var resolver = new TenantResolver(routes);

        for (var i = 1; i <= 1515; i++)
        {
            var id = "c" + i.ToString("D4", CultureInfo.InvariantCulture);
            resolver.Resolve("region.ma", $"/{id}/pages").ShouldBe(new TenantMatch(id, "/" + id));
        }

        resolver.Resolve("region.ma", "/c1516").ShouldBe(new TenantMatch("region", ""));
        resolver.Resolve("region.ma", "/c0000").ShouldBe(new TenantMatch("region", ""));
        resolver.Resolve("region.ma", "/").ShouldBe(new TenantMatch("region", ""));
    }

    [Fact]
    public void First_route_wins_when_two_routes_claim_the_same_prefix()
    {
        var resolver = new TenantResolver([Route("first", "azilal"), Route("second", "azilal")]);

        resolver.Resolve("example.ma", "/azilal").ShouldBe(new TenantMatch("first", "/azilal"));
    }

    [Fact]
    public void Wildcard_host_with_port_is_refused_at_creation_since_wildcards_match_host_names_only()
    {
        var error = Should.Throw<TenantValidationException>(() => TenantDefinitionValidator.Validate(
            new TenantDefinition { Id = "communes", NameAr = "ج", NameFr = "C", HostNames = ["*.communes.ma:5000"] }, []));

        error.Field.ShouldBe("HostNames");
    }
}
