using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Consultations;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Notifications;

namespace OpenRegion.Consultations.Domain;

/// <summary>A consultation as something to follow ("consultation:12").</summary>
public sealed class ConsultationFollowSubjects : IFollowSubjects
{
    public bool Owns(string subject) => subject.StartsWith("consultation:", StringComparison.Ordinal);

    public async Task<FollowSubject?> DescribeAsync(ICmsDbContext db, string subject, string culture, CancellationToken cancellationToken)
    {
        if (!long.TryParse(subject.AsSpan(13), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        var consultation = await db.Set<Consultation>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return consultation is null ? null : new FollowSubject(consultation.Title(culture), ConsultationEvents.Url(consultation));
    }
}
