using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Core.Tests.Tenancy;

public sealed class TenantDefinitionValidatorTests
{
    private static TenantDefinition Commune(string id = "azilal", string prefix = "azilal", params string[] hosts) => new()
    {
        Id = id,
        NameAr = "جماعة أزيلال",
        NameFr = "Commune d'Azilal",
        Kind = TenantKind.Commune,
        ParentId = "region",
        Population = 30324,
        UrlPrefix = prefix,
        HostNames = hosts,
        Recipe = "commune",
    };

    private static Tenant Existing(string id, string prefix = "", params string[] hosts) => new()
    {
        Id = id,
        NameAr = "جماعة",
        NameFr = "Commune",
        UrlPrefix = prefix,
        HostNames = [.. hosts],
    };

    private static TenantValidationException Refused(TenantDefinition definition, params Tenant[] existing) =>
        Should.Throw<TenantValidationException>(() => TenantDefinitionValidator.Validate(definition, existing));

    [Fact]
    public void Valid_commune_is_accepted()
    {
        Should.NotThrow(() => TenantDefinitionValidator.Validate(Commune(), [Existing("region"), Existing("beni-mellal", "beni-mellal")]));
    }

    [Fact]
    public void Valid_commune_with_host_names_and_no_prefix_is_accepted()
    {
        Should.NotThrow(() => TenantDefinitionValidator.Validate(
            Commune("azilal", "", "azilal.ma", "www.azilal.ma:8443", "*.azilal.communes.ma"), [Existing("region")]));
    }

    [Theory]
    [InlineData("a1")]
    [InlineData("beni-mellal")]
    [InlineData("c0001")]
    public void Lowercase_ids_starting_with_a_letter_are_accepted(string id)
    {
        Should.NotThrow(() => TenantDefinitionValidator.Validate(Commune(id), []));
    }

    [Theory]
    [InlineData("Azilal")]
    [InlineData("AZILAL")]
    [InlineData("1azilal")]
    [InlineData("-azilal")]
    [InlineData("a")]
    [InlineData("")]
    [InlineData("beni mellal")]
    [InlineData("beni_mellal")]
    [InlineData("أزيلال")]
    public void Bad_ids_are_refused_on_field_Id(string id)
    {
        Refused(Commune(id)).Field.ShouldBe("Id");
    }

    [Fact]
    public void Id_of_63_characters_is_accepted_and_of_64_refused()
    {
        Should.NotThrow(() => TenantDefinitionValidator.Validate(Commune("a" + new string('b', 62)), []));
        Refused(Commune("a" + new string('b', 63))).Field.ShouldBe("Id");
    }

    [Theory]
    [InlineData("", "Commune d'Azilal")]
    [InlineData("   ", "Commune d'Azilal")]
    [InlineData("جماعة أزيلال", "")]
    [InlineData("جماعة أزيلال", " ")]
    public void Missing_Arabic_or_French_name_is_refused_on_field_Name(string nameAr, string nameFr)
    {
        Refused(Commune() with { NameAr = nameAr, NameFr = nameFr }).Field.ShouldBe("Name");
    }

    [Fact]
    public void Negative_population_is_refused_on_field_Population()
    {
        Refused(Commune() with { Population = -1 }).Field.ShouldBe("Population");
    }

    [Fact]
    public void Zero_or_unknown_population_is_accepted()
    {
        Should.NotThrow(() => TenantDefinitionValidator.Validate(Commune() with { Population = 0 }, []));
        Should.NotThrow(() => TenantDefinitionValidator.Validate(Commune() with { Population = null }, []));
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("Admin")]
    [InlineData("/admin/")]
    [InlineData("health")]
    [InlineData("account")]
    [InlineData("setup")]
    [InlineData("culture")]
    [InlineData("css")]
    [InlineData("js")]
    [InlineData("lib")]
    [InlineData("img")]
    [InlineData("api")]
    [InlineData("assets")]
    [InlineData("_content")]
    [InlineData("_framework")]
    public void Reserved_prefixes_are_refused_on_field_UrlPrefix(string prefix)
    {
        Refused(Commune(prefix: prefix)).Field.ShouldBe("UrlPrefix");
    }

    [Theory]
    [InlineData("beni mellal")]
    [InlineData("azilal/news")]
    [InlineData("1azilal")]
    [InlineData("a")]
    [InlineData("أزيلال")]
    public void Prefixes_that_are_not_a_single_lowercase_word_are_refused_on_field_UrlPrefix(string prefix)
    {
        Refused(Commune(prefix: prefix)).Field.ShouldBe("UrlPrefix");
    }

