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

    private static readonly object Gate = new();

    /// <summary>
    /// The counts as the public page shows them: from memory for a few seconds, so that a crowd reading a consultation
    /// of thousands of contributions does not count them again on every request. One count at a time per consultation:
    /// readers arriving while it runs wait for it (64 readers used to run 64 counts of 20 ms each when the entry expired).
    /// </summary>
    public static async Task<ConsultationCounts> CachedCountsAsync(IMemoryCache cache, string tenantId, ICmsDbContext db, long consultationId, CancellationToken cancellationToken)
    {
        var key = Key(tenantId, consultationId);
        Lazy<Task<ConsultationCounts>>? counting;
        lock (Gate)
        {
            if (!cache.TryGetValue(key, out counting) || counting is null)
            {
                // Not cancelled with the first reader's request: the others wait for the same count. That reader's
                // database context runs it, and that reader awaits it to the end before going on or ending.
                counting = new Lazy<Task<ConsultationCounts>>(() => CountsAsync(db, consultationId, CancellationToken.None));
                cache.Set(key, counting, CountsLifetime);
            }
        }

        try
        {
            return await counting.Value;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            lock (Gate)
            {
                if (cache.TryGetValue(key, out Lazy<Task<ConsultationCounts>>? stored) && ReferenceEquals(stored, counting))
                {
                    cache.Remove(key);
                }
            }

            throw;
        }
    }

    /// <summary>After a change on this node: the next reader counts again.</summary>
    public static void Forget(IMemoryCache cache, string tenantId, long consultationId) => cache.Remove(Key(tenantId, consultationId));

    private static string Key(string tenantId, long consultationId) => $"consultation-counts:{tenantId}:{consultationId}";
}
