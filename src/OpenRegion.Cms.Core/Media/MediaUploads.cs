using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Media;

/// <summary>
/// A file a citizen attaches to a form (a project's photo, a petition's statutes), checked and kept in the tenant's
/// media library: one place for every module, so the type, size and content checks and the deduplication are the same.
/// </summary>
public static class MediaUploads
{
    /// <summary>The first 4 KiB of the file, from which <see cref="MediaRules.Check"/> tells what it really is.</summary>
    public static async Task<ReadOnlyMemory<byte>> HeadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        var head = new byte[4096];
        await using var stream = file.OpenReadStream();
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        return head.AsMemory(0, read);
    }

    /// <summary>The rules' verdict on the file: null and its type when acceptable, else an English msgid and its arguments.</summary>
    public static async Task<(string? Problem, object[] Arguments, string ContentType, MediaKind Kind)> CheckAsync(IFormFile file, CancellationToken cancellationToken) =>
        MediaRules.Check(file.FileName, file.Length, await HeadAsync(file, cancellationToken));

    /// <summary>
    /// Stores a file already checked and adds its library item to <paramref name="db"/> (unsaved); the same file sent
    /// before is the item already there. New stored paths go to <paramref name="saved"/>, so the caller can delete them
    /// if its transaction fails.
    /// </summary>
    public static async Task<MediaItem> StoreAsync(ICmsDbContext db, MediaStore store, string tenantId, IFormFile file, string? altAr, string? altFr, string? uploadedBy, DateTimeOffset now, List<string> saved, CancellationToken cancellationToken)
    {
        string storedPath, sha;
        await using (var content = file.OpenReadStream())
        {
            (storedPath, sha) = await store.SaveAsync(tenantId, Path.GetExtension(file.FileName), content, now, cancellationToken);
        }

        if (await db.Set<MediaItem>().FirstOrDefaultAsync(m => m.Sha256 == sha, cancellationToken) is { } existing)
        {
            store.Delete(tenantId, storedPath);
            return existing;
        }

        saved.Add(storedPath);
        var (_, _, contentType, kind) = await CheckAsync(file, cancellationToken);
        var item = new MediaItem
        {
            FileName = MediaRules.CleanFileName(file.FileName), StoredPath = storedPath, ContentType = contentType, Kind = kind, Size = file.Length, Sha256 = sha,
            AltAr = string.IsNullOrEmpty(altAr) ? null : altAr, AltFr = string.IsNullOrEmpty(altFr) ? null : altFr, UploadedBy = uploadedBy, UploadedUtc = now,
        };
        db.Set<MediaItem>().Add(item);
        return item;
    }
}
