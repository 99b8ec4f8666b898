using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Search;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Core.Workflows;

namespace OpenRegion.Cms.Core.Content;

/// <summary>
/// Keeps this node's search indexes in step with the database, whichever node made the change: it reads the content
/// events of the outbox (<see cref="ContentEvents.Indexed"/>) after its own position, kept in the index folder, and
/// reads each named item again (so applying one twice, or late, is harmless). The node that made a change has
/// already indexed it; the others take it within a second of the bus's signal, or of the next poll without one.
/// </summary>
/// <remarks>
/// Outbox ids are handed out before their transactions commit, so a lower id can appear after a higher one: the
/// position moves only past events older than <see cref="Window"/>, and the events after it that were already read
/// are remembered, not read again. A node that was away for longer than the outbox keeps delivered events
/// (<see cref="OutboxDispatcherOptions.KeepDelivered"/>) rebuilds its indexes instead.
/// </remarks>
public sealed class SearchCatchUp(
    ICmsDbContextFactory dbFactory,
    ContentSearchIndexer indexer,
    SearchIndexProvider indexes,
    TenantRegistry registry,
    TimeProvider clock,
    OutboxDispatcherOptions outbox,
    ILogger<SearchCatchUp> logger)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    public const int BatchSize = 2000;

    private readonly HashSet<long> _read = [];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long? _position;
    private int _tenantsChanged;

    /// <summary>Wakes the loop that calls <see cref="RunOnceAsync"/> (another node published, tenants changed).</summary>
    public AsyncPulse Signal { get; } = new();

    private string PositionFile => Path.Combine(indexes.RootFolder, "outbox-position.txt");

    /// <summary>The last outbox event this node's indexes are known to include (all before it, too).</summary>
    public long? Position => _position;

    /// <summary>Another node changed the tenants: the next run looks for indexes to build or delete.</summary>
    public void TenantsChanged()
    {
        Interlocked.Exchange(ref _tenantsChanged, 1);
        Signal.Pulse();
    }

    /// <returns>How many events were applied.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var position = _position ??= await StartingPositionAsync(cancellationToken);
            if (Interlocked.Exchange(ref _tenantsChanged, 0) == 1)
            {
                await SyncTenantsCoreAsync(cancellationToken);
            }

            var applied = 0;
            while (true)
            {
                List<(long Id, string TenantId, string PayloadJson, DateTimeOffset CreatedUtc)> events;
                await using (var platform = dbFactory.ForPlatform())
                {
                    var types = ContentEvents.Indexed.ToArray();
                    events = [.. (await platform.Db.Set<OutboxMessage>().AsNoTracking()
                        .Where(m => m.Id > position && types.Contains(m.EventType))
                        .OrderBy(m => m.Id).Take(BatchSize)
                        .Select(m => new { m.Id, m.TenantId, m.PayloadJson, m.CreatedUtc })
                        .ToListAsync(cancellationToken)).Select(m => (m.Id, m.TenantId, m.PayloadJson, m.CreatedUtc))];
                }

                foreach (var e in events.Where(e => !_read.Contains(e.Id)))
                {
                    await ApplyAsync(e.TenantId, e.PayloadJson, cancellationToken);
                    _read.Add(e.Id);
                    applied++;
                }

                // Move past the events that are old enough for nothing before them to be still uncommitted.
                var horizon = clock.GetUtcNow() - Window;
                var settled = events.TakeWhile(e => e.CreatedUtc < horizon).Select(e => (long?)e.Id).LastOrDefault();
                if (settled is { } last)
                {
                    position = last;
                    _position = last;
                    _read.RemoveWhere(id => id <= last);
                    Save(last);
                }

                if (events.Count < BatchSize || settled is null)
                {
                    return applied;
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// After a change to the tenants: a running tenant without an index here (new, imported, or a new node) gets it
    /// built from the database; the index of a tenant that no longer exists is deleted.
    /// </summary>
    /// <returns>How many indexes were rebuilt.</returns>
    public async Task<int> SyncTenantsAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await SyncTenantsCoreAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<int> SyncTenantsCoreAsync(CancellationToken cancellationToken)
    {
        var rebuilt = 0;
        foreach (var tenant in registry.All.Where(t => t.State == TenantState.Running && !indexer.HasIndex(t.Id)))
        {
            await using var lease = dbFactory.ForTenant(tenant.Id);
            var count = await indexer.RebuildAsync(lease.Db, tenant.Id, cancellationToken);
            logger.LogInformation("Search index of {Tenant} built ({Count} items)", tenant.Id, count);
            rebuilt++;
        }

        if (registry.All.Count > 0 && Directory.Exists(indexes.RootFolder))
        {
            foreach (var folder in Directory.EnumerateDirectories(indexes.RootFolder).Select(Path.GetFileName))
            {
                if (SearchIndexProvider.IsValidTenantId(folder) && registry.Find(folder!) is null)
                {
                    indexes.DeleteTenant(folder!);
                    logger.LogInformation("Search index of removed tenant {Tenant} deleted", folder);
                }
            }
        }

        return rebuilt;
    }

    private async Task ApplyAsync(string tenantId, string payloadJson, CancellationToken cancellationToken)
    {
        ContentEvent? change;
        try
        {
            change = JsonSerializer.Deserialize<ContentEvent>(payloadJson, Outbox.JsonOptions);
        }
        catch (JsonException)
        {
            change = null;
        }

        if (change is null || registry.Find(tenantId) is not { State: TenantState.Running })
        {
            return; // not readable, or a tenant that is gone or not serving: its index is rebuilt when it comes back
        }

        await using var lease = dbFactory.ForTenant(tenantId);
        var items = await lease.Db.Set<ContentItem>().AsNoTracking().Where(c => c.LocalizationSet == change.LocalizationSet).ToListAsync(cancellationToken);
        foreach (var culture in change.Cultures.Where(SearchIndexProvider.IsSupportedCulture))
        {
            if (items.FirstOrDefault(i => i.Culture == culture) is { } item)
            {
                indexer.Update(item);
            }
            else
            {
                indexes.Unpublish(tenantId, culture, change.LocalizationSet);
            }
        }
    }

    /// <summary>
    /// Where this node starts: its saved position, unless that is older than the outbox keeps events (its indexes are
    /// then rebuilt); with none (a new data directory), the outbox's end, as its indexes are built from the tables.
    /// </summary>
    private async Task<long> StartingPositionAsync(CancellationToken cancellationToken)
    {
        if (File.Exists(PositionFile)
            && File.ReadAllText(PositionFile).Split(' ') is [var id, var saved]
            && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            && DateTimeOffset.TryParse(saved, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var savedUtc))
        {
            if (savedUtc > clock.GetUtcNow() - outbox.KeepDelivered + TimeSpan.FromDays(1))
            {
                return position;
            }

            logger.LogWarning("Search indexes last caught up on {Saved}, before the oldest events kept: rebuilding them", savedUtc);
            foreach (var tenant in registry.All)
            {
                if (indexer.HasIndex(tenant.Id))
                {
                    indexes.DeleteTenant(tenant.Id);
                }
            }
        }

        // Read before building, and only as far as the settled events, so that nothing committed meanwhile is
        // skipped (the last minute's events are read again at worst).
        long end;
        var horizon = clock.GetUtcNow() - Window;
        await using (var platform = dbFactory.ForPlatform())
        {
            end = await platform.Db.Set<OutboxMessage>().Where(m => m.CreatedUtc < horizon).MaxAsync(m => (long?)m.Id, cancellationToken) ?? 0;
        }

        await SyncTenantsCoreAsync(cancellationToken);
        Save(end);
        return end;
    }

    private void Save(long position)
    {
        Directory.CreateDirectory(indexes.RootFolder);
        var temporary = PositionFile + ".tmp";
        File.WriteAllText(temporary, string.Create(CultureInfo.InvariantCulture, $"{position} {clock.GetUtcNow():O}"));
        File.Move(temporary, PositionFile, overwrite: true);
    }
}
