using Microsoft.AspNetCore.Http;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Web.Hosting;

/// <summary>
/// Publishes and withdraws scheduled content when its time comes, for every running tenant, whether or not the
/// tenant has had a request since the process started. Time comes from <see cref="TimeProvider"/>.
/// </summary>
public sealed class ScheduledPublishingService(
    TenantRegistry registry,
    ICmsDbContextFactory dbFactory,
    TimeProvider clock,
    ContentVersions versions,
    ContentSearchIndexer search,
    ILogger<ScheduledPublishingService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            await RunOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    /// <returns>How many items were published or withdrawn.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        foreach (var tenant in registry.All.Where(t => t.State == TenantState.Running))
        {
            try
            {
                await using var lease = dbFactory.ForTenant(tenant.Id);
                var editor = new ContentEditor(lease.Db, new AuditLog(lease.Db, new HttpContextAccessor(), clock), clock, versions, search);
                var count = await editor.RunScheduleAsync(cancellationToken);
                if (count > 0)
                {
                    logger.LogInformation("Scheduled publishing changed {Count} items of {Tenant}", count, tenant.Id);
                }

                total += count;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                // One tenant's failure must not hold back the others; the next tick retries.
                logger.LogError(ex, "Scheduled publishing failed for {Tenant}", tenant.Id);
            }
        }

        return total;
    }
}
