using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using OpenRegion.Cms.Core.Consultations;
using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Consultations.Domain;

/// <summary>A consultation's counts: contributions and participants by channel, and per section.</summary>
public sealed record ConsultationCounts(ConsultationStats Stats, IReadOnlyDictionary<long, int> TopLevel, IReadOnlyDictionary<(long Section, ContributionChannel Channel), int> PerSection);

/// <summary>The reads the public and staff pages share.</summary>
public static class ConsultationQueries
{
    public const int PageSize = 20;

    /// <summary>How long a node serves a consultation's counts from memory: its own changes clear them at once.</summary>
    public static readonly TimeSpan CountsLifetime = TimeSpan.FromSeconds(5);

    /// <summary>
    /// All the counts from one pass over the contributions (grouped by section, channel and reply), the distinct online
    /// contributors and the workshops. Hidden contributions are counted: moderation hides a text, not the fact that someone spoke.
    /// </summary>
    public static async Task<ConsultationCounts> CountsAsync(ICmsDbContext db, long consultationId, CancellationToken cancellationToken)
    {
        var groups = await db.Set<Contribution>().AsNoTracking().Where(c => c.ConsultationId == consultationId)
            .GroupBy(c => new { c.SectionId, c.Channel, Reply = c.ParentId != null })
            .Select(g => new { g.Key.SectionId, g.Key.Channel, g.Key.Reply, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var people = await db.Set<Contribution>().AsNoTracking()
            .Where(c => c.ConsultationId == consultationId && c.Channel == ContributionChannel.Online && c.UserId != null)
            .Select(c => c.UserId).Distinct().CountAsync(cancellationToken);
        var workshops = await db.Set<Workshop>().AsNoTracking().Where(w => w.ConsultationId == consultationId).Select(w => w.Participants).ToListAsync(cancellationToken);
        var stats = new ConsultationStats(
            groups.Where(g => g.Channel == ContributionChannel.Online).Sum(g => g.Count), people,
            groups.Where(g => g.Channel == ContributionChannel.Workshop).Sum(g => g.Count), workshops.Count, workshops.Sum());
        return new ConsultationCounts(
            stats,
            groups.Where(g => !g.Reply).GroupBy(g => g.SectionId).ToDictionary(g => g.Key, g => g.Sum(x => x.Count)),
            groups.GroupBy(g => (g.SectionId, g.Channel)).ToDictionary(g => g.Key, g => g.Sum(x => x.Count)));
    }

    /// <summary>The counts as the public page shows them: from memory for a few seconds, so that a crowd reading a consultation of thousands of contributions does not count them again on every request.</summary>
    public static async Task<ConsultationCounts> CachedCountsAsync(IMemoryCache cache, string tenantId, ICmsDbContext db, long consultationId, CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync(Key(tenantId, consultationId), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CountsLifetime;
            return CountsAsync(db, consultationId, cancellationToken);
        }))!;

    /// <summary>After a change on this node: the next reader counts again.</summary>
    public static void Forget(IMemoryCache cache, string tenantId, long consultationId) => cache.Remove(Key(tenantId, consultationId));

    private static string Key(string tenantId, long consultationId) => $"consultation-counts:{tenantId}:{consultationId}";
}