    [Fact]
    public void Prefix_is_normalized_before_being_checked()
    {
        Should.NotThrow(() => TenantDefinitionValidator.Validate(Commune(prefix: " /Azilal/ "), []));
    }

    [Theory]
    [InlineData("")]
    [InlineData("exa mple.ma")]
    [InlineData("-example.ma")]
    [InlineData("example-.ma")]
    [InlineData("example..ma")]
    [InlineData("http://example.ma")]
    [InlineData("example.ma/azilal")]
    [InlineData("example.ma:port")]
    [InlineData("example.ma:123456")]
    [InlineData("*example.ma")]
    [InlineData("a.*.example.ma")]
    [InlineData("أزيلال.ma")]
    [InlineData("under_score.ma")]
    public void Invalid_host_names_are_refused_on_field_HostNames(string host)
    {
        Refused(Commune("azilal", "azilal", "azilal.ma", host)).Field.ShouldBe("HostNames");
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("localhost:5000")]
    [InlineData("Azilal.MA")]
    [InlineData(" azilal.ma ")]
    [InlineData("*.communes.ma")]
    [InlineData("127.0.0.1")]
    [InlineData("xn--mgbh0fb.ma")]
    public void Valid_host_names_are_accepted(string host)
    {
        Should.NotThrow(() => TenantDefinitionValidator.Validate(Commune("azilal", "azilal", host), []));
    }

    [Fact]
    public void Duplicate_id_is_refused_on_field_Id()
    {
        var exception = Refused(Commune("azilal", "other-prefix"), Existing("region"), Existing("azilal", "azilal"));

        exception.Field.ShouldBe("Id");
    }

    [Fact]
    public void Duplicate_prefix_without_hosts_is_refused_on_field_UrlPrefix()
    {
        var exception = Refused(Commune("azilal-2", "azilal"), Existing("region"), Existing("azilal", "azilal"));

        exception.Field.ShouldBe("UrlPrefix");
    }

    [Fact]
    public void Duplicate_prefix_is_detected_whatever_its_casing_or_slashes()
    {
        Refused(Commune("azilal-2", "/Azilal/"), Existing("azilal", "azilal")).Field.ShouldBe("UrlPrefix");
    }

    [Fact]
    public void Duplicate_prefix_on_a_shared_host_is_refused_on_field_UrlPrefix()
    {
        var exception = Refused(Commune("azilal-2", "azilal", "b.ma", "Shared.ma"), Existing("azilal", "azilal", "a.ma", "shared.ma"));

        exception.Field.ShouldBe("UrlPrefix");
    }

    [Fact]
    public void Same_prefix_on_different_hosts_is_accepted()
    {
        Should.NotThrow(() => TenantDefinitionValidator.Validate(
            Commune("azilal-2", "azilal", "two.ma"), [Existing("azilal", "azilal", "one.ma")]));
    }

    [Fact]
    public void Same_prefix_with_hosts_as_an_existing_host_less_tenant_is_accepted()
    {
        Should.NotThrow(() => TenantDefinitionValidator.Validate(
            Commune("azilal-2", "azilal", "two.ma"), [Existing("azilal", "azilal")]));
    }

    [Fact]
    public void Two_tenants_without_prefix_on_the_same_host_are_refused_on_field_HostNames()
    {
        var exception = Refused(Commune("site-2", "", "other.ma", "example.ma"), Existing("site", "", "EXAMPLE.ma"));

        exception.Field.ShouldBe("HostNames");
    }

    [Fact]
    public void Two_tenants_without_prefix_nor_host_are_refused_on_field_HostNames()
    {
        var exception = Refused(Commune("region-2", ""), Existing("region"));

        exception.Field.ShouldBe("HostNames");
    }

    [Fact]
    public void Tenant_without_prefix_on_its_own_host_is_accepted_beside_a_host_less_root_tenant()
    {
        Should.NotThrow(() => TenantDefinitionValidator.Validate(Commune("site", "", "example.ma"), [Existing("region")]));
    }

    [Fact]
    public void Id_with_a_trailing_newline_is_refused_on_field_Id()
    {
        Refused(Commune("azilal\n")).Field.ShouldBe("Id");
    }

    [Fact]
    public void Exception_message_is_not_empty()
    {
        Refused(Commune("Bad")).Message.ShouldNotBeNullOrWhiteSpace();
    }
}
