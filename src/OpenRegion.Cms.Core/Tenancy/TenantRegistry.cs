using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Modules;

namespace OpenRegion.Cms.Core.Tenancy;

/// <summary>
/// The list of tenants and the resolver built from it (small, always in memory), plus the lazily loaded shells.
/// Every change to a tenant goes through <see cref="TenantService"/>, which calls <see cref="ReloadAsync"/>.
/// </summary>
public sealed class TenantRegistry(ICmsDbContextFactory dbFactory, IMemoryCache cache, ModuleCatalog modules)
{
    private static readonly MemoryCacheEntryOptions ShellCacheOptions = new() { SlidingExpiration = TimeSpan.FromMinutes(20) };
    private volatile Snapshot _snapshot = new([], new TenantResolver([]));
    private readonly SemaphoreSlim _reloadLock = new(1, 1);
    private long _generation;

    public IReadOnlyList<Tenant> All => _snapshot.Tenants;

    public TenantResolver Resolver => _snapshot.Resolver;

    public Tenant? Find(string id) => _snapshot.ById.GetValueOrDefault(id);

    /// <summary>Changes whenever any tenant changes (names, features, state): part of every cached page's key.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public async Task ReloadAsync(CancellationToken cancellationToken = default)
    {
        await _reloadLock.WaitAsync(cancellationToken);
        try
        {
            await using var lease = dbFactory.ForPlatform();
            var tenants = await lease.Db.Set<Tenant>().AsNoTracking().OrderBy(t => t.Id).ToListAsync(cancellationToken);
            var defaultId = tenants.FirstOrDefault(t => t.Kind == TenantKind.Region && t.HostNames.Count == 0 && t.UrlPrefix.Length == 0)?.Id;
            var routes = tenants.Select(t => new TenantRoute(t.Id, t.HostNames, t.UrlPrefix, t.Id == defaultId));
            _snapshot = new Snapshot(tenants, new TenantResolver(routes));
            Interlocked.Increment(ref _generation);
        }
        finally
        {
            _reloadLock.Release();
        }
    }

    /// <summary>The tenant's shell, loading it on first use.</summary>
    public async ValueTask<TenantShell?> GetShellAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var tenant = Find(tenantId);
        if (tenant is null)
        {
            return null;
        }

        var key = (typeof(TenantShell), tenantId, Generation);
        if (cache.TryGetValue(key, out TenantShell? shell) && shell is not null)
        {
            return shell;
        }

        shell = await LoadShellAsync(tenant, cancellationToken);
        cache.Set(key, shell, ShellCacheOptions);
        return shell;
    }

    private async Task<TenantShell> LoadShellAsync(Tenant tenant, CancellationToken cancellationToken)
    {
        await using var lease = dbFactory.ForTenant(tenant.Id);
        var settings = await lease.Db.Set<TenantSetting>().AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.ValueJson, cancellationToken);
        var definitions = await lease.Db.Set<TenantRoleDefinition>().AsNoTracking().ToListAsync(cancellationToken);

        var permissions = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var role in CmsRoles.TenantRoles)
        {
            var defined = definitions.FirstOrDefault(d => d.Role == role);
            var set = defined is not null
                ? defined.Permissions.ToFrozenSet(StringComparer.Ordinal)
                : modules.Modules.SelectMany(m => m.Permissions).Where(p => p.DefaultRoles.Contains(role)).Select(p => p.Name).ToFrozenSet(StringComparer.Ordinal);
            permissions[role] = set;
        }

        return new TenantShell(tenant, settings, permissions);
    }

    private sealed class Snapshot(List<Tenant> tenants, TenantResolver resolver)
    {
        public IReadOnlyList<Tenant> Tenants { get; } = tenants;

        public TenantResolver Resolver { get; } = resolver;

        public FrozenDictionary<string, Tenant> ById { get; } = tenants.ToFrozenDictionary(t => t.Id, StringComparer.Ordinal);
    }
}
