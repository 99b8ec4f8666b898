using System.Text.Json;

namespace OpenRegion.Cms.Core.Tenancy;

/// <summary>
/// The state of one running tenant that requests need: its descriptor, settings and role permissions.
/// Loaded on the tenant's first request and evicted when idle, so idle communes cost next to nothing.
/// </summary>
public sealed class TenantShell(Tenant tenant, IReadOnlyDictionary<string, string> settings, IReadOnlyDictionary<string, IReadOnlySet<string>> rolePermissions)
{
    private readonly HashSet<string> _features = new(tenant.EnabledFeatures, StringComparer.Ordinal);

    public Tenant Tenant { get; } = tenant;

    public string Id => Tenant.Id;

    /// <summary>The registry's generation this shell was built from: a cached page made with it is keyed by it.</summary>
    public long Generation { get; init; }

    public bool IsFeatureEnabled(string featureId) => _features.Contains(featureId);

    public IReadOnlyDictionary<string, string> Settings { get; } = settings;

    /// <summary>Permissions held by each role on this tenant (tenant definitions over module defaults).</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> RolePermissions { get; } = rolePermissions;

    /// <summary>
    /// What the shell holds in memory, roughly: a fixed part (the tenant, the dictionaries, the feature set) and its
    /// settings as UTF-16 text. Permission sets shared with other tenants are not counted here.
    /// </summary>
    public long EstimatedBytes { get; } = 2048 + 64L * tenant.EnabledFeatures.Count + settings.Sum(s => 64L + 2L * (s.Key.Length + s.Value.Length));

    public T? Setting<T>(string key, T? fallback = default) =>
        Settings.TryGetValue(key, out var json) ? JsonSerializer.Deserialize<T>(json) : fallback;
}
