using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Data;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Web.Tests.Tenancy;

/// <summary>
/// The guided onboarding page through HTTP on a real database: every field is checked before anything is created (all
/// the problems named at once); a good form leaves a running commune with its colours, its logo and its administrator
/// invited by e-mail; the colours and logo can be changed afterwards on the tenant's page.
/// </summary>
public abstract class TenantOnboardingTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PlatformFactory
{
    private const string Page = "/admin/onboarding?culture=fr";
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private Task<BrowserSession> AdminAsync() => PlatformUsers.PlatformAdminAsync(factory);

    private static Dictionary<string, string> Fields(string id, string main = "#8a1c1c", string links = "#0b4f8a", string email = "", string parent = "province-beni-mellal") => new()
    {
        ["Site.Id"] = id, ["Site.NameAr"] = "جماعة أولاد يعيش", ["Site.NameFr"] = "Commune d'Oulad Yaich", ["Site.Kind"] = "Commune", ["Site.ParentId"] = parent,
        ["Site.Population"] = "41000", ["Site.UrlPrefix"] = id, ["Site.HostNames"] = "", ["Site.AdminEmail"] = email,
        ["Appearance.MainColour"] = main, ["Appearance.LinksColour"] = links,
    };

    [Fact]
    public async Task Every_problem_is_named_at_once_and_nothing_is_created()
    {
        var admin = await AdminAsync();
        var id = "o" + Guid.NewGuid().ToString("N")[..6];
        var fields = Fields(id, main: "#f2b705", links: "blue", email: "pas-une-adresse", parent: "");
        fields["Site.Population"] = "";
        var refused = await admin.PostMultipartAsync(Page, Page, fields, ("Appearance.Logo", "logo.png", "%PDF-1.4 not an image"u8.ToArray()));
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var text = await refused.Content.ReadAsStringAsync();
        text.ShouldContain("Rien n’a été créé.");
        text.ShouldContain("Choisissez la province de la commune.");
        text.ShouldContain("Indiquez la population de la commune");
        text.ShouldContain("La couleur #f2b705 est trop claire pour du texte sur fond blanc : contraste 1.8:1");
        text.ShouldContain("Une couleur s’écrit #rrggbb");
        text.ShouldContain("Cette adresse e-mail n’est pas valide.");
        text.ShouldContain("ne correspond pas à son extension");
        text.ShouldContain("value=\"Commune d&#x27;Oulad Yaich\""); // the form is kept
        factory.Service<TenantRegistry>().Find(id).ShouldBeNull();
        Directory.Exists(Path.Combine(factory.DataDirectory, "media", id)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_commune_is_running_with_its_colours_logo_and_invited_administrator_when_the_page_answers()
    {
        var admin = await AdminAsync();
        var id = "o" + Guid.NewGuid().ToString("N")[..6];
        var email = $"president-{id}@oulad-yaich.test";
        var created = await admin.PostMultipartAsync(Page, Page, Fields(id, email: email), ("Appearance.Logo", "logo-oulad-yaich.png", Png));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await created.Content.ReadAsStringAsync()));
        created.Headers.Location!.OriginalString.ShouldEndWith("/admin/tenants/" + id);
        var tenant = factory.Service<TenantRegistry>().Find(id).ShouldNotBeNull();
        (tenant.State, tenant.ParentId, tenant.Population).ShouldBe((TenantState.Running, "province-beni-mellal", 41000));
        (await admin.GetTextAsync(created.Headers.Location.OriginalString + "?culture=fr")).ShouldContain($"Son administrateur est invité par e-mail à l’adresse {email}");

        // Citizens see its colours and logo.
        var visitor = factory.Browser();
        var home = await visitor.GetStringAsync($"/{id}/?culture=ar");
        var css = System.Text.RegularExpressions.Regex.Match(home, $"href=\"(/{id}/theme/colours\\.css\\?v=[0-9a-f]+)\"").Groups[1].Value;
        css.ShouldNotBeNullOrEmpty();
        var stylesheet = await visitor.GetAsync(css);
        (await stylesheet.Content.ReadAsStringAsync()).ShouldContain("--green:#8a1c1c;--blue:#0b4f8a");
        stylesheet.Headers.CacheControl!.ToString().ShouldContain("immutable");
        var logo = System.Text.RegularExpressions.Regex.Match(home, "<img class=\"brand-logo\" src=\"([^\"]+)\" alt=\"\">").Groups[1].Value;
        logo.ShouldNotBeNullOrEmpty();
        (await visitor.GetByteArrayAsync(logo)).ShouldBe(Png);

        // Its administrator is invited as such.
        factory.LatestMailTo(email).ShouldContain($"/{id}/account/invitation?token=");
        await using (var db = factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant(id)))
        {
            (await db.Set<Invitation>().SingleAsync()).Role.ShouldBe(CmsRoles.TenantAdmin);
        }

