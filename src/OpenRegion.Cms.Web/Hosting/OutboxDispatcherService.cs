using OpenRegion.Cms.Core.Workflows;

namespace OpenRegion.Cms.Web.Hosting;

/// <summary>
/// Runs <see cref="OutboxDispatcher"/> for every tenant: as soon as an event is committed (signal) and at least every
/// <see cref="OutboxDispatcherOptions.PollInterval"/> for timers and retries. Off when "OpenRegion:Workflows:Dispatch"
/// is false (e.g. a node that only serves pages).
/// </summary>
public sealed class OutboxDispatcherService(OutboxDispatcher dispatcher, OutboxDispatcherOptions options, TimeProvider clock, ILogger<OutboxDispatcherService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Dispatch)
        {
            return;
        }

        var nextPurge = clock.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (clock.GetUtcNow() >= nextPurge)
                {
                    nextPurge = clock.GetUtcNow().AddHours(1);
                    var purged = await dispatcher.PurgeAsync(stoppingToken);
                    if (purged > 0)
                    {
                        logger.LogInformation("Purged {Count} delivered events older than {Days} days", purged, options.KeepDelivered.TotalDays);
                    }
                }

                // A full batch means more may be waiting: go again without sleeping.
                if (await dispatcher.RunOnceAsync(stoppingToken) >= OutboxDispatcher.BatchSize)
                {
                    continue;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database may be briefly unreachable: nothing is lost, the messages wait in it.
                logger.LogError(ex, "The outbox dispatcher failed; retrying after the poll interval");
            }

            try
            {
                await OutboxSignal.WaitAsync(options.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
