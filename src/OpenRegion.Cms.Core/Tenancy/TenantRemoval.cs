using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Logging;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Media;
using OpenRegion.Cms.Core.Search;
using static OpenRegion.Cms.Core.Tenancy.TenantArchiveFormat;

namespace OpenRegion.Cms.Core.Tenancy;

/// <summary>
/// Deletes a tenant for good, never without a way back: the operator types its identifier, a final export is written
/// to the deployment's <c>exports</c> folder (and can be imported again: the ids it carries are then free), and only
/// then are its rows deleted in one transaction, then its files and search indexes. Residents keep their accounts,
/// without a commune of residence. The region, and a tenant that others belong to, cannot be deleted.
/// </summary>
public sealed partial class TenantRemoval(
    ICmsDbContextFactory dbFactory, TenantRegistry registry, TenantExporter exporter, MediaStore media, SearchIndexProvider search, PlatformOptions options, IHttpContextAccessor http, TimeProvider clock, ILogger<TenantRemoval> logger)
{
    public sealed record Removed(string TenantId, string ExportFile, string Sha256, long Rows);

    /// <summary>Where final exports are kept: the data directory's <c>exports</c> folder.</summary>
    public string ExportFolder => Path.Combine(options.SharedPath, "exports");

    /// <summary>The path of a final export by its file name, or null when the name is not one this class writes or the file is gone.</summary>
    public string? FinalExport(string? fileName) =>
        fileName is not null && FinalExportName().IsMatch(fileName) && File.Exists(Path.Combine(ExportFolder, fileName)) ? Path.Combine(ExportFolder, fileName) : null;

    /// <exception cref="TenantValidationException">Not confirmed, or a tenant that cannot be deleted; nothing changed.</exception>
    public async Task<Removed> DeleteAsync(string tenantId, string? typedIdentifier, CancellationToken cancellationToken = default)
    {
        await registry.RefreshAsync(cancellationToken);
        var tenant = registry.Find(tenantId) ?? throw new TenantValidationException("Id", "No such tenant.");
        if (!string.Equals(typedIdentifier?.Trim(), tenant.Id, StringComparison.Ordinal))
        {
            throw new TenantValidationException("Confirmation", "Type the tenant's identifier exactly to confirm the deletion.");
        }

        if (tenant.Kind == TenantKind.Region)
        {
            throw new TenantValidationException("Id", "The region's own site cannot be deleted.");
        }

        if (registry.All.Any(t => t.ParentId == tenant.Id))
        {
            throw new TenantValidationException("Id", "Other tenants belong to this one: delete or move them first.");
        }

        Directory.CreateDirectory(ExportFolder);
        var name = $"{tenant.Id}-{clock.GetUtcNow():yyyyMMdd-HHmmss}.zip";
        var path = Path.Combine(ExportFolder, name);
        await using (var file = File.Create(path + ".partial"))
        {
            await exporter.ExportAsync(tenant.Id, file, cancellationToken);
        }

        File.Move(path + ".partial", path, overwrite: true);
        string sha256;
        await using (var file = File.OpenRead(path))
        {
            sha256 = Convert.ToHexStringLower(await System.Security.Cryptography.SHA256.HashDataAsync(file, cancellationToken));
        }

        long rows = 0;
        await using (var lease = dbFactory.ForTenant(tenant.Id))
        {
            var context = Context(lease.Db);
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            foreach (var type in TenantTables(context.Model).Reverse())
            {
                rows += await Generic<int>(typeof(TenantRemoval), nameof(DeleteRowsAsync), type, context, type, tenant.Id, cancellationToken);
            }

            await context.Set<CmsUser>().Where(u => u.ResidenceTenantId == tenant.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.ResidenceTenantId, (string?)null), cancellationToken);
            await context.Set<Tenant>().Where(t => t.Id == tenant.Id).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        search.DeleteTenant(tenant.Id);
        var folder = Path.Combine(media.RootFolder, tenant.Id);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        await registry.ReloadAsync(cancellationToken);
        var auditTenant = tenant.ParentId is { } parent && registry.Find(parent) is not null ? parent : registry.All.FirstOrDefault(t => t.Kind == TenantKind.Region)?.Id;
        if (auditTenant is not null)
        {
            await using var lease = dbFactory.ForTenant(auditTenant);
            new AuditLog(lease.Db, http, clock).Record("tenant.deleted", tenant.Id, new { tenant.NameFr, rows, export = name, sha256 });
            await lease.Db.SaveChangesAsync(cancellationToken);
        }

        logger.LogWarning("Tenant {Tenant} deleted ({Rows} rows); final export {Export} (sha256 {Sha256})", tenant.Id, rows, path, sha256);
        return new Removed(tenant.Id, name, sha256, rows);
    }

    private static Task<int> DeleteRowsAsync<TEntity, TKey>(DbContext context, IEntityType type, string tenantId, CancellationToken cancellationToken)
        where TEntity : class =>
        context.Set<TEntity>().Where(e => EF.Property<string>(e, nameof(ITenantOwned.TenantId)) == tenantId).ExecuteDeleteAsync(cancellationToken);

    [GeneratedRegex(@"^[a-z][a-z0-9-]{1,62}-\d{8}-\d{6}\.zip\z")]
    private static partial Regex FinalExportName();
}
