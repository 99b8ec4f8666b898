using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Notifications;

/// <summary>Following and unfollowing, in the caller's context (saved by the caller).</summary>
public static class Follows
{
    /// <summary>A section of the site: every new item of a content type ("type:news").</summary>
    public static string ContentType(string contentType) => "type:" + contentType;

    /// <summary>One item, in all its translations ("content:{set}").</summary>
    public static string ContentItem(string localizationSet) => "content:" + localizationSet;

    /// <summary>Subjects a citizen may follow from a page: sections and items (modules add their own through their code).</summary>
    public static bool IsValidSubject(string? subject) =>
        subject is { Length: > 0 and <= Follow.MaxSubjectLength }
        && (subject.StartsWith("type:", StringComparison.Ordinal) && Content.ContentTypes.Find(subject[5..]) is not null
            || subject.StartsWith("content:", StringComparison.Ordinal) && subject.Length > 8 && subject[8..].All(char.IsAsciiLetterOrDigit));

    /// <returns>False when already following.</returns>
    public static async Task<bool> FollowAsync(ICmsDbContext db, string userId, string subject, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        if (await IsFollowingAsync(db, userId, subject, cancellationToken))
        {
            return false;
        }

        db.Set<Follow>().Add(new Follow { UserId = userId, Subject = subject, CreatedUtc = clock.GetUtcNow() });
        return true;
    }

    public static async Task<bool> UnfollowAsync(ICmsDbContext db, string userId, string subject, CancellationToken cancellationToken = default)
    {
        var follows = await db.Set<Follow>().Where(f => f.UserId == userId && f.Subject == subject).ToListAsync(cancellationToken);
        db.Set<Follow>().RemoveRange(follows);
        return follows.Count > 0;
    }

    public static Task<bool> IsFollowingAsync(ICmsDbContext db, string userId, string subject, CancellationToken cancellationToken = default) =>
        db.Set<Follow>().AnyAsync(f => f.UserId == userId && f.Subject == subject, cancellationToken);
}
