using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Budgeting;
using OpenRegion.Cms.Core.Consultations;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Consultations.Domain;

/// <summary>One section's line of the report: what was said on it, by channel, and how readers reacted.</summary>
public sealed record SectionReport(int Position, string TitleAr, string TitleFr, int Online, int Workshop, int Replies, int Agree, int Disagree, int Hidden);

/// <summary>
/// The synthesis report of a consultation: contributions per section and channel, participants by channel, and online
/// participants by province (from the commune of residence their account gives; "unknown" otherwise). Hidden
/// contributions are counted: moderation hides a text, not the fact that someone spoke.
/// </summary>
public sealed record SynthesisReport(IReadOnlyList<SectionReport> Sections, ConsultationStats Stats, IReadOnlyDictionary<string, int> OnlineByProvince,
    IReadOnlyDictionary<string, int> ByGender, IReadOnlyDictionary<string, int> ByAgeBand)
{
    /// <summary>The key of participants who did not say (gender or age band).</summary>
    public const string NotGiven = "not-given";

    public const string UnknownProvince = "unknown";

    public static readonly IReadOnlyList<string> Header =
        ["section", "title_ar", "title_fr", "online_contributions", "workshop_contributions", "replies", "agree", "disagree", "hidden"];

    public IEnumerable<IReadOnlyList<object?>> Rows() =>
        Sections.Select(s => (IReadOnlyList<object?>)[s.Position, s.TitleAr, s.TitleFr, s.Online, s.Workshop, s.Replies, s.Agree, s.Disagree, s.Hidden]);

    /// <param name="stats">The consultation's counts when the caller has them already (they are not counted twice).</param>
    public static async Task<SynthesisReport> BuildAsync(ICmsDbContext db, TenantRegistry registry, long consultationId, CancellationToken cancellationToken, ConsultationStats? stats = null)
    {
        var sections = await db.Set<ConsultationSection>().AsNoTracking().Where(s => s.ConsultationId == consultationId).OrderBy(s => s.Position).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        var counts = await db.Set<Contribution>().AsNoTracking().Where(c => c.ConsultationId == consultationId)
            .GroupBy(c => c.SectionId)
            .Select(g => new
            {
                Section = g.Key,
                Online = g.Count(c => c.Channel == ContributionChannel.Online),
                Workshop = g.Count(c => c.Channel == ContributionChannel.Workshop),
                Replies = g.Count(c => c.ParentId != null),
                Agree = g.Sum(c => c.Agree),
                Disagree = g.Sum(c => c.Disagree),
                Hidden = g.Count(c => c.HiddenUtc != null),
            })
            .ToDictionaryAsync(g => g.Section, cancellationToken);
        var lines = sections.Select(s => counts.TryGetValue(s.Id, out var c)
            ? new SectionReport(s.Position, s.TitleAr, s.TitleFr, c.Online, c.Workshop, c.Replies, c.Agree, c.Disagree, c.Hidden)
            : new SectionReport(s.Position, s.TitleAr, s.TitleFr, 0, 0, 0, 0, 0, 0)).ToList();

        // Online participants: whoever commented, answered the survey or proposed an idea.
        var people = (await db.Set<Contribution>().AsNoTracking().Where(c => c.ConsultationId == consultationId && c.Channel == ContributionChannel.Online && c.UserId != null)
            .Select(c => c.UserId!).Distinct().ToListAsync(cancellationToken))
            .Union(await db.Set<SurveyAnswer>().AsNoTracking().Where(a => a.ConsultationId == consultationId).Select(a => a.UserId).Distinct().ToListAsync(cancellationToken))
            .Union(await db.Set<Idea>().AsNoTracking().Where(i => i.ConsultationId == consultationId).Select(i => i.UserId).Distinct().ToListAsync(cancellationToken))
            .ToList();
        var profiles = await db.Set<ParticipantProfile>().AsNoTracking().Where(p => p.ConsultationId == consultationId)
            .Select(p => new { p.UserId, p.Gender, p.AgeBand }).ToDictionaryAsync(p => p.UserId, cancellationToken);
        var byGender = people.GroupBy(u => profiles.GetValueOrDefault(u)?.Gender?.ToString() ?? NotGiven).ToDictionary(g => g.Key, g => g.Count());
        var byAge = people.GroupBy(u => profiles.GetValueOrDefault(u)?.AgeBand?.ToString() ?? NotGiven).ToDictionary(g => g.Key, g => g.Count());
        var residences = await db.Set<CmsUser>().AsNoTracking().Where(u => people.Contains(u.Id)).Select(u => u.ResidenceTenantId).ToListAsync(cancellationToken);
        var byProvince = residences
            .GroupBy(r => r is null ? UnknownProvince : Territories.ProvinceOf(registry.All, r) ?? UnknownProvince)
            .ToDictionary(g => g.Key, g => g.Count());
        return new SynthesisReport(lines, stats ?? (await ConsultationQueries.CountsAsync(db, consultationId, cancellationToken)).Stats, byProvince, byGender, byAge);
    }
}
