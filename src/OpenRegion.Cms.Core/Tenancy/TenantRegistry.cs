using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using OpenRegion.Cms.Core.Cluster;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Modules;

namespace OpenRegion.Cms.Core.Tenancy;

/// <summary>
/// The list of tenants and the resolver built from it (small, always in memory), plus the lazily loaded shells, held
/// under a memory budget (<see cref="PlatformOptions.TenantCacheOptions"/>): an idle tenant's shell is released and
/// loads again on its next request. Every change to a tenant (its row, settings, roles) is followed by
/// <see cref="ReloadAsync"/>, which also tells the other nodes, whose registries then <see cref="RefreshAsync"/>.
/// </summary>
public sealed class TenantRegistry(ICmsDbContextFactory dbFactory, PlatformOptions options, ModuleCatalog modules, IClusterBus? cluster = null) : IDisposable
{
    private readonly MemoryCache _shells = new(new MemoryCacheOptions
    {
        SizeLimit = Math.Max(1, options.Tenants.ShellBudgetKilobytes) * 1024L,
        CompactionPercentage = 0.25,
        TrackStatistics = true,
        ExpirationScanFrequency = TimeSpan.FromMinutes(1),
    });

    private readonly Dictionary<string, TenantShell> _held = new(StringComparer.Ordinal);
    private volatile Snapshot _snapshot = new([], new TenantResolver([]), 0);
    private IReadOnlyDictionary<string, IReadOnlySet<string>>? _defaultPermissions;
    private readonly SemaphoreSlim _reloadLock = new(1, 1);

    public IReadOnlyList<Tenant> All => _snapshot.Tenants;

    public TenantResolver Resolver => _snapshot.Resolver;

    public Tenant? Find(string id) => _snapshot.ById.GetValueOrDefault(id);

    /// <summary>Changes whenever any tenant changes (names, features, state): part of every cached page's key.</summary>
    public long Generation => _snapshot.Generation;

    /// <summary>Reads the tenants again after a change made here, and tells the other nodes to do the same.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken = default)
    {
        await RefreshAsync(cancellationToken);
        if (cluster is not null)
        {
            await cluster.PublishAsync(ClusterChange.Tenants);
        }
    }

