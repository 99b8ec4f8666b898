using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using OpenRegion.Cms.Web.Security;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Web.Tests.Security;

/// <summary>
/// Every answer carries the security headers — pages, cached pages, files, error pages, the administration — and
/// every cookie is HttpOnly and SameSite; Secure over HTTPS, and always (with HSTS) when the platform is HTTPS only.
/// </summary>
public sealed class SecurityHeadersTests(SqlitePlatformFactory factory) : IClassFixture<SqlitePlatformFactory>
{
    private static readonly string[] Answers =
        ["/", "/beni-mellal/", "/beni-mellal/news", "/beni-mellal/no-such-page", "/account/login", "/_content/OpenRegion.Theme.Region/css/site.css", "/health/live", "/admin"];

    [Fact]
    public async Task Every_kind_of_answer_carries_the_headers()
    {
        var visitor = factory.Browser();
        (await visitor.GetAsync("/")).Headers.GetValues("Content-Security-Policy").Single().ShouldContain("img-src 'self' data:; font-src");
        foreach (var path in Answers.Concat(Answers))
        {
            // Twice: the second answer of a public page comes from the page cache.
            var response = await visitor.GetAsync(path);
            SecurityHeaderChecks.ShouldCarryTheHeaders(response, $"{path} ({(int)response.StatusCode})");
            response.Headers.Contains("Strict-Transport-Security").ShouldBeFalse("HSTS only when the platform is HTTPS only");
        }
    }

    [Fact]
    public async Task Cookies_are_out_of_scripts_reach_and_stay_on_the_site()
    {
        var session = new BrowserSession(factory.Browser());
        var form = await session.GetAsync("/account/login");
        var antiforgery = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("openregion.af=", StringComparison.Ordinal));
        antiforgery.ShouldContain("httponly", Case.Insensitive);
        antiforgery.ShouldContain("samesite=strict", Case.Insensitive);
        antiforgery.ShouldNotContain("secure", Case.Insensitive); // plain http here: Secure follows the request

        var token = await session.TokenAsync("/account/login");
        var login = await session.PostAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = PlatformFactory.AdminEmail, ["Input.Password"] = PlatformFactory.AdminPassword }, token);
        login.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var auth = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("openregion.auth=", StringComparison.Ordinal));
        auth.ShouldContain("httponly", Case.Insensitive);
        auth.ShouldContain("samesite=lax", Case.Insensitive);

        var culture = await session.GetAsync("/culture?culture=fr&returnUrl=/");
        var cultureCookie = culture.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        foreach (var cookie in new[] { cultureCookie })
        {
            cookie.ShouldContain("httponly", Case.Insensitive);
            cookie.ShouldContain("samesite=lax", Case.Insensitive);
        }
    }

    [Fact]
    public async Task Over_https_cookies_are_secure()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var form = await client.GetAsync("/account/login");
        form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("openregion.af=", StringComparison.Ordinal)).ShouldContain("secure", Case.Insensitive);
        form.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
    }
}

/// <summary>A deployment reached only over HTTPS (TLS ended by a proxy: the requests arrive as plain http).</summary>
public sealed class HttpsOnlyPlatformFactory : SqlitePlatformFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OpenRegion:Security:HttpsOnly", "true");
        // One image host allowed; the others are not sources (a path, plain http, a directive smuggled in).
        builder.UseSetting("OpenRegion:Security:ImageSources", "https://images.region.example http://tracker.example https://cdn.example/path https://x.example;script-src");
    }
}

public sealed class HttpsOnlySecurityHeadersTests(HttpsOnlyPlatformFactory factory) : IClassFixture<HttpsOnlyPlatformFactory>
{
    [Fact]
    public async Task Browsers_are_told_to_keep_to_https_and_every_cookie_is_secure_behind_the_proxy()
    {
        // The request reaches the platform as plain http (from the proxy): the cookie is Secure all the same.
        var fromProxy = await factory.Browser().GetAsync("/account/login");
        SecurityHeaderChecks.ShouldCarryTheHeaders(fromProxy, "/account/login");
        fromProxy.Headers.GetValues("Strict-Transport-Security").Single().ShouldBe("max-age=31536000; includeSubDomains");
        fromProxy.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("img-src 'self' data: https://images.region.example; font-src");
        fromProxy.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("openregion.af=", StringComparison.Ordinal)).ShouldContain("secure", Case.Insensitive);

        // A browser on https signs in: its session cookie is Secure too.
        var session = new BrowserSession(factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false }));
        var token = await session.TokenAsync("/account/login");
        var login = await session.PostAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = PlatformFactory.AdminEmail, ["Input.Password"] = PlatformFactory.AdminPassword }, token);
        login.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("openregion.auth=", StringComparison.Ordinal)).ShouldContain("secure", Case.Insensitive);
        (await session.GetAsync("/beni-mellal/")).Headers.GetValues("Strict-Transport-Security").Single().ShouldStartWith("max-age=");
    }
}

public static class SecurityHeaderChecks
{
    public static void ShouldCarryTheHeaders(HttpResponseMessage response, string what)
    {
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldStartWith("default-src 'self'; script-src 'self'; ", Case.Sensitive, what);
        csp.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)).Trim().ShouldBe("script-src 'self'", what);
        csp.ShouldContain("frame-ancestors 'none'", Case.Sensitive, what);
        csp.ShouldContain("object-src 'none'", Case.Sensitive, what);
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff", what);
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY", what);
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("strict-origin-when-cross-origin", what);
        response.Headers.GetValues("Permissions-Policy").Single().ShouldContain("geolocation=()", Case.Sensitive, what);
    }
}
