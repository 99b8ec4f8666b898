using OpenRegion.Cms.Core.Search;

namespace OpenRegion.Cms.Core.Tests.Search;

public sealed class SearchIndexProviderTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly SearchIndexProvider _provider;

    public SearchIndexProviderTests()
    {
        _provider = new SearchIndexProvider(_folder.Path);
    }

    public void Dispose()
    {
        _provider.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void Tenants_are_isolated_even_with_the_same_id()
    {
        _provider.Publish(SearchSamples.Doc("news-1", "fr", "Coupure d'eau à Azilal", "Travaux sur le réseau d'eau.", tenantId: "azilal"));
        _provider.Publish(SearchSamples.Doc("news-1", "fr", "Conseil régional", "Session ordinaire du conseil.", tenantId: "region"));

        _provider.Search("region", "fr", new SearchQuery("eau")).TotalHits.ShouldBe(0);
        _provider.Search("azilal", "fr", new SearchQuery("eau")).Hits.ShouldHaveSingleItem().Title.ShouldBe("Coupure d'eau à Azilal");
        _provider.Search("region", "fr", new SearchQuery("conseil")).Hits.ShouldHaveSingleItem().Title.ShouldBe("Conseil régional");

        _provider.Unpublish("azilal", "fr", "news-1");

        _provider.Search("azilal", "fr", new SearchQuery("eau")).TotalHits.ShouldBe(0);
        _provider.Search("region", "fr", new SearchQuery("conseil")).TotalHits.ShouldBe(1);
    }

    [Fact]
    public void Cultures_are_separate_indexes_in_their_own_folders()
    {
        _provider.Publish(SearchSamples.Arabic());
        _provider.Publish(SearchSamples.French());

        _provider.Search("region", "ar", new SearchQuery("مشاركة")).TotalHits.ShouldBe(1);
        _provider.Search("region", "fr", new SearchQuery("مشاركة")).TotalHits.ShouldBe(0);
        Directory.Exists(_folder.Combine("region", "ar")).ShouldBeTrue();
        Directory.Exists(_folder.Combine("region", "fr")).ShouldBeTrue();
    }

    [Fact]
    public void Same_tenant_and_culture_give_the_same_index()
    {
        _provider.GetIndex("region", "fr").ShouldBeSameAs(_provider.GetIndex("region", "fr"));
        _provider.GetIndex("region", "fr").ShouldNotBeSameAs(_provider.GetIndex("region", "ar"));
    }

    [Fact]
    public void Concurrent_first_use_opens_one_index()
    {
        var indexes = new SearchIndex[16];
        Parallel.For(0, indexes.Length, i => indexes[i] = _provider.GetIndex("region", "en"));

        indexes.Distinct().Count().ShouldBe(1);
    }

    [Theory]
    [InlineData("../region")]
    [InlineData("region/fr")]
    [InlineData("Region")]
    [InlineData("r")]
    [InlineData("1region")]
    [InlineData("region\n")]
    [InlineData("")]
    public void Unsafe_tenant_ids_are_refused(string tenantId)
    {
        Should.Throw<ArgumentException>(() => _provider.GetIndex(tenantId, "fr"));
        Should.Throw<ArgumentException>(() => _provider.DeleteTenant(tenantId));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("FR")]
    [InlineData("..")]
    [InlineData("fr-MA")]
    public void Unsupported_cultures_are_refused(string culture)
    {
        Should.Throw<ArgumentException>(() => _provider.GetIndex("region", culture));
    }

    [Fact]
    public void Tamazight_and_english_indexes_open()
    {
        _provider.Publish(SearchSamples.Doc("zgh-1", "zgh", "ⵜⴰⵎⵏⴰⴹⵜ ⵏ ⴱⵏⵉ ⵎⵍⵍⴰⵍ", "ⵜⴰⵎⵏⴰⴹⵜ ⵏ ⴱⵏⵉ ⵎⵍⵍⴰⵍ ⵅⵏⵉⴼⵕⴰ"));
        _provider.Publish(SearchSamples.Doc("en-1", "en", "Open region", "The région joined the Open Government Partnership."));

        _provider.Search("region", "zgh", new SearchQuery("ⵜⴰⵎⵏⴰⴹⵜ")).TotalHits.ShouldBe(1);
        _provider.Search("region", "en", new SearchQuery("region")).TotalHits.ShouldBe(1);
    }

    [Fact]
    public void Delete_tenant_removes_its_folder_and_leaves_others()
    {
        _provider.Publish(SearchSamples.Doc("news-1", "fr", "Coupure d'eau", "Travaux sur le réseau d'eau.", tenantId: "azilal"));
        _provider.Publish(SearchSamples.Doc("news-1", "fr", "Coupure d'eau", "Travaux sur le réseau d'eau.", tenantId: "region"));

        _provider.DeleteTenant("azilal");

        Directory.Exists(_folder.Combine("azilal")).ShouldBeFalse();
        _provider.Search("region", "fr", new SearchQuery("eau")).TotalHits.ShouldBe(1);
        _provider.Search("azilal", "fr", new SearchQuery("eau")).TotalHits.ShouldBe(0);
    }

    [Fact]
    public void Dispose_closes_writers_so_the_folder_can_be_reopened()
    {
        using var folder = new TempDirectory();
        using (var provider = new SearchIndexProvider(folder.Path))
        {
            provider.Publish(SearchSamples.French());
        }

        using var again = new SearchIndexProvider(folder.Path);
        again.Search("region", "fr", new SearchQuery("plateforme")).TotalHits.ShouldBe(1);
    }

    [Fact]
    public void Disposed_provider_refuses_to_open_indexes()
    {
        using var folder = new TempDirectory();
        var provider = new SearchIndexProvider(folder.Path);
        provider.Dispose();

        Should.Throw<ObjectDisposedException>(() => provider.GetIndex("region", "fr"));
    }
}
