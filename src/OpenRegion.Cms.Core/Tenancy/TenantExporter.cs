using System.Data;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Media;
using static OpenRegion.Cms.Core.Tenancy.TenantArchiveFormat;

namespace OpenRegion.Cms.Core.Tenancy;

/// <summary>
/// Writes one tenant — its rows, the accounts they name and its stored files — to a zip archive
/// (<see cref="TenantArchiveFormat"/>), read in one transaction so the archive is a consistent picture even while
/// citizens keep voting. The archive holds password hashes and personal data: it is for operators only.
/// </summary>
public sealed class TenantExporter(ICmsDbContextFactory dbFactory, TenantRegistry registry, MediaStore media, TimeProvider clock)
{
    private const int PageSize = 1000;

    public async Task<TenantArchiveSummary> ExportAsync(string tenantId, Stream output, CancellationToken cancellationToken = default)
    {
        await registry.RefreshAsync(cancellationToken);
        var tenant = registry.Find(tenantId) ?? throw new TenantValidationException("Id", "No such tenant.");
        if (tenant.State is not (TenantState.Running or TenantState.Disabled))
        {
            throw new TenantValidationException("State", "Only a running or disabled tenant can be exported: finish its set-up first.");
        }

        var manifest = new TenantArchiveManifest
        {
            Format = Format,
            Version = CurrentVersion,
            TenantId = tenantId,
            ExportedUtc = clock.GetUtcNow(),
            Software = "OpenRegion.Cms " + typeof(TenantExporter).Assembly.GetName().Version,
        };
        var perTable = new Dictionary<string, long>(StringComparer.Ordinal);

        await using var lease = dbFactory.ForPlatform();
        var context = Context(lease.Db);
        await using var transaction = await context.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            async Task EntryAsync(string name, Func<Stream, Task> write)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                await using var stream = entry.Open();
                await using var hashing = new HashingStream(stream, writing: true);
                await write(hashing);
                manifest.Entries.Add(new TenantArchiveEntry { Name = name, Bytes = hashing.Count, Sha256 = hashing.Hash() });
            }

            async Task TableAsync(IEntityType type, string folder, string column, IReadOnlyList<string> values, HashSet<string>? userIds)
            {
                var name = EntryOf(type, folder);
                long rows = 0;
                await EntryAsync(name, async stream => rows = await Generic<long>(typeof(TenantExporter), nameof(WriteRowsAsync), type, context, type, column, values, stream, userIds, cancellationToken));
                var key = Key(type);
                long? highest = folder == "data" && key.ClrType == typeof(long)
                    ? await Generic<long?>(typeof(TenantExporter), nameof(HighestAsync), type, context, key.Name, cancellationToken)
                    : null;
                manifest.Tables.Add(new TenantArchiveTable { Name = type.GetTableName()!, Entry = name, Columns = Columns(type).Select(c => c.Name).ToList(), Rows = rows, HighestId = highest });
                perTable[type.GetTableName()!] = rows;
            }

            var tenantType = context.Model.FindEntityType(typeof(Tenant))!;
            await EntryAsync(TenantEntry, async stream =>
                await Generic<long>(typeof(TenantExporter), nameof(WriteRowsAsync), tenantType, context, tenantType, "Id", new[] { tenantId }, stream, null, cancellationToken));

            // Every string that looks like an account id (a GUID) is a candidate; the accounts are those that exist.
            var named = new HashSet<string>(StringComparer.Ordinal);
            foreach (var type in TenantTables(context.Model))
            {
                await TableAsync(type, "data", nameof(ITenantOwned.TenantId), [tenantId], named);
            }

            var residents = await context.Set<Identity.CmsUser>().Where(u => u.ResidenceTenantId == tenantId).Select(u => u.Id).ToListAsync(cancellationToken);
            named.UnionWith(residents);
            var accounts = new List<string>();
            foreach (var chunk in named.Order(StringComparer.Ordinal).Chunk(500))
            {
                accounts.AddRange(await context.Set<Identity.CmsUser>().Where(u => chunk.Contains(u.Id)).Select(u => u.Id).ToListAsync(cancellationToken));
            }

            foreach (var type in AccountTables(context.Model))
            {
                await TableAsync(type, "accounts", type.ClrType == typeof(Identity.CmsUser) ? "Id" : "UserId", accounts, null);
            }

            var files = 0;
            long mediaBytes = 0;
            var folder = Path.Combine(media.RootFolder, tenantId);
            if (Directory.Exists(folder))
            {
                foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    var relative = Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');
                    await EntryAsync(MediaFolder + relative, async stream =>
                    {
                        await using var source = File.OpenRead(file);
                        await source.CopyToAsync(stream, cancellationToken);
                    });
                    files++;
                    mediaBytes += new FileInfo(file).Length;
                }
            }

            var manifestEntry = zip.CreateEntry(ManifestEntry, CompressionLevel.Optimal);
            await using (var stream = manifestEntry.Open())
            {
                await JsonSerializer.SerializeAsync(stream, manifest, Json, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return new TenantArchiveSummary(tenantId, perTable.Values.Sum(), accounts.Count, files, mediaBytes) { RowsPerTable = perTable };
        }
    }

    private static async Task<long?> HighestAsync<TEntity, TKey>(DbContext context, string key, CancellationToken cancellationToken)
        where TEntity : class =>
        await context.Set<TEntity>().IgnoreQueryFilters().MaxAsync(e => (long?)EF.Property<long>(e, key), cancellationToken);

    /// <summary>Writes the rows whose <paramref name="column"/> is one of <paramref name="values"/> as JSON lines, a page at a time.</summary>
    private static async Task<long> WriteRowsAsync<TEntity, TKey>(DbContext context, IEntityType type, string column, IReadOnlyList<string> values, Stream stream, HashSet<string>? userIds, CancellationToken cancellationToken)
        where TEntity : class
    {
        var key = Key(type).Name;
        var columns = Columns(type);
        var strings = columns.Where(c => c.ClrType == typeof(string) && c.Name != nameof(ITenantOwned.TenantId)).ToList();
        await using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = Json.Encoder });
        long count = 0;
        foreach (var chunk in values.Chunk(500))
        {
            for (var skip = 0; ; skip += PageSize)
            {
                var page = await context.Set<TEntity>().Where(e => chunk.Contains(EF.Property<string>(e, column)))
                    .OrderBy(e => EF.Property<TKey>(e, key)).Skip(skip).Take(PageSize).ToListAsync(cancellationToken);
                foreach (var row in page)
                {
                    var entry = context.Entry(row);
                    writer.WriteStartObject();
                    foreach (var property in columns)
                    {
                        writer.WritePropertyName(property.Name);
                        JsonSerializer.Serialize(writer, entry.Property(property.Name).CurrentValue, property.ClrType, Json);
                    }

                    writer.WriteEndObject();
                    await writer.FlushAsync(cancellationToken);
                    stream.WriteByte((byte)'\n');
                    writer.Reset(stream);
                    if (userIds is not null)
                    {
                        foreach (var property in strings)
                        {
                            if (entry.Property(property.Name).CurrentValue is string { Length: 36 } text && Guid.TryParseExact(text, "D", out _))
                            {
                                userIds.Add(text);
                            }
                        }
                    }
                }

                count += page.Count;
                context.ChangeTracker.Clear();
                if (page.Count < PageSize)
                {
                    break;
                }
            }
        }

        return count;
    }
}
