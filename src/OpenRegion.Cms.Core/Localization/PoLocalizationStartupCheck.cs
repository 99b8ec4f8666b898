using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace OpenRegion.Cms.Core.Localization;

/// <summary>Builds the store when the host starts, so a malformed PO file stops start-up rather than the first request.</summary>
internal sealed class PoLocalizationStartupCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<PoLocalizationStore>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
