using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Data;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Web.Tests.Tenancy;

/// <summary>
/// A tenant's life on its administration page, through HTTP on a real database: renamed and given another address,
/// disabled and enabled, exported, deleted only once its identifier is typed (never the region, never a province that
/// communes belong to), with a final export kept that brings it back.
/// </summary>
public abstract class TenantLifecycleTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PlatformFactory
{
    private Task<BrowserSession> AdminAsync() => PlatformUsers.PlatformAdminAsync(factory);

    private async Task<string> CommuneAsync()
    {
        var id = "l" + Guid.NewGuid().ToString("N")[..6];
        await factory.Service<TenantService>().CreateAsync(new TenantDefinition
        {
            Id = id, NameAr = "جماعة أيت أعتاب", NameFr = "Commune d'Aït Attab", ParentId = "province-azilal", UrlPrefix = id, Population = 15000, Recipe = "commune",
        });
        (await factory.Service<TenantInitializer>().InitializeAsync(id)).ShouldBeTrue();
        return id;
    }

    private static Task<HttpResponseMessage> PostAsync(BrowserSession admin, string id, string handler, params (string Name, string Value)[] fields) =>
        admin.PostFieldsAsync($"/admin/tenants/{id}?culture=fr", $"/admin/tenants/{id}?handler={handler}&culture=fr", fields);

    private async Task<int> ContentOfAsync(string id)
    {
        await using var db = factory.Service<CmsDbContextFactory>().Create(CmsDbScope.Platform);
        return await db.Set<ContentItem>().CountAsync(c => c.TenantId == id);
    }

    [Fact]
    public async Task A_commune_is_renamed_and_moved_to_another_address_under_the_rules_of_a_new_one()
    {
        var id = await CommuneAsync();
        var admin = await AdminAsync();
        (await admin.GetTextAsync($"/admin/tenants/{id}?culture=fr")).ShouldContain("Commune d&#x27;Aït Attab");

        (string, string)[] Details(string prefix, string nameFr = "Commune d'Aït Attab", string population = "15000") =>
            [("Details.NameAr", "جماعة أيت أعتاب"), ("Details.NameFr", nameFr), ("Details.Population", population), ("Details.UrlPrefix", prefix), ("Details.HostNames", "")];

        foreach (var (prefix, message) in new[] { ("admin", "ne pas être un chemin réservé"), ("beni-mellal", "Un autre site utilise déjà ce préfixe") })
        {
            var refused = await PostAsync(admin, id, "details", Details(prefix));
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await refused.Content.ReadAsStringAsync()).ShouldContain(message);
            factory.Service<TenantRegistry>().Find(id)!.UrlPrefix.ShouldBe(id);
        }

