using System.Net;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Web.Tests.Tenancy;

/// <summary>
/// The platform administrator's tenant list on a real database: many tenants, searched (accents and Arabic diacritics
/// ignored), filtered and paged, with each shown tenant's usage; a commune is created only under a province.
/// </summary>
public abstract class TenantListTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PlatformFactory
{
    private Task<BrowserSession> AdminAsync() => PlatformUsers.PlatformAdminAsync(factory);

    [Fact]
    public async Task Many_tenants_are_searched_filtered_and_paged_with_their_usage()
    {
        var tenants = factory.Service<TenantService>();
        var tag = Guid.NewGuid().ToString("N")[..5];
        for (var i = 1; i <= 30; i++)
        {
            await tenants.CreateAsync(new TenantDefinition
            {
                Id = $"t{tag}-{i:00}", NameAr = $"جماعة تَجْرِبة {tag} {i:00}", NameFr = $"Commune d'Essai {tag} {i:00}", ParentId = "province-azilal", UrlPrefix = $"t{tag}-{i:00}",
            });
        }

        var admin = await AdminAsync();
        var first = await admin.GetTextAsync($"/admin/tenants?culture=fr&q=essai+{tag}");
        first.ShouldContain("30 sites trouvés ; page 1 sur 2.");
        first.ShouldContain($"t{tag}-01");
        first.ShouldNotContain($"t{tag}-26");
        var second = await admin.GetTextAsync($"/admin/tenants?culture=fr&q=essai+{tag}&p=2");
        second.ShouldContain($"t{tag}-26");
        second.ShouldNotContain($"t{tag}-01<");
        (await admin.GetTextAsync($"/admin/tenants?culture=fr&q=تجربة+{tag}+07")).ShouldContain("1 sites trouvés"); // the diacritics of the stored name do not matter
        (await admin.GetTextAsync($"/admin/tenants?culture=fr&q={tag}&state=Disabled")).ShouldContain("0 sites trouvés");

        // The demo's Béni Mellal: its content, its members and its files are counted.
        var beniMellal = await admin.GetTextAsync("/admin/tenants?culture=fr&q=beni-mellal&kind=Commune");
        beniMellal.ShouldContain("1 sites trouvés");
        beniMellal.ShouldMatch(@"<td>[1-9]\d*</td>"); // content items
    }

    [Fact]
    public async Task A_commune_is_created_only_under_a_province()
    {
        var admin = await AdminAsync();
        var page = "/admin/onboarding?culture=fr";
        var tag = Guid.NewGuid().ToString("N")[..5];
        Dictionary<string, string> Fields(string parent) => new()
        {
            ["Site.Id"] = "c" + tag, ["Site.NameAr"] = "جماعة تاكلفت", ["Site.NameFr"] = "Commune de Tagleft", ["Site.Kind"] = "Commune", ["Site.ParentId"] = parent, ["Site.UrlPrefix"] = "c" + tag,
            ["Site.Population"] = "9000", ["Appearance.MainColour"] = "#1f6b34", ["Appearance.LinksColour"] = "#125a9c",
        };

        foreach (var parent in new[] { "", "region", "nope" })
        {
            var refused = await admin.PostAsync(page, Fields(parent), await admin.TokenAsync(page));
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await refused.Content.ReadAsStringAsync()).ShouldContain("Choisissez la province de la commune.");
        }

        factory.Service<TenantRegistry>().Find("c" + tag).ShouldBeNull();
        var created = await admin.PostAsync(page, Fields("province-azilal"), await admin.TokenAsync(page));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var tenant = factory.Service<TenantRegistry>().Find("c" + tag).ShouldNotBeNull();
        tenant.ParentId.ShouldBe("province-azilal");
        tenant.State.ShouldBe(TenantState.Running);
    }
}

public sealed class SqliteTenantListTests(SqlitePlatformFactory factory) : TenantListTests<SqlitePlatformFactory>(factory);

public sealed class PostgresTenantListTests(PostgresPlatformFactory factory) : TenantListTests<PostgresPlatformFactory>(factory);
