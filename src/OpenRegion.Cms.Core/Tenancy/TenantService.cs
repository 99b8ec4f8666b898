using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Modules;

namespace OpenRegion.Cms.Core.Tenancy;

/// <summary>Every change to the tenant list: create, disable, enable, features. Each is audited and reloads the registry.</summary>
public sealed class TenantService(ICmsDbContextFactory dbFactory, TenantRegistry registry, ModuleCatalog modules, TimeProvider clock, Microsoft.AspNetCore.Http.IHttpContextAccessor http)
{
    public static Tenant ToTenant(TenantDefinition definition, DateTimeOffset now) => new()
    {
        Id = definition.Id,
        NameAr = definition.NameAr.Trim(),
        NameFr = definition.NameFr.Trim(),
        Kind = definition.Kind,
        ParentId = definition.ParentId,
        Population = definition.Population,
        HostNames = definition.HostNames.Select(h => h.Trim().ToLowerInvariant()).Where(h => h.Length > 0).ToList(),
        UrlPrefix = TenantResolver.NormalizePrefix(definition.UrlPrefix),
        Recipe = definition.Recipe,
        Cultures = definition.Cultures.ToList(),
        State = TenantState.Uninitialized,
        CreatedUtc = now,
        UpdatedUtc = now,
    };

    /// <exception cref="TenantValidationException">The definition breaks a rule or clashes with an existing tenant.</exception>
    public async Task<Tenant> CreateAsync(TenantDefinition definition, CancellationToken cancellationToken = default)
    {
        await registry.RefreshAsync(cancellationToken);
        TenantDefinitionValidator.Validate(definition, registry.All);
        var tenant = ToTenant(definition, clock.GetUtcNow());
        await using (var lease = dbFactory.ForTenant(tenant.Id))
        {
            lease.Db.Set<Tenant>().Add(tenant);
            Audit(lease.Db, "tenant.created", tenant.Id, new { tenant.NameFr, tenant.UrlPrefix, tenant.HostNames, tenant.Recipe });
            await lease.Db.SaveChangesAsync(cancellationToken);
        }

        await registry.ReloadAsync(cancellationToken);
        return tenant;
    }

    public Task DisableAsync(string tenantId, CancellationToken cancellationToken = default) =>
        UpdateAsync(tenantId, "tenant.disabled", t =>
        {
            if (t.State != TenantState.Running)
            {
                throw new TenantValidationException("State", "Only a running tenant can be disabled.");
            }

            // The region's site holds the platform's home and administration: switching it off would strand everyone.
            if (t.Kind == TenantKind.Region)
            {
                throw new TenantValidationException("State", "The region's own site cannot be disabled.");
            }

            t.State = TenantState.Disabled;
        }, cancellationToken);

    public Task EnableAsync(string tenantId, CancellationToken cancellationToken = default) =>
        UpdateAsync(tenantId, "tenant.enabled", t =>
        {
            if (t.State != TenantState.Disabled)
            {
                throw new TenantValidationException("State", "Only a disabled tenant can be enabled.");
            }

            t.State = TenantState.Running;
        }, cancellationToken);

    /// <summary>
    /// Renames a tenant or changes its address (URL prefix, host names) and population, under the rules of a new one
    /// against every other tenant. The region's address is the platform's own and stays as it is.
    /// </summary>
    public async Task UpdateDetailsAsync(string tenantId, string nameAr, string nameFr, int? population, string urlPrefix, IReadOnlyList<string> hostNames, CancellationToken cancellationToken = default)
    {
        await registry.ReloadAsync(cancellationToken);
        var current = registry.Find(tenantId) ?? throw new TenantValidationException("Id", "No such tenant.");
        var definition = new TenantDefinition
        {
            Id = tenantId, NameAr = nameAr, NameFr = nameFr, Kind = current.Kind, ParentId = current.ParentId, Population = population, UrlPrefix = urlPrefix, HostNames = hostNames,
        };
        TenantDefinitionValidator.Validate(definition, registry.All.Where(t => t.Id != tenantId));
        var changed = ToTenant(definition, clock.GetUtcNow());
        if (current.Kind == TenantKind.Region && (changed.UrlPrefix != current.UrlPrefix || !changed.HostNames.SequenceEqual(current.HostNames)))
        {
            throw new TenantValidationException("UrlPrefix", "The region's address is the platform's own and cannot be changed here.");
        }

        // The audit line says what changed, from what, to what: an operator on call reads it without the database.
        var details = new Dictionary<string, object?>();
        void Changed(string field, object? before, object? after)
        {
            if (!Equals(before, after))
            {
                details[field] = new { before, after };
            }
        }

        Changed("nameAr", current.NameAr, changed.NameAr);
        Changed("nameFr", current.NameFr, changed.NameFr);
        Changed("population", current.Population, changed.Population);
        Changed("prefix", current.UrlPrefix, changed.UrlPrefix);
        Changed("hosts", string.Join(",", current.HostNames), string.Join(",", changed.HostNames));
        await UpdateAsync(tenantId, "tenant.updated", t =>
        {
            t.NameAr = changed.NameAr;
            t.NameFr = changed.NameFr;
            t.Population = changed.Population;
            t.UrlPrefix = changed.UrlPrefix;
            t.HostNames = changed.HostNames;
        }, cancellationToken, details: details);
    }

    /// <summary>Enables (with its dependencies) or disables one feature; refuses to disable a feature others need.</summary>
    public Task SetFeatureAsync(string tenantId, string featureId, bool enabled, CancellationToken cancellationToken = default) =>
        UpdateAsync(tenantId, enabled ? "tenant.feature.enabled" : "tenant.feature.disabled", t =>
        {
            if (modules.Find(featureId) is null)
            {
                throw new TenantValidationException("Feature", "Unknown feature.");
            }

            if (enabled)
            {
                t.EnabledFeatures = t.EnabledFeatures.Union(modules.WithDependencies([featureId])).ToList();
            }
            else
            {
                var dependents = t.EnabledFeatures.Where(f => modules.Find(f)?.Dependencies.Contains(featureId) == true).ToList();
                if (dependents.Count > 0)
                {
                    throw new TenantValidationException("Feature", "Another enabled feature depends on this one: " + string.Join(", ", dependents));
                }

                t.EnabledFeatures = t.EnabledFeatures.Where(f => f != featureId).ToList();
            }
        }, cancellationToken, featureId);

    private async Task UpdateAsync(string tenantId, string action, Action<Tenant> change, CancellationToken cancellationToken, string? target = null, object? details = null)
    {
        await using (var lease = dbFactory.ForTenant(tenantId))
        {
            var tenant = await lease.Db.Set<Tenant>().FirstOrDefaultAsync(t => t.Id == tenantId, cancellationToken)
                ?? throw new TenantValidationException("Id", "No such tenant.");
            change(tenant);
            tenant.UpdatedUtc = clock.GetUtcNow();
            Audit(lease.Db, action, target ?? tenantId, details);
            await lease.Db.SaveChangesAsync(cancellationToken);
        }

        await registry.ReloadAsync(cancellationToken);
    }

    private void Audit(ICmsDbContext db, string action, string target, object? details) =>
        new AuditLog(db, http, clock).Record(action, target, details);
}
