using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Data;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Web.Tests.Isolation;

/// <summary>
/// A user of tenant A (Azilal) tries to read and change tenant B's (Khouribga) data through every endpoint there is:
/// B's own URLs (403) and A's URLs with B's ids (404). Nothing of B changes. Runs on SQLite and PostgreSQL.
/// </summary>
public abstract class TenantIsolationTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PlatformFactory
{
    private const string A = "azilal";
    private const string B = "khouribga";

    private static readonly string[] AdminPages = ["/admin", "/admin/content", "/admin/users", "/admin/features", "/admin/audit", "/admin/translations", "/admin/tenants"];

    [Fact]
    public async Task TenantAdminOfA_OpensOwnAdminPages_ButGets403OnEveryAdminPageOfB()
    {
        var admin = await PlatformUsers.CreateAsync(factory, A, CmsRoles.TenantAdmin);
        var browser = new BrowserSession(factory.Browser());
        await browser.LogInAsync(admin.Email!, PlatformUsers.Password, "/" + A);

        foreach (var page in AdminPages.Where(p => p != "/admin/tenants"))
        {
            (await browser.GetAsync($"/{A}{page}")).StatusCode.ShouldBe(HttpStatusCode.OK, $"/{A}{page}");
        }

        foreach (var page in AdminPages)
        {
            (await browser.GetAsync($"/{B}{page}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"/{B}{page}");
        }

        // The platform pages are for platform administrators only, even on the admin's own tenant.
        (await browser.GetAsync($"/{A}/admin/tenants")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task EditorOfA_CannotReadOrChangeContentOfB_ThroughEitherTenant()
    {
        var editor = await PlatformUsers.CreateAsync(factory, A, CmsRoles.Editor);
        var browser = new BrowserSession(factory.Browser());
        await browser.LogInAsync(editor.Email!, PlatformUsers.Password, "/" + A);
        var itemOfA = await HomePageAsync(A, "fr");
        var itemOfB = await HomePageAsync(B, "fr");
        var setOfA = itemOfA.LocalizationSet;
        var setOfB = itemOfB.LocalizationSet;

        foreach (var path in new[] { "", "/history", "/preview/fr" })
        {
            (await browser.GetAsync($"/{A}/admin/content/{setOfB}{path}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
            (await browser.GetAsync($"/{B}/admin/content/{setOfB}{path}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, path);
        }

        var forged = ContentAdmin.Fields("publish", (1, "Title", "Piraté"), (1, "Body", "x"));
        forged["TenantId"] = A;
        (await browser.SubmitFormAsync($"/{A}/admin/content/{setOfA}", forged, $"/{A}/admin/content/{setOfB}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.SubmitFormAsync($"/{A}/admin/content/{setOfA}", forged, $"/{B}/admin/content/{setOfB}")).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.BadRequest);
        (await browser.SubmitFormAsync($"/{A}/admin/content/{setOfA}", new Dictionary<string, string> { ["action"] = "unpublish" }, $"/{A}/admin/content/{setOfB}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // Restoring: B's item id slipped into A's own history form.
        (await browser.SubmitAsync($"/{A}/admin/content/{setOfA}/history", new Dictionary<string, string> { ["item"] = itemOfB.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["version"] = "1" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var after = await HomePageAsync(B, "fr");
        after.Title.ShouldBe(itemOfB.Title);
        after.ModifiedUtc.ShouldBe(itemOfB.ModifiedUtc);
        after.LatestVersion.ShouldBe(itemOfB.LatestVersion);
        after.Published.ShouldBeTrue();
        after.TenantId.ShouldBe(B);
    }

    [Fact]
    public async Task EditorOfA_ChangesContentOfA_AndTheChangeIsAudited()
    {
        var editor = await PlatformUsers.CreateAsync(factory, A, CmsRoles.Editor);
        var browser = new BrowserSession(factory.Browser());
        await browser.LogInAsync(editor.Email!, PlatformUsers.Password, "/" + A);
        var item = await HomePageAsync(A, "ar");
        var title = "مرحبا بكم في أزيلال " + Guid.NewGuid().ToString("N")[..6];

        var response = await browser.SubmitFormAsync($"/{A}/admin/content/{item.LocalizationSet}", ContentAdmin.Fields("publish", (0, "Title", title)));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await HomePageAsync(A, "ar")).Title.ShouldBe(title);
        var home = await browser.GetTextAsync($"/{A}/?culture=ar");
        home.ShouldContain(title);
        await using var db = factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant(A));
        (await db.Set<AuditEntry>().AnyAsync(a => a.Action == "content.published" && a.UserName == editor.Email && a.Target == $"HomePage:{item.LocalizationSet}")).ShouldBeTrue();
    }

    [Fact]
    public async Task TenantAdminOfA_CannotRevokeARoleOfB_NorChangeFeaturesOfB()
    {
        var admin = await PlatformUsers.CreateAsync(factory, A, CmsRoles.TenantAdmin);
        var staffOfB = await PlatformUsers.CreateAsync(factory, B, CmsRoles.Staff);
        long grantId;
        await using (var db = factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant(B)))
        {
            grantId = (await db.Set<TenantRoleGrant>().SingleAsync(g => g.UserId == staffOfB.Id)).Id;
        }

        var browser = new BrowserSession(factory.Browser());
        await browser.LogInAsync(admin.Email!, PlatformUsers.Password, "/" + A);
        var revoke = new Dictionary<string, string> { ["grantId"] = grantId.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        (await browser.SubmitAsync($"/{A}/admin/users", revoke, $"/{A}/admin/users?handler=Revoke")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.SubmitAsync($"/{A}/admin/users", revoke, $"/{B}/admin/users?handler=Revoke")).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.BadRequest);
        var disable = new Dictionary<string, string> { ["feature"] = "OpenRegion.Pages", ["enable"] = "false" };
        (await browser.SubmitAsync($"/{A}/admin/features", disable, $"/{B}/admin/features")).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.BadRequest);

        await using (var db = factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant(B)))
        {
            (await db.Set<TenantRoleGrant>().AnyAsync(g => g.Id == grantId)).ShouldBeTrue();
            (await db.Set<Tenant>().SingleAsync(t => t.Id == B)).EnabledFeatures.ShouldContain("OpenRegion.Pages");
        }
    }

    [Fact]
    public async Task AuditLogOfA_ShowsNothingOfB()
    {
        var marker = "marker-" + Guid.NewGuid().ToString("N");
        await using (var db = factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant(B)))
        {
            db.Set<AuditEntry>().Add(new AuditEntry { Action = "test.marker", Target = marker, OccurredUtc = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        var adminOfA = await PlatformUsers.CreateAsync(factory, A, CmsRoles.TenantAdmin);
        var adminOfB = await PlatformUsers.CreateAsync(factory, B, CmsRoles.TenantAdmin);
        var browserA = new BrowserSession(factory.Browser());
        await browserA.LogInAsync(adminOfA.Email!, PlatformUsers.Password);
        var browserB = new BrowserSession(factory.Browser());
        await browserB.LogInAsync(adminOfB.Email!, PlatformUsers.Password);

        (await browserA.GetTextAsync($"/{A}/admin/audit")).ShouldNotContain(marker);
        (await browserB.GetTextAsync($"/{B}/admin/audit")).ShouldContain(marker);
        (await browserA.GetTextAsync($"/{A}/admin/users")).ShouldNotContain(adminOfB.Email!);
    }

    [Theory]
    [InlineData("region-ouverte")]
    [InlineData("الجهة-المنفتحة")]
    public async Task APublicPageOfTheRegionIsNotFoundThroughACommunesAddress(string slug)
    {
        var browser = new BrowserSession(factory.Browser());
        var escaped = Uri.EscapeDataString(slug);

        (await browser.GetTextAsync($"/pages/{escaped}")).ShouldContain("OGP");
        (await browser.GetAsync($"/{A}/pages/{escaped}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ContextOfA_SeesNoRowOfB_AndRefusesToWriteOne()
    {
        var dbFactory = factory.Service<CmsDbContextFactory>();
        var itemOfB = await HomePageAsync(B, "ar");
        await using var db = dbFactory.Create(CmsDbScope.ForTenant(A));

        (await db.Set<ContentItem>().AnyAsync(c => c.Id == itemOfB.Id)).ShouldBeFalse();
        (await db.Set<ContentItem>().Select(c => c.TenantId).Distinct().ToListAsync()).ShouldBe([A]);

        db.Set<ContentItem>().Add(new ContentItem { TenantId = B, ContentType = "Page", Culture = "ar", Title = "x", LocalizationSet = Guid.NewGuid().ToString("N") });
        await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    private async Task<ContentItem> HomePageAsync(string tenantId, string culture)
    {
        await using var db = factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant(tenantId));
        return await db.Set<ContentItem>().AsNoTracking().SingleAsync(c => c.ContentType == "HomePage" && c.Culture == culture);
    }
}

public sealed class SqliteTenantIsolationTests(SqlitePlatformFactory factory) : TenantIsolationTests<SqlitePlatformFactory>(factory);

public sealed class PostgresTenantIsolationTests(PostgresPlatformFactory factory) : TenantIsolationTests<PostgresPlatformFactory>(factory);
