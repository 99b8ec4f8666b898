using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Web.Hosting;

/// <summary>Runs pending tenants' recipes after start-up, so the host answers (503 for those tenants) meanwhile.</summary>
public sealed class TenantInitializationService(
    TenantInitializer initializer,
    SearchCatchUp search,
    ILogger<TenantInitializationService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await initializer.InitializePendingAsync(stoppingToken);

            // Search indexes are derived data: a running tenant without one (new data directory, lost disk) gets it rebuilt.
            await search.SyncTenantsAsync(stoppingToken);
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
