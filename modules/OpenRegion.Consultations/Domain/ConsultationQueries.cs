using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Consultations;
using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Consultations.Domain;

/// <summary>The reads the public and staff pages share.</summary>
public static class ConsultationQueries
{
    public const int PageSize = 20;

    public static async Task<ConsultationStats> StatsAsync(ICmsDbContext db, long consultationId, CancellationToken cancellationToken)
    {
        var contributions = db.Set<Contribution>().AsNoTracking().Where(c => c.ConsultationId == consultationId);
        var online = await contributions.CountAsync(c => c.Channel == ContributionChannel.Online, cancellationToken);
        var onlinePeople = await contributions.Where(c => c.Channel == ContributionChannel.Online && c.UserId != null).Select(c => c.UserId).Distinct().CountAsync(cancellationToken);
        var workshop = await contributions.CountAsync(c => c.Channel == ContributionChannel.Workshop, cancellationToken);
        var workshops = await db.Set<Workshop>().AsNoTracking().Where(w => w.ConsultationId == consultationId).Select(w => w.Participants).ToListAsync(cancellationToken);
        return new ConsultationStats(online, onlinePeople, workshop, workshops.Count, workshops.Sum());
    }

    /// <summary>Contributions per section and channel (hidden ones included: moderation hides a text, not the fact that someone spoke).</summary>
    public static async Task<IReadOnlyDictionary<(long Section, ContributionChannel Channel), int>> PerSectionAsync(ICmsDbContext db, long consultationId, CancellationToken cancellationToken) =>
        (await db.Set<Contribution>().AsNoTracking().Where(c => c.ConsultationId == consultationId)
            .GroupBy(c => new { c.SectionId, c.Channel }).Select(g => new { g.Key.SectionId, g.Key.Channel, Count = g.Count() }).ToListAsync(cancellationToken))
        .ToDictionary(g => (g.SectionId, g.Channel), g => g.Count);
}
