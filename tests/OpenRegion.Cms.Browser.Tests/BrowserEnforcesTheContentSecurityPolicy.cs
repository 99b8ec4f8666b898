using Microsoft.Playwright;

namespace OpenRegion.Cms.Browser.Tests;

/// <summary>
/// The platform's Content-Security-Policy as Chromium applies it: a script injected into a page — what a stored XSS
/// would be — does not run. (That the pages' own scripts still run is shown by the other browser tests — the ballot's
/// budget meter, the rich-text editor — whose fixtures fail on any refusal.)
/// </summary>
public sealed class BrowserEnforcesTheContentSecurityPolicy(BrowserPlatformFactory factory) : IClassFixture<BrowserPlatformFactory>
{
    [Fact]
    public async Task AnInjectedScriptDoesNotRun_WhileThePlatformsOwnScriptsDo()
    {
        var page = await factory.NewPageAsync(phone: true, acceptLanguage: "ar");
        var response = await page.GotoAsync("/beni-mellal/");
        response!.Headers["content-security-policy"].ShouldContain("script-src 'self';");

        // Inline script, inline event handler and eval: all refused, each reported by the browser.
        var ran = await page.EvaluateAsync<int>("""
            () => {
                window.injected = 0;
                const inline = document.createElement('script');
                inline.textContent = 'window.injected += 1';
                document.body.appendChild(inline);
                const img = document.createElement('img');
                img.setAttribute('onerror', 'window.injected += 10');
                img.src = 'data:,not-an-image';
                document.body.appendChild(img);
                return new Promise(resolve => setTimeout(() => resolve(window.injected), 300));
            }
            """);
        ran.ShouldBe(0);
        factory.CspViolations.Count.ShouldBeGreaterThanOrEqualTo(2);
        factory.CspViolations.Clear(); // expected here: the page refused what the test injected

        // Pages carry no inline script for the policy to refuse.
        await page.GotoAsync("/beni-mellal/budgets");
        var scripts = await page.EvaluateAsync<int>("() => document.querySelectorAll('script:not([src])').length");
        scripts.ShouldBe(0, "no page carries an inline script");
        factory.CspViolations.ShouldBeEmpty();
    }
}
