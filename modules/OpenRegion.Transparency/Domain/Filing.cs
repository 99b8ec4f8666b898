using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Workflows;

namespace OpenRegion.Transparency.Domain;

/// <summary>
/// Registering a new request or complaint under the next number of the tenant's year ("2026-0007"): the number, the
/// row and whatever <paramref name="after"/> adds (its deadline, the acknowledgement) are saved in one transaction.
/// Two filings at the same instant may pick the same number; the unique index refuses the later ones, which try the next
/// number after a short random pause — every round files one of them, so nobody's filing is lost and no number is
/// given twice. (Filings are a few a day per council; the retries only matter in a rush, and the test files six at once.)
/// </summary>
public static class Filing
{
    private const int Attempts = 100;

    public static async Task RegisterAsync<T>(ICmsDbContext db, T entity, Action<T, string> setNumber, DateTimeOffset receivedUtc, Func<T, Task> after, CancellationToken cancellationToken)
        where T : class
    {
        var prefix = LocalTime.Date(receivedUtc).Year.ToString(CultureInfo.InvariantCulture) + "-";
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var numbers = await db.Set<T>().AsNoTracking().Select(e => EF.Property<string>(e, "Number")).Where(n => n.StartsWith(prefix)).ToListAsync(cancellationToken);
            var next = numbers.Select(n => int.TryParse(n.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0).DefaultIfEmpty(0).Max() + 1;
            setNumber(entity, prefix + next.ToString("D4", CultureInfo.InvariantCulture));
            db.Set<T>().Add(entity);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                db.Entry(entity).Property("Id").CurrentValue = 0L;
                await Task.Delay(Random.Shared.Next(2, 25), cancellationToken);
                continue;
            }

            await after(entity);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            OutboxSignal.Pulse();
            return;
        }
    }
}
