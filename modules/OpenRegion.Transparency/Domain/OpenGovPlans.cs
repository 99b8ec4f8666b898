using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Transparency;

namespace OpenRegion.Transparency.Domain;

/// <summary>A plan as its dashboard shows it: its commitments with their milestones and OGP status, and the tally.</summary>
public sealed record PlanView(OpenGovPlan Plan, IReadOnlyList<CommitmentView> Commitments)
{
    public IReadOnlyDictionary<OgpStatus, int> Tally { get; } = OgpProgress.Tally(Commitments.Select(c => c.Status));

    public decimal Cost => Commitments.Sum(c => c.Commitment.Cost ?? 0);
}

public sealed record CommitmentView(OpenGovCommitment Commitment, IReadOnlyList<OpenGovMilestone> Milestones)
{
    public OgpStatus Status { get; } = OgpProgress.Of([.. Milestones.Select(m => m.Progress)]);
}

/// <summary>Reads the tenant's plans, commitments and milestones for the public dashboard and the staff pages.</summary>
public static class OpenGovPlans
{
    public static async Task<IReadOnlyList<PlanView>> AllAsync(ICmsDbContext db, CancellationToken cancellationToken)
    {
        var plans = await db.Set<OpenGovPlan>().AsNoTracking().OrderByDescending(p => p.StartOn).ThenByDescending(p => p.Id).ToListAsync(cancellationToken);
        var commitments = await db.Set<OpenGovCommitment>().AsNoTracking().OrderBy(c => c.Code).ToListAsync(cancellationToken);
        var milestones = (await db.Set<OpenGovMilestone>().AsNoTracking().OrderBy(m => m.Position).ToListAsync(cancellationToken)).ToLookup(m => m.CommitmentId);
        return [.. plans.Select(p => new PlanView(p, [.. commitments.Where(c => c.PlanId == p.Id).Select(c => new CommitmentView(c, [.. milestones[c.Id]]))]))];
    }

    public static async Task<(OpenGovPlan Plan, CommitmentView View)?> CommitmentAsync(ICmsDbContext db, long id, CancellationToken cancellationToken)
    {
        var commitment = await db.Set<OpenGovCommitment>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (commitment is null)
        {
            return null;
        }

        var plan = await db.Set<OpenGovPlan>().AsNoTracking().SingleAsync(p => p.Id == commitment.PlanId, cancellationToken);
        var milestones = await db.Set<OpenGovMilestone>().AsNoTracking().Where(m => m.CommitmentId == id).OrderBy(m => m.Position).ToListAsync(cancellationToken);
        return (plan, new CommitmentView(commitment, milestones));
    }
}