        // Later, on the tenant's page: a colour too light is refused; the region's colours and no logo are taken back.
        var page = $"/admin/tenants/{id}?culture=fr";
        var light = await admin.PostFieldsAsync(page, $"/admin/tenants/{id}?handler=appearance&culture=fr", ("Appearance.MainColour", "#a0d8a0"), ("Appearance.LinksColour", "#0b4f8a"));
        light.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await light.Content.ReadAsStringAsync()).ShouldContain("trop claire");
        (await visitor.GetStringAsync($"/{id}/?culture=fr")).ShouldContain("theme/colours.css");
        var back = await admin.PostFieldsAsync(page, $"/admin/tenants/{id}?handler=appearance&culture=fr",
            ("Appearance.MainColour", TenantAppearance.Region.Main), ("Appearance.LinksColour", TenantAppearance.Region.Links), ("Appearance.RemoveLogo", "true"));
        back.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var plain = await visitor.GetStringAsync($"/{id}/?culture=fr");
        plain.ShouldNotContain("theme/colours.css");
        plain.ShouldNotContain("brand-logo");
        (await visitor.GetAsync($"/{id}/theme/colours.css")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public void Colours_must_be_readable_on_white()
    {
        TenantAppearance.Contrast("#000000", "#ffffff").ShouldBe(21, 0.01);
        TenantAppearance.Check("#1f6b34").Problem.ShouldBeNull(); // the region's green
        TenantAppearance.Check("#125a9c").Problem.ShouldBeNull(); // the region's blue
        TenantAppearance.Check("#f2b705").Problem.ShouldNotBeNull(); // the region's yellow: a fill, never text
        TenantAppearance.Check("#767676").Problem.ShouldBeNull(); // 4.54:1, just enough
        TenantAppearance.Check("#777777").Problem.ShouldNotBeNull(); // 4.48:1
        TenantAppearance.Check("red").Problem.ShouldNotBeNull();
        TenantAppearance.Check("#12345").Problem.ShouldNotBeNull();

        // Settings written some other way (a recipe) reach the page only when they are what the page would have stored.
        static TenantShell Shell(string colours, string logo) => new(new Tenant { Id = "t" },
            new Dictionary<string, string> { [TenantAppearance.ColoursKey] = colours, [TenantAppearance.LogoKey] = logo }, new Dictionary<string, IReadOnlySet<string>>());
        var forged = Shell("""{"Main":"red;}body{display:none","Links":"#125a9c"}""", "\"javascript:alert(1)\"");
        TenantAppearance.ColoursOf(forged).ShouldBeNull();
        TenantAppearance.LogoOf(forged).ShouldBeNull();
        var fine = Shell("""{"Main":"#8a1c1c","Links":"#0b4f8a"}""", "\"/media/12/logo.png\"");
        TenantAppearance.ColoursOf(fine).ShouldBe(new TenantColours("#8a1c1c", "#0b4f8a"));
        TenantAppearance.LogoOf(fine).ShouldBe("/media/12/logo.png");
    }
}

public sealed class SqliteTenantOnboardingTests(SqlitePlatformFactory factory) : TenantOnboardingTests<SqlitePlatformFactory>(factory);

public sealed class PostgresTenantOnboardingTests(PostgresPlatformFactory factory) : TenantOnboardingTests<PostgresPlatformFactory>(factory);
