using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Data;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Web.Tests.Tenancy;

/// <summary>What visitors and operators meet: the demo tenants at their prefixes, 404/503 pages, features per tenant.</summary>
public sealed class TenantRoutingTests(SqlitePlatformFactory factory) : IClassFixture<SqlitePlatformFactory>
{
    [Theory]
    [InlineData("/", "جهة بني ملال خنيفرة")]
    [InlineData("/beni-mellal/", "جماعة بني ملال")]
    [InlineData("/azilal", "جماعة أزيلال")]
    [InlineData("/khouribga/", "جماعة خريبكة")]
    public async Task EachDemoTenantServesItsOwnHomePage_InArabicRtlByDefault(string path, string name)
    {
        var html = await new BrowserSession(factory.Browser()).GetTextAsync(path);

        html.ShouldContain("<html lang=\"ar\" dir=\"rtl\">");
        html.ShouldContain(name);
    }

    [Fact]
    public async Task FrenchIsChosenByQueryString_AndKeptByTheLanguagePickerCookie()
    {
        var browser = new BrowserSession(factory.Browser());
        (await browser.GetTextAsync("/azilal/?culture=fr")).ShouldContain("<html lang=\"fr\" dir=\"ltr\">");

        (await browser.GetTextAsync("/azilal/")).ShouldContain("href=\"/azilal/culture?culture=fr&amp;returnUrl=%2Fazilal%2F\"");
        var response = await browser.GetAsync("/azilal/culture?culture=fr&returnUrl=%2Fazilal%2F");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/azilal/");

        var html = await browser.GetTextAsync("/khouribga/");
        html.ShouldContain("<html lang=\"fr\" dir=\"ltr\">");
        html.ShouldContain("Bienvenue sur le portail de la Commune de Khouribga");
        html.ShouldContain("Se connecter");
    }

    [Fact]
    public async Task TheLanguagePickerNeverRedirectsToAnotherSite()
    {
        var response = await factory.Browser().GetAsync("/culture?culture=fr&returnUrl=https%3A%2F%2Fevil.example%2F");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/");
    }

