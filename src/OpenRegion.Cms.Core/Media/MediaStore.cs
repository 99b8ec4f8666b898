using System.Security.Cryptography;

namespace OpenRegion.Cms.Core.Media;

/// <summary>The files of every tenant's media library, under one folder per tenant in the data directory.</summary>
public sealed class MediaStore(string rootFolder)
{
    public string RootFolder { get; } = rootFolder;

    /// <summary>Copies the upload into a new file of the tenant's folder (named by a random id, never by the user).</summary>
    /// <returns>The stored path relative to the tenant folder, and the SHA-256 of the bytes.</returns>
    public async Task<(string StoredPath, string Sha256)> SaveAsync(string tenantId, string extension, Stream content, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var relative = Path.Combine(now.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture), now.ToString("MM", System.Globalization.CultureInfo.InvariantCulture), Guid.NewGuid().ToString("N") + extension.ToLowerInvariant());
        var path = PathOf(tenantId, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var temporary = path + ".part";
        await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                sha.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            await file.FlushAsync(cancellationToken);
        }

        // Complete files only: a crash mid-copy leaves a .part, never a truncated file under a real name.
        File.Move(temporary, path);
        return (relative.Replace('\\', '/'), Convert.ToHexStringLower(sha.GetHashAndReset()));
    }

    public Stream? Open(string tenantId, string storedPath)
    {
        var path = PathOf(tenantId, storedPath);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null;
    }

    public void Delete(string tenantId, string storedPath)
    {
        var path = PathOf(tenantId, storedPath);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    /// <summary>Bytes the tenant's files take on disk.</summary>
    public long SizeOf(string tenantId)
    {
        var folder = Path.Combine(RootFolder, tenantId);
        return Directory.Exists(folder) ? new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) : 0;
    }

    private string PathOf(string tenantId, string relative)
    {
        var tenantFolder = Path.GetFullPath(Path.Combine(RootFolder, tenantId));
        var full = Path.GetFullPath(Path.Combine(tenantFolder, relative));
        // Stored paths are ours, but a path that climbs out of the tenant's folder is refused all the same.
        if (!full.StartsWith(tenantFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("A media path must stay inside its tenant's folder.");
        }

        return full;
    }
}
