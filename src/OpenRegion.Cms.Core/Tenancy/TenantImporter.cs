using System.IO.Compression;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Logging;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Media;
using static OpenRegion.Cms.Core.Tenancy.TenantArchiveFormat;

namespace OpenRegion.Cms.Core.Tenancy;

/// <summary>
/// Brings a tenant archive (<see cref="TenantArchiveFormat"/>) into this deployment, all or nothing: the whole file is
/// checked first (format and version, every entry against the manifest's size and SHA-256, no entry it does not list,
/// tables and columns this version knows, no tenant, address, row or account it would clash with); then every row goes
/// in one transaction, and the files land in the tenant's folder only once that transaction has committed.
/// Ids are kept, so addresses, receipts and references stay what they were. Accounts already here (same id) are kept
/// as they are here; an imported account never becomes a platform administrator.
/// </summary>
public sealed class TenantImporter(
    ICmsDbContextFactory dbFactory, TenantRegistry registry, MediaStore media, ContentSearchIndexer search, IHttpContextAccessor http, TimeProvider clock, ILogger<TenantImporter> logger)
{
    private const int Batch = 500;

    /// <param name="parentId">Attach the tenant to this province or region instead of the one it had (which may not exist here).</param>
    /// <exception cref="TenantValidationException">The archive is refused; nothing was imported.</exception>
    public async Task<TenantArchiveSummary> ImportAsync(Stream archive, string? parentId = null, CancellationToken cancellationToken = default)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(archive, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            throw Refused("The file is not a tenant archive, or it is truncated.");
        }

        using (zip)
        {
            var manifest = await ReadManifestAsync(zip, cancellationToken);
            await VerifyEntriesAsync(zip, manifest, cancellationToken);
            await registry.RefreshAsync(cancellationToken);

            await using var platform = dbFactory.ForPlatform();
            var context = Context(platform.Db);
            var tenantType = context.Model.FindEntityType(typeof(Tenant))!;
            var tables = Map(context.Model, manifest, TenantTables(context.Model), "data");
            var accountTables = Map(context.Model, manifest, AccountTables(context.Model), "accounts");

            var tenant = (Tenant)Rows(zip, TenantEntry).Select(r => Materialize(tenantType, r)).SingleOrDefault()!
                ?? throw Refused("The archive has no tenant.");
            if (tenant.Id != manifest.TenantId)
            {
                throw Refused("The archive has been altered: its tenant does not match its manifest.");
            }

            if (parentId is not null)
            {
                tenant.ParentId = parentId.Length == 0 ? null : parentId;
            }

            CheckPlace(tenant);
            if (Directory.Exists(Path.Combine(media.RootFolder, tenant.Id)) && Directory.EnumerateFileSystemEntries(Path.Combine(media.RootFolder, tenant.Id)).Any())
            {
                throw Refused("Files of a tenant with this identifier are already stored here.");
            }

            // Keys: an archive only goes in where none of its rows' ids is taken. Their highest, for the id counters.
            var highest = new Dictionary<IEntityType, long>();
            foreach (var (type, _) in tables)
            {
                var keys = Rows(zip, EntryOf(type, "data")).Select(r => r.GetProperty(Key(type).Name)).ToList();
                highest[type] = keys.Where(k => k.ValueKind == JsonValueKind.Number).Select(k => k.GetInt64()).DefaultIfEmpty(0).Max();
                var clash = await Generic<string?>(typeof(TenantImporter), nameof(FirstTakenAsync), type, context, type, keys, cancellationToken);
                if (clash is not null)
                {
                    throw Refused($"This platform already holds a row {clash} of table {type.GetTableName()}: the archive can only go into a deployment where its ids are free.");
                }
            }

            var accounts = await CheckAccountsAsync(context, zip, cancellationToken);
            var newUsers = accounts.New;

            var stagingFolder = Path.Combine(media.RootFolder, ".import-" + Guid.NewGuid().ToString("N"));
            try
            {
                var files = await StageFilesAsync(zip, manifest, stagingFolder, cancellationToken);
                var perTable = await InsertAsync(zip, tenant, tables, accountTables, accounts, highest, cancellationToken);
                if (files.Count > 0)
                {
                    Directory.CreateDirectory(media.RootFolder);
                    var target = Path.Combine(media.RootFolder, tenant.Id);
                    if (Directory.Exists(target))
                    {
                        Directory.Delete(target, recursive: true); // checked empty above
                    }

                    Directory.Move(stagingFolder, target);
                }

                await registry.ReloadAsync(cancellationToken);
                await RebuildSearchAsync(tenant.Id, cancellationToken);
                logger.LogInformation("Tenant {Tenant} imported: {Rows} rows, {Accounts} new accounts, {Files} files", tenant.Id, perTable.Values.Sum(), newUsers, files.Count);
                return new TenantArchiveSummary(tenant.Id, perTable.Values.Sum(), newUsers, files.Count, files.Sum(f => f.Bytes)) { RowsPerTable = perTable };
            }
            finally
            {
                if (Directory.Exists(stagingFolder))
                {
                    Directory.Delete(stagingFolder, recursive: true);
                }
            }
        }
    }

    private static TenantValidationException Refused(string message) => new("Archive", message);

    private static async Task<TenantArchiveManifest> ReadManifestAsync(ZipArchive zip, CancellationToken cancellationToken)
    {
        var entry = zip.GetEntry(ManifestEntry) ?? throw Refused("The file is not a tenant archive, or it is truncated.");
        TenantArchiveManifest? manifest;
        try
        {
            await using var stream = entry.Open();
            manifest = await JsonSerializer.DeserializeAsync<TenantArchiveManifest>(stream, Json, cancellationToken);
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException)
        {
            throw Refused("The archive's manifest is damaged.");
        }

        if (manifest is null || manifest.Format != Format)
        {
            throw Refused("The file is not a tenant archive, or it is truncated.");
        }

        if (manifest.Version > CurrentVersion)
        {
            throw Refused($"The archive was made by a newer version of OpenRegion (archive format {manifest.Version}; this one reads up to {CurrentVersion}). Update this deployment first.");
        }

        return manifest;
    }

    /// <summary>Every listed entry present, of its size and hash; nothing unlisted.</summary>
    private static async Task VerifyEntriesAsync(ZipArchive zip, TenantArchiveManifest manifest, CancellationToken cancellationToken)
    {
        var listed = manifest.Entries.ToDictionary(e => e.Name, StringComparer.Ordinal);
        foreach (var entry in zip.Entries.Where(e => e.FullName != ManifestEntry))
        {
            if (!listed.ContainsKey(entry.FullName))
            {
                throw Refused($"The archive has been altered: {entry.FullName} is not in its manifest.");
            }
        }

        foreach (var expected in manifest.Entries)
        {
            var entry = zip.GetEntry(expected.Name) ?? throw Refused($"The archive is incomplete: {expected.Name} is missing.");
            try
            {
                await using var stream = entry.Open();
                await using var hashing = new HashingStream(stream, writing: false, limit: expected.Bytes);
                await hashing.CopyToAsync(Stream.Null, cancellationToken);
                if (hashing.Count != expected.Bytes || !string.Equals(hashing.Hash(), expected.Sha256, StringComparison.OrdinalIgnoreCase))
                {
                    throw Refused($"The archive has been altered or damaged: {expected.Name} does not match its checksum.");
                }
            }
            catch (InvalidDataException)
            {
                throw Refused($"The archive has been altered or damaged: {expected.Name} does not match its checksum.");
            }
        }

        if (manifest.Tables.Any(t => !listed.ContainsKey(t.Entry)) || !listed.ContainsKey(TenantEntry))
        {
            throw Refused("The archive is incomplete: a table listed in its manifest is missing.");
        }
    }

    /// <summary>The archive's tables as this version's entity types: a table or column unknown here means a newer archive.</summary>
    private static List<(IEntityType Type, TenantArchiveTable Table)> Map(IModel model, TenantArchiveManifest manifest, IReadOnlyList<IEntityType> types, string folder)
    {
        var known = types.ToDictionary(t => EntryOf(t, folder), StringComparer.Ordinal);
        foreach (var table in manifest.Tables.Where(t => t.Entry.StartsWith(folder + "/", StringComparison.Ordinal)))
        {
            var type = known.GetValueOrDefault(table.Entry)
                ?? throw Refused($"The archive was made by a newer version of OpenRegion: this one has no table {table.Name}. Update this deployment first.");
            var missing = table.Columns.FirstOrDefault(c => type.FindProperty(c) is null);
            if (missing is not null)
            {
                throw Refused($"The archive was made by a newer version of OpenRegion: table {table.Name} has a column {missing} this one does not know. Update this deployment first.");
            }
        }

        var present = manifest.Tables.ToDictionary(t => t.Entry, StringComparer.Ordinal);
        return types.Where(t => present.ContainsKey(EntryOf(t, folder))).Select(t => (t, present[EntryOf(t, folder)])).ToList();
    }

    private void CheckPlace(Tenant tenant)
    {
        if (tenant.State is not (TenantState.Running or TenantState.Disabled))
        {
            throw Refused("The archive's tenant was not running when it was exported.");
        }

        if (registry.Find(tenant.Id) is not null)
        {
            throw new TenantValidationException("Id", $"A tenant '{tenant.Id}' already exists here: delete it first, or import into another deployment.");
        }

        TenantDefinitionValidator.Validate(
            new TenantDefinition { Id = tenant.Id, NameAr = tenant.NameAr, NameFr = tenant.NameFr, Kind = tenant.Kind, Population = tenant.Population, HostNames = tenant.HostNames, UrlPrefix = tenant.UrlPrefix },
            registry.All);
        var expected = tenant.Kind switch { TenantKind.Commune => TenantKind.Province, TenantKind.Province => TenantKind.Region, _ => (TenantKind?)null };
        if (expected is null)
        {
            tenant.ParentId = null;
        }
        else if (tenant.ParentId is null || registry.Find(tenant.ParentId)?.Kind != expected)
        {
            throw new TenantValidationException("ParentId", expected == TenantKind.Province
                ? $"Its province '{tenant.ParentId}' is not on this platform: create or import it first, or name another province."
                : $"Its region '{tenant.ParentId}' is not on this platform: create or import it first, or name another region.");
        }
    }

    /// <summary>
    /// Accounts already here by id are kept as they are. An account whose e-mail has an account here is that account
    /// (the same person: their rows are attached to it, its password and roles here unchanged). An account whose user
    /// name or identity card belongs to another account here is refused.
    /// </summary>
    private static async Task<Accounts> CheckAccountsAsync(DbContext context, ZipArchive zip, CancellationToken cancellationToken)
    {
        var userType = context.Model.FindEntityType(typeof(CmsUser))!;
        var archived = Rows(zip, EntryOf(userType, "accounts")).Select(r => (CmsUser)Materialize(userType, r)).ToList();
        var accounts = new Accounts();
        var clashes = new List<string>();
        foreach (var chunk in archived.Chunk(Batch))
        {
            var ids = chunk.Select(u => u.Id).ToList();
            accounts.Kept.UnionWith(await context.Set<CmsUser>().Where(u => ids.Contains(u.Id)).Select(u => u.Id).ToListAsync(cancellationToken));
            var fresh = chunk.Where(u => !accounts.Kept.Contains(u.Id)).ToList();
            var emails = fresh.Select(u => u.NormalizedEmail).OfType<string>().ToList();
            var byEmail = await context.Set<CmsUser>().Where(u => emails.Contains(u.NormalizedEmail!)).ToDictionaryAsync(u => u.NormalizedEmail!, u => u.Id, cancellationToken);
            foreach (var user in fresh.Where(u => u.NormalizedEmail is not null && byEmail.ContainsKey(u.NormalizedEmail)))
            {
                accounts.SameAs[user.Id] = byEmail[user.NormalizedEmail!];
            }

            fresh = fresh.Where(u => !accounts.SameAs.ContainsKey(u.Id)).ToList();
            var names = fresh.Select(u => u.NormalizedUserName).OfType<string>().ToList();
            var cards = fresh.Select(u => u.VoterKey).OfType<string>().ToList();
            clashes.AddRange(await context.Set<CmsUser>()
                .Where(u => !ids.Contains(u.Id) && (names.Contains(u.NormalizedUserName!) || cards.Contains(u.VoterKey!)))
                .Select(u => u.Email ?? u.UserName ?? u.Id).ToListAsync(cancellationToken));
        }

        if (clashes.Count > 0)
        {
            throw Refused($"{clashes.Count} account(s) of the archive clash with other accounts here (same user name or identity card), e.g. {string.Join(", ", clashes.Take(3))}.");
        }

        accounts.New = archived.Count - accounts.Kept.Count - accounts.SameAs.Count;
        return accounts;
    }

    private sealed class Accounts
    {
        /// <summary>Already here under the same id.</summary>
        public HashSet<string> Kept { get; } = new(StringComparer.Ordinal);

        /// <summary>Archive id → the id of the account here with the same e-mail.</summary>
        public Dictionary<string, string> SameAs { get; } = new(StringComparer.Ordinal);

        public int New { get; set; }

        public bool Skipped(string id) => Kept.Contains(id) || SameAs.ContainsKey(id);
    }

    private static async Task<List<TenantArchiveEntry>> StageFilesAsync(ZipArchive zip, TenantArchiveManifest manifest, string folder, CancellationToken cancellationToken)
    {
        var files = manifest.Entries.Where(e => e.Name.StartsWith(MediaFolder, StringComparison.Ordinal)).ToList();
        var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
        foreach (var file in files)
        {
            var path = Path.GetFullPath(Path.Combine(folder, file.Name[MediaFolder.Length..]));
            if (!path.StartsWith(root, StringComparison.Ordinal) || file.Name.Contains('\\'))
            {
                throw Refused($"The archive has been altered: {file.Name} points outside the tenant's folder.");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await using var source = zip.GetEntry(file.Name)!.Open();
            await using var target = File.Create(path);
            await source.CopyToAsync(target, cancellationToken);
        }

        return files;
    }

    private async Task<Dictionary<string, long>> InsertAsync(
        ZipArchive zip, Tenant tenant, List<(IEntityType Type, TenantArchiveTable Table)> tables, List<(IEntityType Type, TenantArchiveTable Table)> accountTables, Accounts accounts, Dictionary<IEntityType, long> highest, CancellationToken cancellationToken)
    {
        var perTable = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var lease = dbFactory.ForTenant(tenant.Id);
        var context = Context(lease.Db);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            context.Add(tenant);
            await context.SaveChangesAsync(cancellationToken);

            foreach (var (type, _) in accountTables)
            {
                var isUser = type.ClrType == typeof(CmsUser);
                var generatedKey = HasSingleKey(type) && Key(type).ValueGenerated != ValueGenerated.Never && !isUser;
                await AddAllAsync(context, type, EntryOf(type, "accounts"), row =>
                {
                    var userId = row.GetProperty(isUser ? "Id" : "UserId").GetString()!;
                    return !accounts.Skipped(userId);
                }, entity =>
                {
                    if (entity is CmsUser user)
                    {
                        user.IsPlatformAdmin = false;
                    }
                    else if (generatedKey)
                    {
                        // A claim's number is this database's to give.
                        Key(type).PropertyInfo!.SetValue(entity, Activator.CreateInstance(Key(type).ClrType));
                    }
                }, zip, cancellationToken);
            }

            foreach (var (type, table) in tables)
            {
                // Rows name accounts by id: those merged into an account here by e-mail now name that account.
                var strings = type.GetProperties().Where(p => p.ClrType == typeof(string) && p.PropertyInfo is not null).Select(p => p.PropertyInfo!).ToList();
                perTable[type.GetTableName()!] = await AddAllAsync(context, type, EntryOf(type, "data"), _ => true, entity =>
                {
                    foreach (var property in strings)
                    {
                        if (property.GetValue(entity) is string value && accounts.SameAs.TryGetValue(value, out var here))
                        {
                            property.SetValue(entity, here);
                        }
                    }
                }, zip, cancellationToken);
                await AdvanceCounterAsync(context, type, Math.Max(table.HighestId ?? 0, highest[type]), cancellationToken);
            }

            new AuditLog(lease.Db, http, clock).Record("tenant.imported", tenant.Id, new { rows = perTable.Values.Sum() });
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return perTable;
        }
        catch (DbUpdateException ex)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            throw Refused("The archive clashes with data of this platform, nothing was imported: " + (ex.InnerException ?? ex).Message.Split('\n')[0]);
        }
    }

    private static async Task<long> AddAllAsync(DbContext context, IEntityType type, string entry, Func<JsonElement, bool> include, Action<object> adjust, ZipArchive zip, CancellationToken cancellationToken)
    {
        long count = 0;
        foreach (var rows in Rows(zip, entry).Where(include).Chunk(Batch))
        {
            foreach (var row in rows)
            {
                var entity = Materialize(type, row);
                adjust(entity);
                context.Add(entity);
            }

            await context.SaveChangesAsync(cancellationToken);
            context.ChangeTracker.Clear();
            count += rows.Length;
        }

        return count;
    }

    /// <summary>
    /// Ids were given, so the database's id counter must move past them (never back), and past the highest id the source
    /// had used (<see cref="TenantArchiveTable.HighestId"/>): then rows added here later take none of the ids the
    /// source's other archives carry. PostgreSQL: the identity sequence; SQLite: the AUTOINCREMENT counter.
    /// </summary>
    private static async Task AdvanceCounterAsync(DbContext context, IEntityType type, long highest, CancellationToken cancellationToken)
    {
        var key = Key(type);
        if (key.ValueGenerated == ValueGenerated.Never || key.ClrType != typeof(long))
        {
            return;
        }

        if (highest <= 0)
        {
            return;
        }

        // Names from the entity model, not from the archive; the one value is a parameter.
        var name = type.GetTableName()!.Replace("\"", "\"\"", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal);
        var column = key.GetColumnName().Replace("'", "''", StringComparison.Ordinal);
        if (context.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true)
        {
            var sql = "SELECT setval(s, GREATEST(COALESCE(pg_sequence_last_value(s), 0), {0})) FROM (SELECT pg_get_serial_sequence('\"" + name + "\"', '" + column + "')::regclass AS s) AS q";
            await context.Database.ExecuteSqlRawAsync(sql, [highest], cancellationToken);
        }
        else if (context.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true)
        {
            await context.Database.ExecuteSqlRawAsync("UPDATE sqlite_sequence SET seq = MAX(seq, {0}) WHERE name = {1}", [highest, type.GetTableName()!], cancellationToken);
            await context.Database.ExecuteSqlRawAsync("INSERT INTO sqlite_sequence (name, seq) SELECT {1}, {0} WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = {1})", [highest, type.GetTableName()!], cancellationToken);
        }
    }

    private async Task RebuildSearchAsync(string tenantId, CancellationToken cancellationToken)
    {
        try
        {
            await using var lease = dbFactory.ForTenant(tenantId);
            await search.RebuildAsync(lease.Db, tenantId, cancellationToken);
        }
        catch (Lucene.Net.Store.LockObtainFailedException)
        {
            // The running platform holds the indexes (an import from the command line): it rebuilds a missing index when it starts.
            logger.LogWarning("The search index of {Tenant} is rebuilt by the running platform, not by this import", tenantId);
        }
    }

    /// <summary>The first of <paramref name="keys"/> some row here already has, whichever tenant owns it.</summary>
    private static async Task<string?> FirstTakenAsync<TEntity, TKey>(DbContext context, IEntityType type, List<JsonElement> keys, CancellationToken cancellationToken)
        where TEntity : class
    {
        var name = Key(type).Name;
        foreach (var chunk in keys.Select(k => k.Deserialize<TKey>(Json)!).Chunk(Batch))
        {
            var taken = await context.Set<TEntity>().IgnoreQueryFilters().Where(e => chunk.Contains(EF.Property<TKey>(e, name)))
                .Select(e => EF.Property<TKey>(e, name)).FirstOrDefaultAsync(cancellationToken);
            if (taken is not null && !EqualityComparer<TKey>.Default.Equals(taken, default))
            {
                return taken.ToString();
            }
        }

        return null;
    }

    private static IEnumerable<JsonElement> Rows(ZipArchive zip, string entry)
    {
        var source = zip.GetEntry(entry);
        if (source is null)
        {
            yield break;
        }

        using var reader = new StreamReader(source.Open(), System.Text.Encoding.UTF8);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            JsonElement row;
            try
            {
                row = JsonDocument.Parse(line).RootElement;
            }
            catch (JsonException)
            {
                throw Refused($"The archive is damaged: {entry}, line {number}.");
            }

            yield return row;
        }
    }

    private static object Materialize(IEntityType type, JsonElement row)
    {
        var entity = Activator.CreateInstance(type.ClrType, nonPublic: true)!;
        foreach (var column in row.EnumerateObject())
        {
            var property = type.FindProperty(column.Name) ?? throw Refused($"The archive was made by a newer version of OpenRegion: table {type.GetTableName()} has a column {column.Name} this one does not know.");
            object? value;
            try
            {
                value = column.Value.Deserialize(property.ClrType, Json);
            }
            catch (JsonException)
            {
                throw Refused($"The archive is damaged: {type.GetTableName()}.{column.Name} holds a value of the wrong kind.");
            }

            // PostgreSQL keeps instants in UTC; SQLite kept the offset. The instant is the same.
            if (value is DateTimeOffset instant)
            {
                value = instant.ToUniversalTime();
            }

            if (property.PropertyInfo is { } info)
            {
                info.SetValue(entity, value);
            }
            else if (property.FieldInfo is { } field)
            {
                field.SetValue(entity, value);
            }
            else
            {
                throw new InvalidOperationException($"{type.DisplayName()}.{property.Name} is a shadow property, which archives do not carry.");
            }
        }

        return entity;
    }
}
