using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.AdvisoryBodies;
using OpenRegion.Cms.Core.Workflows;

namespace OpenRegion.AdvisoryBodies.Domain;

/// <summary>
/// A referral's due date is near: tells the body's sitting members, unless the opinion went in or the date moved since
/// the timer was set. Its only effect is outbox rows saved with its delivery record, so a retry never tells twice.
/// </summary>
public sealed class DueDateReminderHandler : IEventHandler
{
    public string Name => "advisory.due-soon";

    public bool Handles(string eventType) => eventType == AdvisoryEvents.DueSoon;

    public async Task HandleAsync(DomainEvent domainEvent, EventHandlerContext context, CancellationToken cancellationToken)
    {
        var due = domainEvent.Payload<AdvisoryEvents.DueSoonPayload>();
        var opinion = await context.Db.Set<Opinion>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == due.OpinionId, cancellationToken);
        if (opinion is null || opinion.State != OpinionState.Drafting || opinion.DueOn != due.DueOn)
        {
            return;
        }

        var body = await context.Db.Set<AdvisoryBody>().AsNoTracking().FirstAsync(b => b.Id == opinion.BodyId, cancellationToken);
        await Drafting.TellMembersAsync(context.Db, body, opinion, AdvisoryNotifications.DueSoon, due.DaysLeft, context.Clock, cancellationToken);
    }
}
