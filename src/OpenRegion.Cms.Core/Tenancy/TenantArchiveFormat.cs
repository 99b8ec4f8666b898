using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Identity;

namespace OpenRegion.Cms.Core.Tenancy;

/// <summary>
/// What a tenant archive holds and how its rows are written, shared by export and import. The archive is a zip:
/// <c>manifest.json</c> (format, version, tables with their columns and row counts, and the size and SHA-256 of every
/// other entry), <c>tenant.json</c>, <c>accounts/*.jsonl</c> (the accounts its rows name), <c>data/*.jsonl</c> (one
/// JSON object per row, one file per table) and <c>media/…</c> (the tenant's stored files).
/// Rows are written from the entity model, not from a list kept by hand, so a new module's tables travel too.
/// </summary>
public static class TenantArchiveFormat
{
    public const string Format = "openregion-tenant-archive";

    /// <summary>Raised when the archive's layout changes; an archive of a higher version is refused.</summary>
    public const int CurrentVersion = 1;

    public const string ManifestEntry = "manifest.json";

    public const string TenantEntry = "tenant.json";

    public const string MediaFolder = "media/";

    public static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Tables whose rows belong to one tenant, in an order where every row's principal comes first.</summary>
    public static IReadOnlyList<IEntityType> TenantTables(IModel model) =>
        InsertOrder(model.GetEntityTypes().Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType) && t.BaseType is null && t.GetTableName() is not null));

    /// <summary>The account tables: users, and the rows that hang on a user (claims, logins, tokens).</summary>
    public static IReadOnlyList<IEntityType> AccountTables(IModel model) =>
        InsertOrder(model.GetEntityTypes().Where(t => !typeof(ITenantOwned).IsAssignableFrom(t.ClrType) && t.BaseType is null
            && (t.ClrType == typeof(CmsUser) || t.GetForeignKeys().Any(f => f.PrincipalEntityType.ClrType == typeof(CmsUser)))));

    public static string EntryOf(IEntityType type, string folder) => $"{folder}/{type.GetTableName()}.jsonl";

    /// <summary>The columns an archive carries for a table: every mapped property, by its property name.</summary>
    public static IReadOnlyList<IProperty> Columns(IEntityType type) => type.GetProperties().ToList();

    /// <summary>The key rows are paged and checked by: the primary key (its first column for the accounts' composite keys).</summary>
    public static IProperty Key(IEntityType type) => type.FindPrimaryKey()!.Properties[0];

    public static bool HasSingleKey(IEntityType type) => type.FindPrimaryKey()!.Properties.Count == 1;

    private static List<IEntityType> InsertOrder(IEnumerable<IEntityType> types)
    {
        var set = types.OrderBy(t => t.GetTableName(), StringComparer.Ordinal).ToList();
        var ordered = new List<IEntityType>();
        var seen = new HashSet<IEntityType>();
        void Visit(IEntityType type)
        {
            if (!seen.Add(type))
            {
                return;
            }

            foreach (var principal in type.GetForeignKeys().Select(f => f.PrincipalEntityType).Where(p => p != type && set.Contains(p)))
            {
                Visit(principal);
            }

            ordered.Add(type);
        }

        set.ForEach(Visit);
        return ordered;
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Calls <c>method&lt;entity type, key type&gt;</c>: EF Core queries are generic, the archive walks types.</summary>
    internal static Task<T> Generic<T>(Type owner, string method, IEntityType type, params object?[] arguments) =>
        (Task<T>)owner.GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(type.ClrType, Key(type).ClrType).Invoke(null, arguments)!;

    internal static DbContext Context(ICmsDbContext db) => db as DbContext ?? throw new InvalidOperationException("The archive needs an EF Core context.");
}

public sealed class TenantArchiveManifest
{
    public string Format { get; set; } = "";

    public int Version { get; set; }

    public string TenantId { get; set; } = "";

    public DateTimeOffset ExportedUtc { get; set; }

    /// <summary>The software that wrote it, for people reading the file.</summary>
    public string Software { get; set; } = "";

    public List<TenantArchiveTable> Tables { get; set; } = [];

    public List<TenantArchiveEntry> Entries { get; set; } = [];
}

public sealed class TenantArchiveTable
{
    public string Name { get; set; } = "";

    public string Entry { get; set; } = "";

    public List<string> Columns { get; set; } = [];

    public long Rows { get; set; }

    /// <summary>
    /// The highest id the whole source deployment had used in this table at export time. The importer moves the
    /// target's id counter past it, so rows created there afterwards never take an id another archive of the same
    /// source still carries: a deployment can be moved tenant by tenant.
    /// </summary>
    public long? HighestId { get; set; }
}

public sealed class TenantArchiveEntry
{
    public string Name { get; set; } = "";

    public long Bytes { get; set; }

    public string Sha256 { get; set; } = "";
}

/// <summary>What an export wrote or an import brought in.</summary>
public sealed record TenantArchiveSummary(string TenantId, long Rows, int Accounts, int Files, long MediaBytes)
{
    /// <summary>Rows per table, for operators and for comparing a tenant before and after a move.</summary>
    public IReadOnlyDictionary<string, long> RowsPerTable { get; init; } = new Dictionary<string, long>();
}

/// <summary>Counts and hashes what passes through, for the manifest (writing) and for checking it (reading).</summary>
internal sealed class HashingStream(Stream inner, bool writing, long limit = long.MaxValue) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public long Count { get; private set; }

    public string Hash() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    public override bool CanRead => !writing;

    public override bool CanSeek => false;

    public override bool CanWrite => writing;

    public override long Length => Count;

    public override long Position { get => Count; set => throw new NotSupportedException(); }

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        Seen(buffer[..read]);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        Seen(buffer.Span[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Seen(buffer);
        inner.Write(buffer);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Seen(buffer.Span);
        await inner.WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void Seen(ReadOnlySpan<byte> bytes)
    {
        Count += bytes.Length;
        if (Count > limit)
        {
            // An entry larger than the manifest says is not what was exported: stop before it fills the disk.
            throw new InvalidDataException("An entry is larger than the manifest says.");
        }

        _hash.AppendData(bytes);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
        }

        base.Dispose(disposing);
    }
}
