using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Notifications;
using OpenRegion.Cms.Core.Petitions;

namespace OpenRegion.Petitions.Domain;

/// <summary>A public petition as something to follow ("petition:12"); its filer and signers follow it automatically.</summary>
public sealed class PetitionFollowSubjects : IFollowSubjects
{
    public bool Owns(string subject) => subject.StartsWith("petition:", StringComparison.Ordinal);

    public async Task<FollowSubject?> DescribeAsync(ICmsDbContext db, string subject, string culture, CancellationToken cancellationToken)
    {
        if (!long.TryParse(subject.AsSpan(9), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        var petition = await db.Set<Petition>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.State != PetitionState.Draft, cancellationToken);
        return petition is null ? null : new FollowSubject(petition.Title, PetitionEvents.Url(petition.Id));
    }
}
