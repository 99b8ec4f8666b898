using OpenRegion.Cms.Core.Workflows;

namespace OpenRegion.Cms.Web.Tests.Infrastructure;

public static class OutboxDrain
{
    /// <summary>Runs the dispatcher until nothing due is left (an event, the events its handlers raised, and so on).</summary>
    public static async Task DrainAsync(this OutboxDispatcher dispatcher)
    {
        for (var round = 0; round < 20 && await dispatcher.RunOnceAsync() > 0; round++)
        {
        }
    }
}
