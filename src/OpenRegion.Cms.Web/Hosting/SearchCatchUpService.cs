using OpenRegion.Cms.Core.Content;

namespace OpenRegion.Cms.Web.Hosting;

/// <summary>Runs <see cref="SearchCatchUp"/>: when woken (another node's change) and at least every few seconds.</summary>
public sealed class SearchCatchUpService(SearchCatchUp catchUp, TimeProvider clock, ILogger<SearchCatchUpService> logger) : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await catchUp.RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Search catch-up failed; retrying after {Interval}", PollInterval);
            }

            try
            {
                await catchUp.Signal.WaitAsync(PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
