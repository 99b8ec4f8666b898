using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Browser.Tests;

/// <summary>The host on Kestrel (loopback, free port) over a real SQLite file, and Debian's Chromium driven by Playwright.</summary>
public class BrowserPlatformFactory : PlatformFactory
{
    private static readonly string[] ChromiumArguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"];

    private IPlaywright? _playwright;

    public IBrowser Chromium { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("OPENREGION_CHROMIUM") is { Length: > 0 } path ? path
        : File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium"
        : throw new InvalidOperationException("Chromium is not installed: run the tests with `bash scripts/test.sh`, which installs Debian's chromium.");

    /// <summary>Screenshots of what the tests saw, for people to look at (kept after the run).</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(Path.GetTempPath(), "openregion-screenshots");

    protected override void ConfigureDatabase(IWebHostBuilder builder) =>
        builder.UseSetting("OpenRegion:Database:Provider", "Sqlite");

    protected override void Start() => BaseUrl = StartOnKestrel();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Directory.CreateDirectory(ScreenshotDirectory);
        _playwright = await Playwright.CreateAsync();
        Chromium = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArguments });
    }

    public override async Task DisposeAsync()
    {
        if (!CspViolations.IsEmpty)
        {
            throw new InvalidOperationException("Refused by the Content-Security-Policy:\n" + string.Join("\n", CspViolations));
        }

        if (Chromium is not null)
        {
            await Chromium.DisposeAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
    }

    /// <summary>A fresh browser context (own cookies), as a phone or a desktop, speaking the given language.</summary>
    public async Task<IPage> NewPageAsync(bool phone = false, string acceptLanguage = "ar")
    {
        var context = await Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
            IsMobile = phone,
            HasTouch = phone,
            Locale = acceptLanguage,
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = acceptLanguage },
        });
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                CspViolations.Enqueue($"{page.Url}: {message.Text}");
            }
        };
        return page;
    }

    /// <summary>
    /// What the browser refused under the Content-Security-Policy, on any page of any test of the class: a page whose
    /// own script, style or image is refused is a broken page, so the fixture fails when it is disposed with any left.
    /// </summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> CspViolations { get; } = new();

    /// <summary>A desktop page in Arabic, signed in as the platform administrator through the log-in form.</summary>
    public async Task<IPage> AdminPageAsync()
    {
        var page = await NewPageAsync(acceptLanguage: "ar");
        await page.GotoAsync("/account/login");
        await page.GetByLabel("البريد الإلكتروني").FillAsync(PlatformFactory.AdminEmail);
        await page.GetByLabel("كلمة المرور").FillAsync(PlatformFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "تسجيل الدخول" }).ClickAsync();
        return page;
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });

    /// <summary>axe-core on the page as it is now (WCAG 2.2 AA rules): no serious or critical violation.</summary>
    public static async Task ShouldHaveNoSeriousAxeViolationsAsync(IPage page)
    {
        var results = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"] } });
        results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes: {v.Nodes.FirstOrDefault()?.Html})").ShouldBeEmpty();
        await ShouldShowTheWholeHeaderAsync(page);
    }

    /// <summary>
    /// Every link, button and field of the site's header can be seen and reached with a finger: brought into view, the
    /// point at its centre is the control itself (not clipped by a box too small, not covered). A stylesheet rule meant
    /// for something else once squashed the whole header into a 12-pixel strip; clicks still "worked" for the robot.
    /// </summary>
    public static async Task ShouldShowTheWholeHeaderAsync(IPage page)
    {
        var hidden = await page.EvaluateAsync<string[]>("""
            () => {
                const controls = [...document.querySelectorAll('header.site-header a, header.site-header button, header.site-header input, header.site-header select')]
                    .filter(e => !e.closest('.visually-hidden, .skip-link') && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden');
                // Cut off by a box that does not let its content show (overflow other than visible)?
                const clipped = e => {
                    const r = e.getBoundingClientRect();
                    for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                        const style = getComputedStyle(a);
                        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
                        const box = a.getBoundingClientRect();
                        if (r.top < box.top - 1 || r.bottom > box.bottom + 1 || r.left < box.left - 1 || r.right > box.right + 1) return true;
                    }
                    return false;
                };
                const missed = controls.filter(e => {
                    if (clipped(e)) return true;
                    const before = e.getBoundingClientRect();
                    window.scrollTo(0, Math.max(0, before.top + window.scrollY - window.innerHeight / 2));
                    const r = e.getBoundingClientRect();
                    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                    return !(hit === e || e.contains(hit) || (hit && hit.closest('label') && hit.closest('label').control === e));
                }).map(e => e.outerHTML.slice(0, 160));
                window.scrollTo(0, 0);
                return controls.length === 0 ? ['no control in the header'] : missed;
            }
            """);
        hidden.ShouldBeEmpty($"header controls that cannot be seen or reached on {page.Url}");
    }
}