    [Fact]
    public async Task AFeatureDisabledOnATenantAnswers404ThereButWorksWhereEnabled()
    {
        var browser = new BrowserSession(factory.Browser());
        (await browser.GetTextAsync("/communes")).ShouldContain("جماعة أزيلال");
        (await browser.GetAsync("/azilal/communes")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AnUnknownHostGets404PageInTheVisitorsLanguage_WhenEveryTenantHasAHost()
    {
        // With the demo tenants the region answers on any host; an operator who gives every tenant a host name gets 404 for others.
        var resolver = new TenantResolver([new TenantRoute("region", ["bmk.ma"], ""), new TenantRoute("azilal", ["azilal.ma"], "")]);
        resolver.Resolve("unknown.ma", "/").ShouldBeNull();

        var client = factory.Browser();
        var request = new HttpRequestMessage(HttpMethod.Get, "/communes-inconnue/page");
        request.Headers.AcceptLanguage.ParseAdd("fr");
        var response = await client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("lang=\"fr\"");
        html.ShouldContain("Page introuvable");
    }

    [Fact]
    public async Task ATenantBeingSetUpAnswers503WithRetryAfter_ThenServesWhenRunning()
    {
        var tenants = factory.Service<TenantService>();
        var id = "t" + Guid.NewGuid().ToString("N")[..10];
        await tenants.CreateAsync(new TenantDefinition { Id = id, NameAr = "جماعة تجريبية", NameFr = "Commune test", UrlPrefix = id, Recipe = "commune", Population = 12000 });

        var response = await factory.Browser().GetAsync($"/{id}/");
        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(5));

        (await factory.Service<TenantInitializer>().InitializeAsync(id)).ShouldBeTrue();
        (await new BrowserSession(factory.Browser()).GetTextAsync($"/{id}/")).ShouldContain("مرحبا بكم في بوابة جماعة تجريبية");
    }

    [Fact]
    public async Task CreatingATenantWithATakenPrefixOrHostIsRefusedClearly_AndNothingIsCreated()
    {
        var tenants = factory.Service<TenantService>();
        var error = await Should.ThrowAsync<TenantValidationException>(() => tenants.CreateAsync(new TenantDefinition { Id = "azilal-2", NameAr = "أ", NameFr = "A", UrlPrefix = "azilal" }));
        error.Field.ShouldBe("UrlPrefix");

        await tenants.CreateAsync(new TenantDefinition { Id = "hosted-one", NameAr = "أ", NameFr = "A", HostNames = ["one.example.ma"] });
        var hostError = await Should.ThrowAsync<TenantValidationException>(() => tenants.CreateAsync(new TenantDefinition { Id = "hosted-two", NameAr = "ب", NameFr = "B", HostNames = ["One.Example.ma"] }));
        hostError.Field.ShouldBe("HostNames");

        await using var db = factory.Service<CmsDbContextFactory>().Create(CmsDbScope.Platform);
        (await db.Set<Tenant>().AnyAsync(t => t.Id == "azilal-2" || t.Id == "hosted-two")).ShouldBeFalse();
    }

    [Fact]
    public async Task PlatformAdminCreatesACommuneFromTheAdminPage_AndADuplicatePrefixShowsALocalizedError()
    {
        var browser = new BrowserSession(factory.Browser());
        await browser.LogInAsync(PlatformFactory.AdminEmail, PlatformFactory.AdminPassword);
        var id = "c" + Guid.NewGuid().ToString("N")[..8];
        var fields = new Dictionary<string, string>
        {
            ["Site.Id"] = id, ["Site.NameAr"] = "جماعة الفقيه بن صالح", ["Site.NameFr"] = "Commune de Fquih Ben Salah",
            ["Site.Kind"] = "Commune", ["Site.ParentId"] = "province-fquih-ben-salah", ["Site.Population"] = "102019", ["Site.UrlPrefix"] = id,
        };

        var created = await browser.SubmitAsync("/admin/onboarding?culture=fr", fields, "/admin/onboarding?culture=fr");
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetTextAsync(created.Headers.Location!.OriginalString + "?culture=fr")).ShouldContain("Commune de Fquih Ben Salah");
        (await browser.GetTextAsync($"/{id}/?culture=fr")).ShouldContain("Bienvenue sur le portail de la Commune de Fquih Ben Salah");

        fields["Site.Id"] = id + "-bis";
        var duplicate = await browser.SubmitAsync("/admin/onboarding?culture=fr", fields, "/admin/onboarding?culture=fr");
        duplicate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await duplicate.Content.ReadAsStringAsync()).ShouldContain("préfixe");
        factory.Service<TenantRegistry>().Find(id + "-bis").ShouldBeNull();
    }

    [Fact]
    public async Task ADisabledTenantAnswers404_AndComesBackWhenEnabled()
    {
        var tenants = factory.Service<TenantService>();
        var id = "d" + Guid.NewGuid().ToString("N")[..8];
        await tenants.CreateAsync(new TenantDefinition { Id = id, NameAr = "جماعة", NameFr = "Commune", UrlPrefix = id, Recipe = "commune" });
        await factory.Service<TenantInitializer>().InitializeAsync(id);

        await tenants.DisableAsync(id);
        (await factory.Browser().GetAsync($"/{id}/")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await tenants.EnableAsync(id);
        (await factory.Browser().GetAsync($"/{id}/")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task TheRegionsOwnSiteCannotBeDisabled()
    {
        var error = await Should.ThrowAsync<TenantValidationException>(() => factory.Service<TenantService>().DisableAsync("region"));
        error.Field.ShouldBe("State");
        factory.Service<TenantRegistry>().Find("region")!.State.ShouldBe(TenantState.Running);
    }

    [Fact]
    public async Task HealthEndpointsAnswerWithoutATenant()
    {
        var client = factory.Browser();
        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var ready = await client.GetAsync("/health/ready");
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }
}
