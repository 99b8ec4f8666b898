using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Consultations;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Notifications;
using OpenRegion.Cms.Core.Workflows;

namespace OpenRegion.Consultations.Domain;

/// <summary>Why a contribution, a reaction or a report is refused; each has its explanation on the page.</summary>
public enum ContributionRefusal
{
    NotOpen,
    UnknownSection,
    SectionHidden,
    UnknownParent,
    Blocked,
    AlreadyReported,
}

/// <summary>
/// The rules of contributing, in one place for the public page and the workshop form: only while the consultation is
/// open (workshop records until the synthesis), only on a visible section of this consultation, replies one level
/// deep to a visible comment of the same section, never from a blocked account. A contribution, its author's follow
/// of the consultation, the reply notice and the event are saved together.
/// </summary>
public static class Contributing
{
    public sealed record Post(long SectionId, long? ParentId, string? UserId, string AuthorName, string Body, ContributionChannel Channel = ContributionChannel.Online, long? WorkshopId = null, long? AttachmentId = null);

    public static async Task<(Contribution? Saved, ContributionRefusal? Refusal)> PostAsync(ICmsDbContext db, Consultation consultation, Post post, TimeProvider clock, CancellationToken cancellationToken)
    {
        var phase = consultation.PhaseAt(clock.GetUtcNow());
        var open = post.Channel == ContributionChannel.Workshop ? phase is ConsultationPhase.Open or ConsultationPhase.Closed : phase == ConsultationPhase.Open;
        if (!open)
        {
            return (null, ContributionRefusal.NotOpen);
        }

        var section = await db.Set<ConsultationSection>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == post.SectionId && s.ConsultationId == consultation.Id, cancellationToken);
        if (section is null)
        {
            return (null, ContributionRefusal.UnknownSection);
        }

        if (section.HiddenReason is not null)
        {
            return (null, ContributionRefusal.SectionHidden);
        }

        Contribution? parent = null;
        if (post.ParentId is { } parentId)
        {
            parent = await db.Set<Contribution>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == parentId && c.SectionId == section.Id && c.ParentId == null && c.HiddenUtc == null, cancellationToken);
            if (parent is null)
            {
                return (null, ContributionRefusal.UnknownParent);
            }
        }

        if (post.UserId is { } userId && await db.Set<ConsultationBlock>().AnyAsync(b => b.UserId == userId, cancellationToken))
        {
            return (null, ContributionRefusal.Blocked);
        }

        var contribution = new Contribution
        {
            ConsultationId = consultation.Id, SectionId = section.Id, ParentId = parent?.Id, UserId = post.UserId, AuthorName = post.AuthorName, Body = post.Body,
            Channel = post.Channel, WorkshopId = post.WorkshopId, AttachmentId = post.AttachmentId, CreatedUtc = clock.GetUtcNow(),
        };
        db.Set<Contribution>().Add(contribution);
        if (post.UserId is { } author)
        {
            await Follows.FollowAsync(db, author, ConsultationEvents.Subject(consultation.Id), clock, cancellationToken);
        }

        var url = ConsultationEvents.Url(consultation);
        if (parent?.UserId is { } parentAuthor && parentAuthor != post.UserId)
        {
            var excerpt = post.Body.Length > 280 ? post.Body[..280] + "…" : post.Body;
            Notify.User(db, parentAuthor, ConsultationNotifications.Reply, new Dictionary<string, object?>
            {
                ["title"] = new Dictionary<string, object?> { ["ar"] = consultation.Title("ar"), ["fr"] = consultation.Title("fr") },
                ["excerpt"] = excerpt,
            }, ConsultationEvents.Subject(consultation.Id), $"{url}#section-{section.Id}", clock);
        }

        await db.SaveChangesAsync(cancellationToken);
        Outbox.Raise(db, ConsultationEvents.ContributionPosted, new ConsultationEvents.ContributionPayload(consultation.Id, section.Id, contribution.Id, post.Channel.ToString(), url), clock);
        await db.SaveChangesAsync(cancellationToken);
        return (contribution, null);
    }

    /// <summary>
    /// Agree or disagree: a second click on the same choice takes it back, the other choice changes it. The counts on
    /// the contribution move in the same transaction; the unique index keeps one reaction per person.
    /// </summary>
    public static async Task<ContributionRefusal?> ReactAsync(ICmsDbContext db, Consultation consultation, long contributionId, string userId, bool agree, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (consultation.PhaseAt(clock.GetUtcNow()) != ConsultationPhase.Open)
        {
            return ContributionRefusal.NotOpen;
        }

        if (!await db.Set<Contribution>().AnyAsync(c => c.Id == contributionId && c.ConsultationId == consultation.Id && c.HiddenUtc == null, cancellationToken))
        {
            return ContributionRefusal.UnknownParent;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await db.Set<ContributionReaction>().FirstOrDefaultAsync(r => r.ContributionId == contributionId && r.UserId == userId, cancellationToken);
        int agreeDelta = 0, disagreeDelta = 0;
        if (existing is null)
        {
            db.Set<ContributionReaction>().Add(new ContributionReaction { ContributionId = contributionId, UserId = userId, Agree = agree, AtUtc = clock.GetUtcNow() });
            (agreeDelta, disagreeDelta) = agree ? (1, 0) : (0, 1);
        }
        else if (existing.Agree == agree)
        {
            db.Set<ContributionReaction>().Remove(existing);
            (agreeDelta, disagreeDelta) = agree ? (-1, 0) : (0, -1);
        }
        else
        {
            existing.Agree = agree;
            existing.AtUtc = clock.GetUtcNow();
            (agreeDelta, disagreeDelta) = agree ? (1, -1) : (-1, 1);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same person clicked twice at once: the first click counted.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return null;
        }

        await db.Set<Contribution>().Where(c => c.Id == contributionId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Agree, c => c.Agree + agreeDelta).SetProperty(c => c.Disagree, c => c.Disagree + disagreeDelta), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    /// <summary>A reader reports a contribution to the moderators, once.</summary>
    public static async Task<ContributionRefusal?> ReportAsync(ICmsDbContext db, Consultation consultation, long contributionId, string userId, string reason, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await db.Set<Contribution>().AnyAsync(c => c.Id == contributionId && c.ConsultationId == consultation.Id, cancellationToken))
        {
            return ContributionRefusal.UnknownParent;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Set<ContributionReport>().Add(new ContributionReport { ContributionId = contributionId, UserId = userId, Reason = reason, AtUtc = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return ContributionRefusal.AlreadyReported;
        }

        await db.Set<Contribution>().Where(c => c.Id == contributionId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Reports, c => c.Reports + 1), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }
}
