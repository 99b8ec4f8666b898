using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Media;

/// <summary>Adding a checked file to a tenant's media library: stored once, recognised by its SHA-256 when sent again.</summary>
public static class MediaLibrary
{
    /// <summary>
    /// Stores the file and adds its item to <paramref name="db"/> (the caller saves), or, when the library already has
    /// the same bytes, keeps nothing new and returns that item as <c>Existing</c>.
    /// </summary>
    public static async Task<(MediaItem? Added, MediaItem? Existing)> AddAsync(
        ICmsDbContext db, MediaStore store, string tenantId, string fileName, string contentType, MediaKind kind, long size, Stream content,
        string? altAr, string? altFr, string? by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (storedPath, sha) = await store.SaveAsync(tenantId, Path.GetExtension(fileName), content, now, cancellationToken);
        var existing = await db.Set<MediaItem>().AsNoTracking().FirstOrDefaultAsync(m => m.Sha256 == sha, cancellationToken);
        if (existing is not null)
        {
            store.Delete(tenantId, storedPath);
            return (null, existing);
        }

        var item = new MediaItem
        {
            FileName = MediaRules.CleanFileName(fileName),
            StoredPath = storedPath,
            ContentType = contentType,
            Kind = kind,
            Size = size,
            Sha256 = sha,
            AltAr = altAr,
            AltFr = altFr,
            UploadedBy = by,
            UploadedUtc = now,
        };
        db.Set<MediaItem>().Add(item);
        return (item, null);
    }
}
