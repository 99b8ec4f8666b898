using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Innovation;
using OpenRegion.Cms.Core.Media;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Innovation.Domain;

/// <summary>A file sent with a solution, already checked by the media rules.</summary>
public sealed record IncomingFile(IFormFile File, string ContentType);

/// <summary>
/// The files of a solution: checked by the media rules (the type is the content's, not the name's), at most
/// <see cref="SolutionAttachment.MaxFiles"/> and <see cref="SolutionAttachment.MaxTotalBytes"/> together, kept in the
/// tenant's folder outside the public media library, and served only to the team, its challenge's jury and staff — and
/// to everyone once the solution is selected and the selection published.
/// </summary>
public static class SolutionFiles
{
    public static string Url(long challengeId, SolutionAttachment file) =>
        string.Create(CultureInfo.InvariantCulture, $"/innovation/{challengeId}/solutions/{file.SolutionId}/files/{file.Id}/{Uri.EscapeDataString(file.FileName)}");

    /// <summary>Whether the files kept plus those sent stay within the solution's limits.</summary>
    public static SolutionRefusal? CheckLimits(IReadOnlyList<SolutionAttachment> kept, IReadOnlyList<IncomingFile> sent) =>
        kept.Count + sent.Count > SolutionAttachment.MaxFiles ? SolutionRefusal.TooManyFiles
        : kept.Sum(f => f.Size) + sent.Sum(f => f.File.Length) > SolutionAttachment.MaxTotalBytes ? SolutionRefusal.FilesTooLarge
        : null;

    /// <summary>Stores the files sent and adds their rows (unsaved); the new stored paths go to <paramref name="saved"/> so a failed save can delete them.</summary>
    public static async Task AddAsync(ICmsDbContext db, MediaStore store, string tenantId, Solution solution, IReadOnlyList<IncomingFile> sent, DateTimeOffset now, List<string> saved, CancellationToken cancellationToken)
    {
        foreach (var incoming in sent)
        {
            string path, sha;
            await using (var content = incoming.File.OpenReadStream())
            {
                (path, sha) = await store.SaveAsync(tenantId, Path.GetExtension(incoming.File.FileName), content, now, cancellationToken);
            }

            saved.Add(path);
            db.Set<SolutionAttachment>().Add(new SolutionAttachment
            {
                SolutionId = solution.Id, TenantId = solution.TenantId, FileName = MediaRules.CleanFileName(incoming.File.FileName), ContentType = incoming.ContentType,
                Size = incoming.File.Length, Sha256 = sha, StoredPath = path, UploadedUtc = now,
            });
        }
    }

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/innovation/{id:long}/solutions/{solutionId:long}/files/{fileId:long}/{name}", (HttpContext context, long id, long solutionId, long fileId) => ServeAsync(context, id, solutionId, fileId))
            .AllowAnonymous(); // who may read depends on the solution: checked below

    private static async Task<IResult> ServeAsync(HttpContext context, long id, long solutionId, long fileId)
    {
        var services = context.RequestServices;
        var db = services.GetRequiredService<ICmsDbContext>();
        var cancellationToken = context.RequestAborted;
        var challenge = await db.Set<Challenge>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        var solution = await db.Set<Solution>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == solutionId && s.ChallengeId == id, cancellationToken);
        var file = await db.Set<SolutionAttachment>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId && f.SolutionId == solutionId, cancellationToken);
        if (challenge is null || solution is null || file is null)
        {
            return Results.NotFound();
        }

        var user = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var isPublic = challenge.PublishedUtc is not null && challenge.SelectionPublishedUtc is not null && solution.Selected;
        var allowed = isPublic
            || (user is not null && (solution.OwnerUserId == user
                || await db.Set<JuryMember>().AnyAsync(m => m.ChallengeId == id && m.UserId == user, cancellationToken)
                || (await services.GetRequiredService<IAuthorizationService>().AuthorizeAsync(context.User, PermissionPolicy.Prefix + InnovationPermissions.Challenges)).Succeeded));
        var stream = allowed ? services.GetRequiredService<MediaStore>().Open(services.GetRequiredService<TenantContext>().TenantId!, file.StoredPath) : null;
        if (stream is null)
        {
            // Not yours to read, or gone: the same answer, so that ids reveal nothing.
            return Results.NotFound();
        }

        return MediaResponses.Serve(context, stream, file.ContentType, file.FileName, file.Sha256, file.UploadedUtc, isPublic ? "public, max-age=3600" : "private, no-store");
    }
}
