using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Web.Tests.Security;

/// <summary>The platform on Kestrel with the Prometheus endpoint on, behind a trusted proxy (loopback), logging requests.</summary>
public sealed class TelemetryPlatformFactory : SqlitePlatformFactory
{
    public string BaseUrl { get; private set; } = "";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OpenRegion:Telemetry:Prometheus", "true");
        builder.UseSetting("OpenRegion:Telemetry:MetricsNetworks", "127.0.0.1/32 10.9.0.0/16");
        builder.UseSetting("OpenRegion:Security:TrustedProxies", "127.0.0.1");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Information");
    }

    protected override void Start() => BaseUrl = StartOnKestrel();

    public BrowserSession Visitor(string? forwardedFor = null)
    {
        var client = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), UseCookies = true, AllowAutoRedirect = false }) { BaseAddress = new Uri(BaseUrl) };
        if (forwardedFor is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        }

        return new BrowserSession(client);
    }
}

public sealed class TelemetryTests(TelemetryPlatformFactory factory) : IClassFixture<TelemetryPlatformFactory>
{
    [Fact]
    public async Task Metrics_CountRequestsAndCitizensActions_PerTenant_ForPrometheus()
    {
        var visitor = factory.Visitor("198.51.100.31");
        await visitor.GetTextAsync("/beni-mellal/news?culture=fr");
        await visitor.GetTextAsync("/azilal/news?culture=ar");
        (await visitor.GetAsync("/azilal/no-such-page")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var user = await PlatformUsers.CreateAsync(factory);
        await visitor.LogInAsync(user.Email!, PlatformUsers.Password, "/azilal");

        // The platform's meter is one per process: other tests' hosts running at the same time sign in to azilal
        // too, so the count is at least this test's one sign-in.
        const string signIns = "openregion_citizen_actions_total\\{[^}]*openregion_action=\"Login\"[^}]*openregion_outcome=\"accepted\"[^}]*openregion_tenant=\"azilal\"\\} [1-9][0-9]*(\\s|$)";
        string metrics = "";
        for (var i = 0; i < 100 && !System.Text.RegularExpressions.Regex.IsMatch(metrics, signIns); i++)
        {
            // The exporter caches a scrape for a moment; the counters appear on the next one.
            await Task.Delay(100);
            metrics = await factory.Visitor().GetTextAsync("/metrics");
        }

        metrics.ShouldContain("openregion_request_duration_seconds_count{");
        metrics.ShouldMatch("openregion_request_duration_seconds_count\\{[^}]*openregion_tenant=\"beni-mellal\"");
        metrics.ShouldMatch("openregion_request_duration_seconds_count\\{[^}]*http_response_status_class=\"4xx\"[^}]*openregion_tenant=\"azilal\"");
        metrics.ShouldMatch(signIns);
        // (ASP.NET Core's own per-route series are exported too; not asserted here: with several hosts in one test
        // process, a host disposed elsewhere can end that shared instrument's stream.)

        // No personal data is ever a label (the server's own listening address is, on Kestrel's series).
        metrics.ShouldNotContain(user.Email!);
        metrics.ShouldNotContain("198.51.100.31");
    }

    [Fact]
    public async Task Metrics_AreServedToTheAllowedNetworksOnly()
    {
        (await factory.Visitor("10.9.3.4").GetAsync("/metrics")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var outsider = await factory.Visitor("198.51.100.23").GetAsync("/metrics");
        outsider.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await outsider.Content.ReadAsStringAsync()).ShouldNotContain("openregion_request");
    }

    [Fact]
    public async Task Traces_CarryTheTenant()
    {
        var seen = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = seen.Add,
        };
        ActivitySource.AddActivityListener(listener);

        await factory.Visitor().GetTextAsync("/khouribga/news?culture=fr");

        seen.ShouldContain(a => (string?)a.GetTagItem("openregion.tenant") == "khouribga");
    }

    [Fact]
    public async Task RequestLogs_NameTheTenant_AndNothingPersonal()
    {
        var user = await PlatformUsers.CreateAsync(factory);
        var visitor = factory.Visitor("198.51.100.77");
        await visitor.LogInAsync(user.Email!, PlatformUsers.Password, "/khouribga");
        await visitor.GetAsync($"/khouribga/search?q={Uri.EscapeDataString(user.Email!)}&token=SECRET-TOKEN-42");

        var logs = Path.Combine(factory.DataDirectory, "logs");
        string[] requests = [];
        for (var i = 0; i < 50 && !requests.Any(l => l.Contains("/search", StringComparison.Ordinal)); i++)
        {
            await Task.Delay(100);
            requests = Directory.GetFiles(logs, "*.clef").SelectMany(f => ReadShared(f)).Where(l => l.Contains("\"@mt\":\"HTTP {RequestMethod}", StringComparison.Ordinal)).ToArray();
        }

        requests.ShouldContain(l => l.Contains("\"RequestPath\":\"/search\"", StringComparison.Ordinal) && l.Contains("\"Tenant\":\"khouribga\"", StringComparison.Ordinal), string.Join("\n", requests.TakeLast(5)));
        requests.ShouldContain(l => l.Contains("\"RequestMethod\":\"POST\"", StringComparison.Ordinal) && l.Contains("\"Tenant\":\"khouribga\"", StringComparison.Ordinal));
        foreach (var secret in new[] { user.Email!, user.Id, "SECRET-TOKEN-42", "198.51.100.77", "127.0.0.1", PlatformUsers.Password })
        {
            requests.ShouldAllBe(l => !l.Contains(secret, StringComparison.Ordinal), secret);
        }
    }

    private static IEnumerable<string> ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
