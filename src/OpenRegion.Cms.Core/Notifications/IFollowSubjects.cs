using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Notifications;

/// <summary>
/// A module's own things to follow (e.g. "budget:12"): the follow control accepts them when the module knows them
/// on this tenant, and the notification centre lists them by their name. Registered as singletons.
/// </summary>
public interface IFollowSubjects
{
    bool Owns(string subject);

    /// <summary>Its name in <paramref name="culture"/> and its tenant-relative address; null when it does not exist on the db's tenant.</summary>
    Task<FollowSubject?> DescribeAsync(ICmsDbContext db, string subject, string culture, CancellationToken cancellationToken);
}

public sealed record FollowSubject(string Label, string? Url);
