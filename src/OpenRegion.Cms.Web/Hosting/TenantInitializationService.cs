using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Web.Hosting;

/// <summary>Runs pending tenants' recipes after start-up, so the host answers (503 for those tenants) meanwhile.</summary>
public sealed class TenantInitializationService(
    TenantInitializer initializer,
    TenantRegistry registry,
    ContentSearchIndexer search,
    ICmsDbContextFactory dbFactory,
    ILogger<TenantInitializationService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await initializer.InitializePendingAsync(stoppingToken);

            // Search indexes are derived data: a running tenant without one (new data directory, lost disk) gets it rebuilt.
            foreach (var tenant in registry.All.Where(t => t.State == TenantState.Running && !search.HasIndex(t.Id)))
            {
                await using var lease = dbFactory.ForTenant(tenant.Id);
                var count = await search.RebuildAsync(lease.Db, tenant.Id, stoppingToken);
                logger.LogInformation("Search index of {Tenant} rebuilt ({Count} items)", tenant.Id, count);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Setting up tenants failed");
        }
    }
}