        var negative = await PostAsync(admin, id, "details", Details(id, population: "-5"));
        negative.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await negative.Content.ReadAsStringAsync()).ShouldContain("La population ne peut pas être négative.");
        foreach (var population in new[] { "beaucoup", "" })
        {
            var unreadable = await PostAsync(admin, id, "details", Details(id, population: population));
            unreadable.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await unreadable.Content.ReadAsStringAsync()).ShouldContain("Indiquez la population de la commune");
            factory.Service<TenantRegistry>().Find(id)!.Population.ShouldBe(15000);
        }

        var saved = await PostAsync(admin, id, "details", Details(id + "-ait-attab", "Commune d'Aït Attab (Azilal)"));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var tenant = factory.Service<TenantRegistry>().Find(id)!;
        (tenant.UrlPrefix, tenant.NameFr).ShouldBe((id + "-ait-attab", "Commune d'Aït Attab (Azilal)"));
        (await factory.Browser().GetAsync($"/{id}-ait-attab/?culture=fr")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await factory.Browser().GetAsync($"/{id}/?culture=fr")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using (var db = factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant(id)))
        {
            var line = await db.Set<OpenRegion.Cms.Core.Audit.AuditEntry>().Where(a => a.Action == "tenant.updated").OrderBy(a => a.Id).LastAsync();
            line.DetailsJson!.ShouldContain($"\"prefix\":{{\"before\":\"{id}\",\"after\":\"{id}-ait-attab\"}}");
            line.DetailsJson!.ShouldNotContain("population");
        }

        // The region's address is the platform's own.
        var region = await PostAsync(admin, "region", "details", ("Details.NameAr", "جهة بني ملال خنيفرة"), ("Details.NameFr", "Région Béni Mellal-Khénifra"), ("Details.UrlPrefix", "region"), ("Details.HostNames", ""));
        region.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        factory.Service<TenantRegistry>().Find("region")!.UrlPrefix.ShouldBe("");

        // Disabled, it is no longer found at its address; enabled, it is back.
        (await PostAsync(admin, id, "disable")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.Browser().GetAsync($"/{id}-ait-attab/?culture=fr")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await PostAsync(admin, id, "enable")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.Browser().GetAsync($"/{id}-ait-attab/?culture=fr")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Only a platform administrator reaches the page.
        var staff = new BrowserSession(factory.Browser());
        var member = await PlatformUsers.CreateAsync(factory, id, CmsRoles.TenantAdmin);
        await staff.LogInAsync(member.Email!, PlatformUsers.Password);
        (await staff.GetAsync($"/admin/tenants/{id}")).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        (await admin.GetAsync("/admin/tenants/nope")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_commune_is_exported_then_deleted_only_when_its_identifier_is_typed_and_its_final_export_brings_it_back()
    {
        var id = await CommuneAsync();
        var admin = await AdminAsync();
        var resident = await PlatformUsers.CreateAsync(factory);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
            var stored = (await users.FindByIdAsync(resident.Id))!;
            stored.ResidenceTenantId = id;
            (await users.UpdateAsync(stored)).Succeeded.ShouldBeTrue();
        }

        var content = await ContentOfAsync(id);
        content.ShouldBeGreaterThan(0);

        // The export downloads as a zip whose manifest names the tenant.
        var export = await PostAsync(admin, id, "export");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        using (var zip = new ZipArchive(new MemoryStream(await export.Content.ReadAsByteArrayAsync())))
        {
            using var manifest = JsonDocument.Parse(zip.GetEntry(TenantArchiveFormat.ManifestEntry)!.Open());
            manifest.RootElement.GetProperty("TenantId").GetString().ShouldBe(id);
        }

        // Not typed, mistyped: refused, nothing deleted. The region and a province with communes: never.
        foreach (var typed in new[] { "", id.ToUpperInvariant(), "beni-mellal" })
        {
            var refused = await PostAsync(admin, id, "delete", ("Confirmation", typed));
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await refused.Content.ReadAsStringAsync()).ShouldContain("Tapez exactement l’identifiant du site pour confirmer la suppression.");
        }

        (await PostAsync(admin, "region", "delete", ("Confirmation", "region"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var province = await PostAsync(admin, "province-azilal", "delete", ("Confirmation", "province-azilal"));
        province.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await province.Content.ReadAsStringAsync()).ShouldContain("D’autres sites dépendent de celui-ci");
        factory.Service<TenantRegistry>().Find(id).ShouldNotBeNull();
        (await ContentOfAsync(id)).ShouldBe(content);

        var deleted = await PostAsync(admin, id, "delete", ("Confirmation", id));
        deleted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        factory.Service<TenantRegistry>().Find(id).ShouldBeNull();
        (await ContentOfAsync(id)).ShouldBe(0);
        (await factory.Browser().GetAsync($"/{id}/?culture=fr")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using (var db = factory.Service<CmsDbContextFactory>().Create(CmsDbScope.Platform))
        {
            (await db.Set<CmsUser>().SingleAsync(u => u.Id == resident.Id)).ResidenceTenantId.ShouldBeNull();
        }

        // The list says where the final export is and offers it; it brings the commune back as it was.
        var list = await admin.GetTextAsync("/admin/tenants?culture=fr");
        list.ShouldContain("Son export final est conservé");
        var file = System.Text.RegularExpressions.Regex.Match(list, "handler=FinalExport&amp;file=([^\"]+)").Groups[1].Value;
        file.ShouldStartWith(id + "-");
        var download = await admin.GetAsync("/admin/tenants?handler=FinalExport&file=" + file);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await factory.Browser().GetAsync("/admin/tenants?handler=FinalExport&file=" + file)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await admin.GetAsync("/admin/tenants?handler=FinalExport&file=..%2Fopenregion.db")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using (var archive = new MemoryStream(await download.Content.ReadAsByteArrayAsync()))
        {
            await factory.Service<TenantImporter>().ImportAsync(archive);
        }

        factory.Service<TenantRegistry>().Find(id)!.State.ShouldBe(TenantState.Running);
        (await ContentOfAsync(id)).ShouldBe(content);
        (await factory.Browser().GetAsync($"/{id}/?culture=fr")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class SqliteTenantLifecycleTests(SqlitePlatformFactory factory) : TenantLifecycleTests<SqlitePlatformFactory>(factory);

public sealed class PostgresTenantLifecycleTests(PostgresPlatformFactory factory) : TenantLifecycleTests<PostgresPlatformFactory>(factory);
