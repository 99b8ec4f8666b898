using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Consultations;
using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Consultations.Domain;

/// <summary>
/// Co-creation: ideas proposed for an axis (a section) while the consultation is open, supported once per person, and
/// answered by the council — with the project the idea became. The same refusals as comments apply.
/// </summary>
public static class Ideas
{
    public static async Task<(Idea? Saved, ContributionRefusal? Refusal)> ProposeAsync(ICmsDbContext db, Consultation consultation, long sectionId, string userId, string authorName, string title, string description, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!consultation.CollectsIdeas || consultation.PhaseAt(clock.GetUtcNow()) != ConsultationPhase.Open)
        {
            return (null, ContributionRefusal.NotOpen);
        }

        var section = await db.Set<ConsultationSection>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == sectionId && s.ConsultationId == consultation.Id, cancellationToken);
        if (section is null)
        {
            return (null, ContributionRefusal.UnknownSection);
        }

        if (section.HiddenReason is not null)
        {
            return (null, ContributionRefusal.SectionHidden);
        }

        if (await db.Set<ConsultationBlock>().AnyAsync(b => b.UserId == userId, cancellationToken))
        {
            return (null, ContributionRefusal.Blocked);
        }

        var idea = new Idea
        {
            ConsultationId = consultation.Id, SectionId = section.Id, UserId = userId, AuthorName = authorName, Title = title, Description = description,
            State = IdeaState.Submitted, CreatedUtc = clock.GetUtcNow(),
        };
        db.Set<Idea>().Add(idea);
        await db.SaveChangesAsync(cancellationToken);
        return (idea, null);
    }

    /// <summary>Supports the idea, or withdraws the reader's support when given already; the count moves in the same transaction.</summary>
    /// <returns>The refusal, or null with whether the reader now supports it.</returns>
    public static async Task<(bool Supports, ContributionRefusal? Refusal)> ToggleSupportAsync(ICmsDbContext db, Consultation consultation, long ideaId, string userId, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (consultation.PhaseAt(clock.GetUtcNow()) != ConsultationPhase.Open)
        {
            return (false, ContributionRefusal.NotOpen);
        }

        if (!await db.Set<Idea>().AnyAsync(i => i.Id == ideaId && i.ConsultationId == consultation.Id && i.HiddenReason == null, cancellationToken))
        {
            return (false, ContributionRefusal.UnknownParent);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await db.Set<IdeaSupport>().FirstOrDefaultAsync(s => s.IdeaId == ideaId && s.UserId == userId, cancellationToken);
        if (existing is null)
        {
            db.Set<IdeaSupport>().Add(new IdeaSupport { IdeaId = ideaId, UserId = userId, CreatedUtc = clock.GetUtcNow() });
        }
        else
        {
            db.Set<IdeaSupport>().Remove(existing);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two taps at once: the first one counted.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return (true, null);
        }

        var delta = existing is null ? 1 : -1;
        await db.Set<Idea>().Where(i => i.Id == ideaId).ExecuteUpdateAsync(s => s.SetProperty(i => i.Supports, i => i.Supports + delta), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (existing is null, null);
    }
}
