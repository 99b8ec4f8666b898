using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace OpenRegion.Cms.Core.Media;

/// <summary>
/// How every stored file goes out, public library item or private attachment alike: no type sniffing, a sandboxing
/// content security policy (a file never runs script in the site's origin), inline only for images and PDF, the name
/// the uploader gave, ranges, and the SHA-256 as the entity tag.
/// </summary>
public static class MediaResponses
{
    public static IResult Serve(HttpContext context, Stream stream, string contentType, string fileName, string sha256, DateTimeOffset? lastModified, string cacheControl)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = cacheControl;
        headers.ContentSecurityPolicy = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";
        var inline = contentType.StartsWith("image/", StringComparison.Ordinal) || contentType == "application/pdf";
        var disposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment");
        disposition.SetHttpFileName(fileName);
        headers.ContentDisposition = disposition.ToString();
        return Results.Stream(stream, contentType, enableRangeProcessing: true, lastModified: lastModified, entityTag: new EntityTagHeaderValue($"\"{sha256}\""));
    }
}
