using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Workflows;

namespace OpenRegion.Cms.Web.Hosting;

/// <summary>
/// Scheduled publication and withdrawal: each schedule is an outbox timer (set by <see cref="ContentEditor"/> when
/// an editor saves a date); when it fires, this handler publishes or withdraws what is due in that tenant. No tenant
/// is polled: a site with nothing scheduled costs nothing, however many sites there are.
/// </summary>
public sealed class ScheduledPublishingHandler(ContentVersions versions, ContentSearchIndexer search) : IEventHandler
{
    public string Name => "content.scheduled-publishing";

    public bool Handles(string eventType) => eventType == ContentEvents.ScheduleDue;

    public Task HandleAsync(DomainEvent domainEvent, EventHandlerContext context, CancellationToken cancellationToken) =>
        Editor(context.Db, context.Clock, versions, search).RunScheduleAsync(cancellationToken);

    internal static ContentEditor Editor(ICmsDbContext db, TimeProvider clock, ContentVersions versions, ContentSearchIndexer search) =>
        new(db, new AuditLog(db, new HttpContextAccessor(), clock), clock, versions, search);
}

/// <summary>
/// Once at start-up: schedules saved before timers existed (an upgrade) get their timers, and what fell due while
/// the platform was stopped is carried out. One query finds the tenants concerned; the others are not touched.
/// </summary>
public sealed class ScheduledPublishingCatchUp(
    ICmsDbContextFactory dbFactory,
    TimeProvider clock,
    ContentVersions versions,
    ContentSearchIndexer search,
    ILogger<ScheduledPublishingCatchUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Catching up scheduled publications failed; the timers set since still fire");
        }
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        List<string> tenants;
        await using (var platform = dbFactory.ForPlatform())
        {
            tenants = await platform.Db.Set<ContentItem>().AsNoTracking()
                .Where(c => c.PublishAtUtc != null || c.UnpublishAtUtc != null)
                .Select(c => c.TenantId).Distinct().ToListAsync(cancellationToken);
        }

        foreach (var tenant in tenants)
        {
            await using var lease = dbFactory.ForTenant(tenant);
            var editor = ScheduledPublishingHandler.Editor(lease.Db, clock, versions, search);
            await editor.RunScheduleAsync(cancellationToken);
            var scheduled = await lease.Db.Set<ContentItem>().AsNoTracking()
                .Where(c => c.PublishAtUtc != null || c.UnpublishAtUtc != null).ToListAsync(cancellationToken);
            foreach (var set in scheduled.GroupBy(c => c.LocalizationSet))
            {
                var first = set.First();
                await editor.ScheduleTimersAsync(first.ContentType, set.Key, set.Select(c => c.Culture), first.PublishAtUtc, first.UnpublishAtUtc, cancellationToken);
            }

            await lease.Db.SaveChangesAsync(cancellationToken);
        }
    }
}