    /// <summary>Reads the tenants again (another node changed one); every shell loads again on its next use.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        await _reloadLock.WaitAsync(cancellationToken);
        try
        {
            await using var lease = dbFactory.ForPlatform();
            var tenants = await lease.Db.Set<Tenant>().AsNoTracking().OrderBy(t => t.Id).ToListAsync(cancellationToken);
            var defaultId = tenants.FirstOrDefault(t => t.Kind == TenantKind.Region && t.HostNames.Count == 0 && t.UrlPrefix.Length == 0)?.Id;
            var routes = tenants.Select(t => new TenantRoute(t.Id, t.HostNames, t.UrlPrefix, t.Id == defaultId));
            // The list and its generation change together: a shell is always built from the list of its generation.
            _snapshot = new Snapshot(tenants, new TenantResolver(routes), _snapshot.Generation + 1);
        }
        finally
        {
            _reloadLock.Release();
        }
    }

    /// <summary>The tenant's shell, loading it on first use.</summary>
    public async ValueTask<TenantShell?> GetShellAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var snapshot = _snapshot;
        var tenant = snapshot.ById.GetValueOrDefault(tenantId);
        if (tenant is null)
        {
            return null;
        }

        var generation = snapshot.Generation;
        if (_shells.TryGetValue(tenantId, out CachedShell? cached) && cached is not null && cached.Generation == generation)
        {
            return cached.Shell;
        }

        // Not loaded, released, or loaded before a change to the tenants: (re)load it in place of the old one.
        var shell = await LoadShellAsync(tenant, generation, cancellationToken);
        var entry = new MemoryCacheEntryOptions { Size = shell.EstimatedBytes, SlidingExpiration = TimeSpan.FromMinutes(Math.Max(1, options.Tenants.IdleMinutes)) };
        entry.RegisterPostEvictionCallback(static (key, value, reason, state) => ((TenantRegistry)state!).Released((string)key, (CachedShell)value!, reason), this);
        var loaded = new CachedShell(shell, generation);
        _shells.Set(tenantId, loaded, entry);
        lock (_held)
        {
            // Counted only if the cache took it (over the budget it refuses it, and says so through the callback,
            // which may run before or after this line: both look at the flag under the same lock).
            if (!loaded.Evicted)
            {
                _held[tenantId] = shell;
            }
        }

        return shell;
    }

    /// <summary>The memory the tenant's cached state holds now (an estimate), or 0 when it is not loaded.</summary>
    public long MemoryHeld(string tenantId)
    {
        lock (_held)
        {
            return _held.GetValueOrDefault(tenantId)?.EstimatedBytes ?? 0;
        }
    }

    /// <summary>How many shells are loaded and the memory they hold (estimates, as the cache counts them), against the budget.</summary>
    public (int Loaded, long Bytes, long Budget) ShellMemory()
    {
        var statistics = _shells.GetCurrentStatistics();
        return ((int)(statistics?.CurrentEntryCount ?? _shells.Count), statistics?.CurrentEstimatedSize ?? 0, options.Tenants.ShellBudgetKilobytes * 1024L);
    }

    /// <summary>Releases that share of the cached shells now, least recently used first (tests; an operator freeing memory).</summary>
    public void Compact(double percentage = 1.0) => _shells.Compact(percentage);

    private void Released(string tenantId, CachedShell cached, EvictionReason reason)
    {
        lock (_held)
        {
            cached.Evicted = true;
            if (reason != EvictionReason.Replaced && _held.GetValueOrDefault(tenantId) == cached.Shell)
            {
                _held.Remove(tenantId);
            }
        }
    }

    private sealed class CachedShell(TenantShell shell, long generation)
    {
        public TenantShell Shell { get; } = shell;

        public long Generation { get; } = generation;

        /// <summary>Set under the registry's lock when the cache lets it go (or never took it).</summary>
        public bool Evicted { get; set; }
    }

    public void Dispose() => _shells.Dispose();

    private async Task<TenantShell> LoadShellAsync(Tenant tenant, long generation, CancellationToken cancellationToken)
    {
        await using var lease = dbFactory.ForTenant(tenant.Id);
        var settings = await lease.Db.Set<TenantSetting>().AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.ValueJson, cancellationToken);
        var definitions = await lease.Db.Set<TenantRoleDefinition>().AsNoTracking().ToListAsync(cancellationToken);

        // Most tenants keep the modules' default permissions: those sets are built once and shared by every shell.
        _defaultPermissions ??= CmsRoles.TenantRoles.ToDictionary(
            role => role,
            role => (IReadOnlySet<string>)modules.Modules.SelectMany(m => m.Permissions).Where(p => p.DefaultRoles.Contains(role)).Select(p => p.Name).ToFrozenSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        if (definitions.Count == 0)
        {
            return new TenantShell(tenant, settings, _defaultPermissions) { Generation = generation };
        }

        var permissions = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var role in CmsRoles.TenantRoles)
        {
            var defined = definitions.FirstOrDefault(d => d.Role == role);
            permissions[role] = defined is not null ? defined.Permissions.ToFrozenSet(StringComparer.Ordinal) : _defaultPermissions[role];
        }

        return new TenantShell(tenant, settings, permissions) { Generation = generation };
    }

    private sealed class Snapshot(List<Tenant> tenants, TenantResolver resolver, long generation)
    {
        public long Generation { get; } = generation;

        public IReadOnlyList<Tenant> Tenants { get; } = tenants;

        public TenantResolver Resolver { get; } = resolver;

        public FrozenDictionary<string, Tenant> ById { get; } = tenants.ToFrozenDictionary(t => t.Id, StringComparer.Ordinal);
    }
}
