using System.Net;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Web.Tests.Content;

/// <summary>A commune's admin restyles its news pages and footer in Liquid; mistakes are pointed at, other communes untouched.</summary>
public abstract class TemplateTests<TFactory>(TFactory factory) where TFactory : PlatformFactory
{
    private const string Tenant = "beni-mellal";

    private async Task<BrowserSession> SignInAsync(string role)
    {
        var user = await PlatformUsers.CreateAsync(factory, Tenant, role);
        var session = new BrowserSession(factory.Browser());
        await session.LogInAsync(user.Email!, PlatformUsers.Password);
        return session;
    }

    private static async Task<HttpResponseMessage> PostAsync(BrowserSession session, string name, string source, string action)
    {
        var url = $"/{Tenant}/admin/templates/{name}?culture=fr";
        var page = await session.GetTextAsync(url);
        var token = System.Text.RegularExpressions.Regex.Match(page, "<form method=\"post\">\\s*<div class=\"field wide\">.*?name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"", System.Text.RegularExpressions.RegexOptions.Singleline);
        var fallback = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        return await session.PostAsync(url, new Dictionary<string, string> { ["Source"] = source, ["Lang"] = "fr", ["action"] = action }, (token.Success ? token : fallback).Groups[1].Value);
    }

    [Fact]
    public async Task AnInvalidTemplateIsRefusedWithItsLine_AndNothingChanges()
    {
        var admin = await SignInAsync(CmsRoles.TenantAdmin);
        var broken = "<h1>{{ item.title }}</h1>\n{% if item.summary %}\n<p>{{ item.summary </p>\n";

        var response = await PostAsync(admin, "Article.News", broken, "save");

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Non enregistré : la ligne ");
        html.ShouldContain("class=\"error-line\"");
        html.ShouldContain("{{ item.summary &lt;/p&gt;");
        (await admin.GetTextAsync($"/{Tenant}/admin/templates/Article.News?culture=fr")).ShouldNotContain("{{ item.summary &lt;/p&gt;");
    }

    [Fact]
    public async Task AnAdminPreviewsThenSavesATemplate_ItAppliesToThisSiteOnly_AndCanBeReset()
    {
        var admin = await SignInAsync(CmsRoles.TenantAdmin);
        var source = "<h1 class=\"titre\">{{ item.title }}</h1>\n<p class=\"edition\">Édition de Béni Mellal</p>\n{{ item.body_html | raw }}\n<script>alert(1)</script>";

        var preview = await PostAsync(admin, "Article.News", source, "preview");
        preview.StatusCode.ShouldBe(HttpStatusCode.OK);
        var previewHtml = await preview.Content.ReadAsStringAsync();
        previewHtml.ShouldContain("<p class=\"edition\">Édition de Béni Mellal</p>");
        previewHtml.ShouldNotContain("<script>alert(1)</script>");

        (await PostAsync(admin, "Article.News", source, "save")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PostAsync(admin, "Layout.Footer", "<p>{{ site.name }} — Ville de l'eau</p>", "save")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var visitor = new BrowserSession(factory.Browser());
        var slug = (await ContentAdmin.ItemsAsync(factory, Tenant, await ContentAdmin.SetAsync(factory, Tenant, "News"))).Single(i => i.Culture == "fr").Slug;
        var news = await visitor.GetTextAsync($"/{Tenant}/news/{slug}?culture=fr");
        news.ShouldContain("Édition de Béni Mellal");
        news.ShouldNotContain("<script>alert(1)</script>");
        (await visitor.GetTextAsync($"/{Tenant}/?culture=fr")).ShouldContain("— Ville de l'eau</p>");

        var azilalSlug = (await ContentAdmin.ItemsAsync(factory, "azilal", await ContentAdmin.SetAsync(factory, "azilal", "News"))).Single(i => i.Culture == "fr").Slug;
        (await visitor.GetTextAsync($"/azilal/news/{azilalSlug}?culture=fr")).ShouldNotContain("Édition de Béni Mellal");
        (await visitor.GetTextAsync("/azilal/?culture=fr")).ShouldNotContain("Ville de l");

        (await PostAsync(admin, "Article.News", "", "reset")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await visitor.GetTextAsync($"/{Tenant}/news/{slug}?culture=fr")).ShouldNotContain("Édition de Béni Mellal");
        (await PostAsync(admin, "Layout.Footer", "", "reset")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task TemplatesAreForTenantAdmins_NotEditors()
    {
        var editor = await SignInAsync(CmsRoles.Editor);

        (await editor.GetAsync($"/{Tenant}/admin/templates")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await editor.GetAsync($"/{Tenant}/admin/templates/Article.News")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var admin = await SignInAsync(CmsRoles.TenantAdmin);
        (await admin.GetAsync($"/{Tenant}/admin/templates/Nope")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class SqliteTemplateTests(SqlitePlatformFactory factory) : TemplateTests<SqlitePlatformFactory>(factory), IClassFixture<SqlitePlatformFactory>;

public sealed class PostgresTemplateTests(PostgresPlatformFactory factory) : TemplateTests<PostgresPlatformFactory>(factory), IClassFixture<PostgresPlatformFactory>;
