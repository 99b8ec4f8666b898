using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Data;
using OpenRegion.Cms.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OpenRegion.Cms.Web.Tests.Cluster;

/// <summary>
/// Two nodes of one deployment, as behind a load balancer: two hosts of the platform on Kestrel (their own ports,
/// data directories, caches and search indexes), one PostgreSQL database, one Redis server (both started by
/// scripts/test.sh), one shared folder for media. What one node changes, the other shows within a second.
/// </summary>
public sealed class TwoNodes : IAsyncLifetime
{
    public string Name { get; } = "openregion-test-" + Guid.NewGuid().ToString("N")[..8];

    public string SharedDirectory { get; } = Path.Combine(Path.GetTempPath(), "openregion-tests", "shared-" + Guid.NewGuid().ToString("N"));

    public ClusterNode A { get; private set; } = null!;

    public ClusterNode B { get; private set; } = null!;

    public static string RedisConfiguration =>
        Environment.GetEnvironmentVariable("OPENREGION_TEST_REDIS")
        ?? throw new InvalidOperationException("OPENREGION_TEST_REDIS is not set: run the tests with `bash scripts/test.sh`, which starts a Redis server.");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(SharedDirectory);
        A = new ClusterNode(this);
        await A.InitializeAsync();
        B = new ClusterNode(this) { DatabaseName = A.DatabaseName, JoinsDatabase = true };
        await B.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
        try
        {
            Directory.Delete(SharedDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>A person's browser, whose requests the load balancer sends to <paramref name="node"/> (one cookie jar for all nodes).</summary>
    public static BrowserSession Browser(ClusterNode node, CookieContainer jar) =>
        new(new HttpClient(new SocketsHttpHandler { CookieContainer = jar, UseCookies = true, AllowAutoRedirect = false }) { BaseAddress = new Uri(node.BaseUrl) });
}

public sealed class ClusterNode(TwoNodes cluster) : PostgresPlatformFactory
{
    public string BaseUrl { get; private set; } = "";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:Redis", TwoNodes.RedisConfiguration);
        builder.UseSetting("OpenRegion:Cluster:Name", cluster.Name);
        builder.UseSetting("OpenRegion:SharedDirectory", cluster.SharedDirectory);
    }

    protected override void Start() => BaseUrl = StartOnKestrel();
}

public sealed class TwoNodesTests(TwoNodes nodes, ITestOutputHelper output) : IClassFixture<TwoNodes>
{
    private const string Tenant = "beni-mellal";
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    /// <summary>Asks until <paramref name="seen"/> holds; returns how long it took, failing after <paramref name="limit"/>.</summary>
    private static async Task<TimeSpan> UntilAsync(Func<Task<bool>> seen, TimeSpan limit, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await seen())
        {
            if (clock.Elapsed > limit)
            {
                throw new ShouldAssertException($"{what}: not seen after {limit.TotalMilliseconds} ms");
            }

            await Task.Delay(20);
        }

        return clock.Elapsed;
    }

    private async Task<BrowserSession> AdminOnAsync(ClusterNode node, CookieContainer jar)
    {
        var admin = TwoNodes.Browser(node, jar);
        await admin.LogInAsync(PlatformFactory.AdminEmail, PlatformFactory.AdminPassword);
        return admin;
    }

