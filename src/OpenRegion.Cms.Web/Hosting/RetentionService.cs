using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Privacy;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Web.Hosting;

/// <summary>When the retention sweep runs: first after <see cref="FirstAfter"/>, then every <see cref="Every"/> (section OpenRegion:Privacy).</summary>
public sealed class RetentionOptions
{
    public const string Section = "OpenRegion:Privacy";

    public TimeSpan FirstAfter { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan Every { get; set; } = TimeSpan.FromHours(24);
}

/// <summary>
/// Runs <see cref="RetentionSweep"/> on every site, site after site, once a day. Idempotent: several nodes running it
/// change nothing twice. Logs counts only.
/// </summary>
public sealed class RetentionService(TenantRegistry registry, ICmsDbContextFactory dbs, RetentionOptions options, TimeProvider clock, ILogger<RetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(options.FirstAfter, clock, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                await SweepAllAsync(stoppingToken);
                await Task.Delay(options.Every, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public async Task SweepAllAsync(CancellationToken cancellationToken)
    {
        foreach (var tenant in registry.All.ToList())
        {
            try
            {
                await using var lease = dbs.ForTenant(tenant.Id);
                var report = await RetentionSweep.RunAsync(lease.Db, clock.GetUtcNow(), cancellationToken);
                if (report.Total > 0)
                {
                    logger.LogInformation("Retention sweep of {Tenant}: {Rows} rows without personal data now ({Kinds})", tenant.Id, report.Total, string.Join(", ", report.Changed.Select(c => $"{c.Key} {c.Value}")));
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Retention sweep of {Tenant} failed; the next sweep tries again", tenant.Id);
            }
        }
    }
}
