using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Media;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Pages;

/// <summary>
/// Serves a tenant's media file. Its address carries its id, so it never changes: browsers may keep it a year.
/// The type is the one checked at upload, never guessed by the browser; documents download rather than open,
/// except PDF.
/// </summary>
public static class MediaEndpoint
{
    public static async Task<IResult> ServeAsync(HttpContext context, long id)
    {
        var services = context.RequestServices;
        var db = services.GetRequiredService<ICmsDbContext>();
        var tenant = services.GetRequiredService<TenantContext>();
        var item = await db.Set<MediaItem>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, context.RequestAborted);
        var stream = item is null ? null : services.GetRequiredService<MediaStore>().Open(tenant.TenantId!, item.StoredPath);
        if (item is null || stream is null)
        {
            return Results.NotFound();
        }

        return MediaResponses.Serve(context, stream, item.ContentType, item.FileName, item.Sha256, item.UploadedUtc, "public, max-age=31536000, immutable");
    }
}
