using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Media;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Web.Tenancy;

/// <summary>A tenant's logo: a raster image (never SVG, which can carry script) of at most 1 MB, kept in its media library.</summary>
public static class TenantLogo
{
    /// <returns>Null when the file is a usable logo; otherwise an English msgid and its arguments.</returns>
    public static async Task<(string? Problem, object[] Arguments)> CheckAsync(IFormFile file, CancellationToken cancellationToken)
    {
        var (problem, arguments, _, kind) = MediaRules.Check(file.FileName, file.Length, await HeadAsync(file, cancellationToken));
        if (problem is not null)
        {
            return (problem, arguments);
        }

        if (kind != MediaKind.Image)
        {
            return ("The logo must be an image: PNG, JPEG, WebP or GIF.", []);
        }

        return file.Length > TenantAppearance.MaxLogoBytes ? ("The logo is too large: 1 MB at most.", []) : (null, []);
    }

    /// <summary>Stores the (checked) logo in the tenant's media library (or finds it there) and returns its address.</summary>
    public static async Task<string> SaveAsync(ICmsDbContext db, MediaStore store, Tenant tenant, IFormFile file, string? by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (_, _, contentType, kind) = MediaRules.Check(file.FileName, file.Length, await HeadAsync(file, cancellationToken));
        await using var content = file.OpenReadStream();
        var (added, existing) = await MediaLibrary.AddAsync(db, store, tenant.Id, file.FileName, contentType, kind, file.Length, content,
            "شعار " + tenant.NameAr, "Logo de la " + tenant.NameFr, by, now, cancellationToken);
        if (added is not null)
        {
            await db.SaveChangesAsync(cancellationToken); // the id is the address
        }

        return (added ?? existing)!.Url;
    }

    private static async Task<ReadOnlyMemory<byte>> HeadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        var head = new byte[4096];
        await using var stream = file.OpenReadStream();
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        return head.AsMemory(0, read);
    }
}
