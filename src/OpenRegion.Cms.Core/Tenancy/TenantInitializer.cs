using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Recipes;

namespace OpenRegion.Cms.Core.Tenancy;

/// <summary>
/// Brings tenants from Uninitialized to Running by running their recipe. While it runs the tenant is Initializing
/// and answers 503; if the recipe fails nothing of it stays and the tenant is Failed, with the reason kept for the operator.
/// </summary>
public sealed class TenantInitializer(ICmsDbContextFactory dbFactory, TenantRegistry registry, RecipeExecutor recipes, RecipeLibrary library, ILogger<TenantInitializer> logger)
{
    public async Task InitializePendingAsync(CancellationToken cancellationToken = default)
    {
        await registry.RefreshAsync(cancellationToken);
        // Initializing here means a previous process stopped mid-recipe; its transaction never committed, so run it again.
        foreach (var tenant in registry.All.Where(t => t.State is TenantState.Uninitialized or TenantState.Initializing).ToList())
        {
            await InitializeAsync(tenant.Id, cancellationToken);
        }
    }

    public async Task<bool> InitializeAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        await SetStateAsync(tenantId, TenantState.Initializing, null, cancellationToken);
        var tenant = registry.Find(tenantId)!;
        try
        {
            if (tenant.Recipe is null)
            {
                await SetStateAsync(tenantId, TenantState.Running, null, cancellationToken);
                return true;
            }

            await recipes.RunAsync(tenant.Recipe, library.Read(tenant.Recipe), tenant, async db =>
            {
                var row = await db.Set<Tenant>().FirstAsync(t => t.Id == tenantId, cancellationToken);
                row.State = TenantState.Running;
                row.StateReason = null;
            }, cancellationToken);
            await registry.ReloadAsync(cancellationToken);
            logger.LogInformation("Tenant {Tenant} is running", tenantId);
            return true;
        }
        catch (Exception ex) when (ex is RecipeException or FileNotFoundException)
        {
            logger.LogError(ex, "Tenant {Tenant} could not be set up", tenantId);
            await SetStateAsync(tenantId, TenantState.Failed, ex.Message, cancellationToken);
            return false;
        }
    }

    private async Task SetStateAsync(string tenantId, TenantState state, string? reason, CancellationToken cancellationToken)
    {
        await using (var lease = dbFactory.ForPlatform())
        {
            var row = await lease.Db.Set<Tenant>().FirstAsync(t => t.Id == tenantId, cancellationToken);
            row.State = state;
            row.StateReason = reason is { Length: > 2000 } ? reason[..2000] : reason;
            await lease.Db.SaveChangesAsync(cancellationToken);
        }

        await registry.ReloadAsync(cancellationToken);
    }
}
