using System.Linq.Expressions;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Privacy;

/// <summary>The person whose data is asked for or erased: their account, and the fingerprint of their identity card when they declared one.</summary>
public sealed record DataSubject(string UserId, string? VoterKey, string? Email);

/// <summary>Values put where a person was: never the same twice, so unique indexes hold and nothing links the rows together again.</summary>
public static class Erased
{
    public const string Prefix = "erased:";

    /// <summary>A fresh stand-in for an account id or a card fingerprint.</summary>
    public static string Token() => Prefix + Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();

    public static bool Is(string? value) => value?.StartsWith(Prefix, StringComparison.Ordinal) == true;
}

/// <summary>What the erasure of an account does to one kind of row.</summary>
public enum ErasureEffect
{
    /// <summary>The rows go (what only served the person: what they follow, their notifications).</summary>
    Deleted,

    /// <summary>The rows stay and still count (a ballot, a signature, a support, a contribution) but no longer say who.</summary>
    Unlinked,

    /// <summary>The link to the account goes; the details stay in an administration's register until the site's retention period ends.</summary>
    KeptInRegister,
}

/// <summary>
/// One kind of row that can hold a person's data: which columns, how to find a person's rows across every site,
/// what their export shows, and what erasing the account does to them.
/// </summary>
public abstract class PersonalDataKind
{
    /// <summary>A stable name, the key of the export's section, e.g. "ballots".</summary>
    public abstract string Name { get; }

    public abstract Type Entity { get; }

    /// <summary>The columns of <see cref="Entity"/> that identify or describe the person.</summary>
    public abstract IReadOnlyList<string> Columns { get; }

    public abstract ErasureEffect Effect { get; }

    /// <summary>The person's rows, for the export (in the platform scope: the account is one for every site).</summary>
    public abstract Task<IReadOnlyList<object>> ExportAsync(ICmsDbContext db, DataSubject subject, CancellationToken cancellationToken);

    /// <summary>How many rows the person has of this kind (the "My data" page shows counts).</summary>
    public abstract Task<int> CountAsync(ICmsDbContext db, DataSubject subject, CancellationToken cancellationToken);

    /// <summary>Changes (or removes) the person's rows in the context; the caller saves, once, for every kind. Returns how many rows; adds their sites to <paramref name="sites"/>.</summary>
    public abstract Task<int> EraseAsync(ICmsDbContext db, DataSubject subject, DateTimeOffset now, ISet<string> sites, CancellationToken cancellationToken);
}

/// <summary>A kind of row of entity <typeparamref name="T"/>: the person's rows are those <c>Of(subject)</c> selects.</summary>
public sealed class PersonalDataKind<T>(
    string name,
    ErasureEffect effect,
    string[] columns,
    Func<DataSubject, Expression<Func<T, bool>>> of,
    Func<ErasureBatch<T>, CancellationToken, Task> erase,
    Func<T, object>? export = null) : PersonalDataKind where T : class, ITenantOwned
{
    public override string Name => name;

    public override Type Entity => typeof(T);

    public override IReadOnlyList<string> Columns => columns;

    public override ErasureEffect Effect => effect;

    public override async Task<IReadOnlyList<object>> ExportAsync(ICmsDbContext db, DataSubject subject, CancellationToken cancellationToken)
    {
        var rows = await db.Set<T>().AsNoTracking().Where(of(subject)).OrderBy(r => r.TenantId).ToListAsync(cancellationToken);
        return rows.Select(r => export is null ? r : export(r)).ToList();
    }

    public override Task<int> CountAsync(ICmsDbContext db, DataSubject subject, CancellationToken cancellationToken) =>
        db.Set<T>().CountAsync(of(subject), cancellationToken);

    public override async Task<int> EraseAsync(ICmsDbContext db, DataSubject subject, DateTimeOffset now, ISet<string> sites, CancellationToken cancellationToken)
    {
        var rows = await db.Set<T>().Where(of(subject)).ToListAsync(cancellationToken);
        if (rows.Count > 0)
        {
            sites.UnionWith(rows.Select(r => r.TenantId));
            await erase(new ErasureBatch<T>(db, rows, now), cancellationToken);
        }

        return rows.Count;
    }
}

/// <summary>The person's rows of one kind, tracked: the erasure changes or removes them.</summary>
public sealed record ErasureBatch<T>(ICmsDbContext Db, IReadOnlyList<T> Rows, DateTimeOffset Now) where T : class
{
    public void Delete() => Db.Set<T>().RemoveRange(Rows);

    public void Each(Action<T> change)
    {
        foreach (var row in Rows)
        {
            change(row);
        }
    }
}
