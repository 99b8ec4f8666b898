using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Search;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Core.Workflows;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Web.Tests.Cluster;

/// <summary>
/// A second node's search indexes (their own folder, their own catch-up, a clock the test moves) following what the
/// host publishes and withdraws, from the outbox alone: a new node builds its indexes, then takes each event once,
/// resumes from its saved position after a restart, and rebuilds when it was away longer than events are kept.
/// </summary>
public abstract class SearchCatchUpTests<TFactory>(TFactory factory) : IDisposable where TFactory : PlatformFactory
{
    private const string Tenant = "khouribga";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "openregion-tests", "node-b-search-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly List<SearchIndexProvider> _providers = [];

    private (SearchCatchUp CatchUp, SearchIndexProvider Indexes) Node()
    {
        var indexes = new SearchIndexProvider(_folder);
        _providers.Add(indexes);
        var catchUp = new SearchCatchUp(factory.Service<ICmsDbContextFactory>(), new ContentSearchIndexer(indexes), indexes, factory.Service<TenantRegistry>(),
            _clock, new OutboxDispatcherOptions(), NullLogger<SearchCatchUp>.Instance);
        return (catchUp, indexes);
    }

    private static int Found(SearchIndexProvider indexes, string text) => indexes.Search(Tenant, "fr", new SearchQuery(text)).TotalHits;

    private async Task<string> PublishAsync(BrowserSession admin, string suffix)
    {
        var saved = await admin.SubmitFormAsync($"/{Tenant}/admin/content/new/News", ContentAdmin.Fields("publish",
            (0, "Title", $"فتح باب الترشيح لمجلس الشباب {suffix}"),
            (0, "Body", "تعلن الجماعة عن فتح باب الترشيح."),
            (1, "Title", $"Appel à candidatures pour le conseil des jeunes {suffix}"),
            (1, "Body", "La commune ouvre les candidatures au conseil communal des jeunes.")));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return await ContentAdmin.SetAsync(factory, Tenant, ContentTypes.News.Name, "fr", suffix);
    }

    [Fact]
    public async Task A_node_follows_publications_from_the_outbox_once_each_and_resumes_after_a_restart()
    {
        // The demo's own events (its recipes' content) are a minute old: a new node takes the tables as they are.
        _clock.SetUtcNow(DateTimeOffset.UtcNow + SearchCatchUp.Window + TimeSpan.FromSeconds(1));
        var (node, indexes) = Node();
        (await node.RunOnceAsync()).ShouldBe(0);
        indexes.Search(Tenant, "fr", new SearchQuery("commune")).TotalHits.ShouldBeGreaterThan(0, "a new node builds its indexes from the tables");
        node.Position.ShouldNotBeNull();

        var admin = await PlatformUsers.PlatformAdminAsync(factory);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var set = await PublishAsync(admin, suffix);
        Found(indexes, suffix).ShouldBe(0, "the host indexed it in its own folder, not this node's");

        (await node.RunOnceAsync()).ShouldBe(1);
        Found(indexes, suffix).ShouldBe(1);
        (await node.RunOnceAsync()).ShouldBe(0, "an event is read once");

        // A minute later the event is settled: the position is past it (at once, if the test was quick enough for
        // it to be older than the window already) and saved for the next start.
        long published;
        await using (var db = factory.Service<OpenRegion.Cms.Data.CmsDbContextFactory>().Create(OpenRegion.Cms.Data.CmsDbScope.Platform))
        {
            published = (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                db.Set<OutboxMessage>().Where(m => m.EventType == ContentEvents.Published).Select(m => new { m.Id, m.PayloadJson })))
                .Where(m => m.PayloadJson.Contains(set, StringComparison.Ordinal)).Max(m => m.Id);
        }

        _clock.SetUtcNow(DateTimeOffset.UtcNow + SearchCatchUp.Window + TimeSpan.FromSeconds(1));
        (await node.RunOnceAsync()).ShouldBe(0);
        (node.Position ?? 0).ShouldBeGreaterThanOrEqualTo(published, await PendingAsync(node.Position));
        indexes.Dispose();

        (node, indexes) = Node();
        (await node.RunOnceAsync()).ShouldBe(0, "restarted, the node resumes after what it had read");
        Found(indexes, suffix).ShouldBe(1);

        (await admin.SubmitFormAsync($"/{Tenant}/admin/content/{set}", new Dictionary<string, string> { ["action"] = "unpublish" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await node.RunOnceAsync()).ShouldBe(1);
        Found(indexes, suffix).ShouldBe(0);
        indexes.Dispose();

        // Away for longer than the outbox keeps events: the indexes are built again rather than trusted.
        _clock.Advance(new OutboxDispatcherOptions().KeepDelivered);
        (node, indexes) = Node();
        var stale = Path.Combine(_folder, Tenant, "fr", "stale.marker");
        await File.WriteAllTextAsync(stale, "");
        await node.RunOnceAsync();
        File.Exists(stale).ShouldBeFalse();
        indexes.Search(Tenant, "fr", new SearchQuery("commune")).TotalHits.ShouldBeGreaterThan(0);
        Found(indexes, suffix).ShouldBe(0);
    }

    /// <summary>What the outbox holds after <paramref name="position"/>, for a failure's message.</summary>
    private async Task<string> PendingAsync(long? position)
    {
        await using var db = factory.Service<OpenRegion.Cms.Data.CmsDbContextFactory>().Create(OpenRegion.Cms.Data.CmsDbScope.Platform);
        var rows = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.Set<OutboxMessage>().Where(m => m.Id > position).OrderBy(m => m.Id).Select(m => new { m.Id, m.EventType, m.TenantId, m.CreatedUtc }));
        return $"clock {_clock.GetUtcNow():O}; after {position}: " + string.Join("; ", rows.Select(r => $"{r.Id} {r.EventType} {r.TenantId} {r.CreatedUtc:O}"));
    }

    public void Dispose()
    {
        _providers.ForEach(p => p.Dispose());
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }

        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteSearchCatchUpTests(SqlitePlatformFactory factory) : SearchCatchUpTests<SqlitePlatformFactory>(factory), IClassFixture<SqlitePlatformFactory>;

public sealed class PostgresSearchCatchUpTests(PostgresPlatformFactory factory) : SearchCatchUpTests<PostgresPlatformFactory>(factory), IClassFixture<PostgresPlatformFactory>;