    [Fact]
    public async Task ASignInOnOneNodeHoldsOnTheOther_AndAFormFromOneIsAcceptedByTheOther()
    {
        var jar = new CookieContainer();
        await AdminOnAsync(nodes.A, jar);
        var onB = TwoNodes.Browser(nodes.B, jar);

        // Signed in on A, the administration answers on B (the cookie is read with the shared keys).
        (await onB.GetTextAsync("/admin/tenants")).ShouldContain(Tenant);
        (await TwoNodes.Browser(nodes.B, new CookieContainer()).GetAsync("/admin/tenants")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // A form opened on B, sent to A: its antiforgery token is good there too. A feature switched off on A is
        // gone from B within a second, and back when switched on again.
        var citizen = TwoNodes.Browser(nodes.B, new CookieContainer());
        (await citizen.GetAsync($"/{Tenant}/petitions")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = await onB.TokenAsync($"/{Tenant}/admin/features");
        var onA = TwoNodes.Browser(nodes.A, jar);
        var off = await onA.PostAsync($"/{Tenant}/admin/features", new Dictionary<string, string> { ["feature"] = "OpenRegion.Petitions", ["enable"] = "false" }, token);
        (await off.Content.ReadAsStringAsync()).ShouldContain("OpenRegion.Petitions");
        off.StatusCode.ShouldBe(HttpStatusCode.OK);
        var gone = await UntilAsync(async () => (await citizen.GetAsync($"/{Tenant}/petitions")).StatusCode == HttpStatusCode.NotFound, Second, "feature off on B");
        var on = await onA.PostAsync($"/{Tenant}/admin/features", new Dictionary<string, string> { ["feature"] = "OpenRegion.Petitions", ["enable"] = "true" }, await onB.TokenAsync($"/{Tenant}/admin/features"));
        on.StatusCode.ShouldBe(HttpStatusCode.OK);
        var back = await UntilAsync(async () => (await citizen.GetAsync($"/{Tenant}/petitions")).StatusCode == HttpStatusCode.OK, Second, "feature on again on B");
        output.WriteLine($"feature off seen on B after {gone.TotalMilliseconds:F0} ms, on again after {back.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public async Task NewsPublishedOnOneNodeIsReadAndFoundOnTheOther()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var visitor = TwoNodes.Browser(nodes.B, new CookieContainer());
        // B has the list in its page cache before the publication.
        (await visitor.GetTextAsync($"/{Tenant}/news?culture=fr")).ShouldNotContain(suffix);
        (await visitor.GetTextAsync($"/{Tenant}/news?culture=fr")).ShouldNotContain(suffix);

        var editor = await AdminOnAsync(nodes.A, new CookieContainer());
        var saved = await editor.SubmitFormAsync($"/{Tenant}/admin/content/new/News", ContentAdmin.Fields("publish",
            (0, "Title", $"الجهة تطلق منصة المشاركة {suffix}"),
            (0, "Body", "منصة رقمية للمشاركة المواطنة في جهة بني ملال خنيفرة."),
            (1, "Title", $"La Région lance sa plateforme de participation {suffix}"),
            (1, "Body", "Une plateforme numérique de participation citoyenne pour la région Béni Mellal-Khénifra.")));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());

        var read = await UntilAsync(async () => (await visitor.GetTextAsync($"/{Tenant}/news?culture=fr")).Contains(suffix, StringComparison.Ordinal), Second, "news on B");
        (await visitor.GetTextAsync($"/{Tenant}/news?culture=ar")).ShouldContain(suffix);

        // B's own search index takes it from the outbox.
        var found = await UntilAsync(async () => (await visitor.GetTextAsync($"/{Tenant}/search?q={suffix}&culture=fr")).Contains("lance sa plateforme", StringComparison.Ordinal), TimeSpan.FromSeconds(10), "search on B");
        var set = await ContentAdmin.SetAsync(nodes.A, Tenant, ContentTypes.News.Name, "fr", suffix);

        // Withdrawn on A: gone from B's list and B's search.
        var unpublished = await editor.SubmitFormAsync($"/{Tenant}/admin/content/{set}", new Dictionary<string, string> { ["action"] = "unpublish" });
        unpublished.StatusCode.ShouldBe(HttpStatusCode.Redirect, await unpublished.Content.ReadAsStringAsync());
        await UntilAsync(async () => !(await visitor.GetTextAsync($"/{Tenant}/news?culture=fr")).Contains(suffix, StringComparison.Ordinal), Second, "withdrawal on B");
        await UntilAsync(async () => !(await visitor.GetTextAsync($"/{Tenant}/search?q={suffix}&culture=fr")).Contains("lance sa plateforme", StringComparison.Ordinal), TimeSpan.FromSeconds(10), "withdrawal from B's search");
        output.WriteLine($"published news read on B after {read.TotalMilliseconds:F0} ms, found by B's search after {found.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public async Task ATenantRenamedOnOneNodeIsRenamedOnTheOther()
    {
        var visitor = TwoNodes.Browser(nodes.B, new CookieContainer());
        var name = "Azilal " + Guid.NewGuid().ToString("N")[..4];
        (await visitor.GetTextAsync("/azilal/?culture=fr")).ShouldNotContain(name);

        var admin = await AdminOnAsync(nodes.A, new CookieContainer());
        var renamed = await admin.PostFieldsAsync("/admin/tenants/azilal?culture=fr", "/admin/tenants/azilal?handler=details&culture=fr",
            ("Details.NameAr", "جماعة أزيلال"), ("Details.NameFr", name), ("Details.Population", "30324"), ("Details.UrlPrefix", "azilal"), ("Details.HostNames", ""));
        renamed.StatusCode.ShouldBe(HttpStatusCode.Redirect, await renamed.Content.ReadAsStringAsync());

        (await TwoNodes.Browser(nodes.A, new CookieContainer()).GetTextAsync("/azilal/?culture=fr")).ShouldContain(name);
        var seen = await UntilAsync(async () => (await visitor.GetTextAsync("/azilal/?culture=fr")).Contains(name, StringComparison.Ordinal), Second, "new name on B");
        output.WriteLine($"rename seen on B after {seen.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public async Task ANodeThatLostTheBusRefreshesEverythingWhenItIsBack()
    {
        // A change whose message never reached B (written here straight to the database, told to nobody)...
        var visitor = TwoNodes.Browser(nodes.B, new CookieContainer());
        var name = "Khouribga " + Guid.NewGuid().ToString("N")[..4];
        (await visitor.GetTextAsync("/khouribga/?culture=fr")).ShouldNotContain(name);
        await using (var db = nodes.A.Service<CmsDbContextFactory>().Create(CmsDbScope.Platform))
        {
            (await db.Set<Core.Tenancy.Tenant>().Where(t => t.Id == "khouribga").ExecuteUpdateAsync(u => u.SetProperty(t => t.NameFr, name))).ShouldBe(1);
        }

        await Task.Delay(200);
        (await visitor.GetTextAsync("/khouribga/?culture=fr")).ShouldNotContain(name);

        // ...is seen once B's connection to Redis drops and comes back (as after a network failure).
        var client = "openregion-" + nodes.B.Service<Core.Cluster.RedisCluster>().NodeId;
        await using var redis = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(TwoNodes.RedisConfiguration + ",allowAdmin=true");
        var server = redis.GetServer(redis.GetEndPoints()[0]);
        var killed = 0;
        foreach (var connection in (await server.ClientListAsync()).Where(c => c.Name == client))
        {
            await server.ClientKillAsync(connection.Id, clientType: null, endpoint: null, skipMe: true);
            killed++;
        }

        killed.ShouldBeGreaterThan(0);
        var seen = await UntilAsync(async () => (await visitor.GetTextAsync("/khouribga/?culture=fr")).Contains(name, StringComparison.Ordinal), TimeSpan.FromSeconds(15), "refresh on B after reconnecting");
        output.WriteLine($"{killed} connections of B cut; the change it had missed seen after {seen.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public async Task ARoleTakenBackOnOneNodeIsTakenBackOnTheOther()
    {
        var editor = await PlatformUsers.CreateAsync(nodes.A, Tenant, CmsRoles.Editor);
        var jar = new CookieContainer();
        var onB = TwoNodes.Browser(nodes.B, jar);
        await TwoNodes.Browser(nodes.A, jar).LogInAsync(editor.Email!, PlatformUsers.Password, "/" + Tenant);
        (await onB.GetAsync($"/{Tenant}/admin/content")).StatusCode.ShouldBe(HttpStatusCode.OK); // B now holds the grants in its cache

        long grant;
        await using (var db = nodes.A.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant(Tenant)))
        {
            grant = (await db.Set<TenantRoleGrant>().SingleAsync(g => g.UserId == editor.Id)).Id;
        }

        var admin = await AdminOnAsync(nodes.A, new CookieContainer());
        var revoked = await admin.SubmitAsync($"/{Tenant}/admin/users", new Dictionary<string, string> { ["grantId"] = grant.ToString(CultureInfo.InvariantCulture) }, $"/{Tenant}/admin/users?handler=Revoke");
        revoked.StatusCode.ShouldBe(HttpStatusCode.OK);

        var refused = await UntilAsync(async () => (await onB.GetAsync($"/{Tenant}/admin/content")).StatusCode == HttpStatusCode.Forbidden, Second, "revocation on B");
        output.WriteLine($"revocation applied on B after {refused.TotalMilliseconds:F0} ms");
    }
}
