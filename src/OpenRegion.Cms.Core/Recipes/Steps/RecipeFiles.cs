using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Media;

namespace OpenRegion.Cms.Core.Recipes.Steps;

/// <summary>Files that recipes carry beside them (recipes/files): checked like uploads and added to the tenant's media library.</summary>
public static class RecipeFiles
{
    /// <summary>A relative path inside the recipes' folder (no root, no "..").</summary>
    public static bool IsPath(string path) =>
        !Path.IsPathRooted(path) && !path.Replace('\\', '/').Split('/').Any(segment => segment is ".." or "");

    /// <summary>
    /// Adds a recipe's file to the tenant's media library (once per recipe run, however many translations use it),
    /// checked by the same rules as an upload.
    /// </summary>
    public static async Task<long> AddToMediaAsync(string relativePath, RecipeExecutionContext context, Dictionary<string, long> added, CancellationToken cancellationToken)
    {
        if (added.TryGetValue(relativePath, out var known))
        {
            return known;
        }

        var folder = context.Services.GetRequiredService<RecipeLibrary>().Directory;
        var path = Path.GetFullPath(Path.Combine(folder, relativePath));
        if (!path.StartsWith(Path.GetFullPath(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path))
        {
            throw new InvalidOperationException($"The recipe's file '{relativePath}' is not in {folder}.");
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        var (problem, arguments, contentType, kind) = MediaRules.Check(path, bytes.Length, bytes.AsMemory(0, Math.Min(bytes.Length, 4096)));
        if (problem is not null)
        {
            throw new InvalidOperationException($"The recipe's file '{relativePath}': {string.Format(CultureInfo.InvariantCulture, problem, arguments)}");
        }

        var tenantId = context.Tenant?.Id ?? throw new InvalidOperationException("Documents with files need a tenant.");
        // The same file used by several steps (a document page and the publication catalogue) is one library entry.
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        if (await context.Db.Set<MediaItem>().Where(m => m.Sha256 == hash).Select(m => (long?)m.Id).FirstOrDefaultAsync(cancellationToken) is { } same)
        {
            added[relativePath] = same;
            return same;
        }

        var now = context.Clock.GetUtcNow();
        using var stream = new MemoryStream(bytes, writable: false);
        var (storedPath, sha) = await context.Services.GetRequiredService<MediaStore>().SaveAsync(tenantId, Path.GetExtension(path), stream, now, cancellationToken);
        var media = new MediaItem
        {
            FileName = MediaRules.CleanFileName(Path.GetFileName(path)),
            StoredPath = storedPath,
            ContentType = contentType,
            Kind = kind,
            Size = bytes.Length,
            Sha256 = sha,
            UploadedBy = "recipe",
            UploadedUtc = now,
        };
        context.Db.Set<MediaItem>().Add(media);
        await context.Db.SaveChangesAsync(cancellationToken); // the id goes into the documents' parts
        added[relativePath] = media.Id;
        return media.Id;
    }
}
