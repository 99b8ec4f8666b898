using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Budgeting.Model;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Innovation;
using OpenRegion.Cms.Core.Notifications;
using OpenRegion.Cms.Core.Petitions;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Core.Transparency;

namespace OpenRegion.Cms.Core.Privacy;

/// <summary>How long a site keeps personal data once the file it belongs to is closed (a tenant setting).</summary>
public static class Retention
{
    public const string SettingKey = "privacy.retentionDays";

    public const int DefaultDays = 365;

    /// <summary>Not less: a requester has 30 days to take a refusal to the access-to-information commission (law 31-13 art 20).</summary>
    public const int MinDays = 30;

    public const int MaxDays = 3650;

    public static int DaysOf(TenantShell shell) => Math.Clamp(shell.Setting(SettingKey, DefaultDays), MinDays, MaxDays);

    public static async Task<int> DaysAsync(ICmsDbContext db, CancellationToken cancellationToken = default)
    {
        var json = await db.Set<TenantSetting>().AsNoTracking().Where(s => s.Key == SettingKey).Select(s => s.ValueJson).FirstOrDefaultAsync(cancellationToken);
        return json is not null && int.TryParse(json, out var days) ? Math.Clamp(days, MinDays, MaxDays) : DefaultDays;
    }

    /// <summary>Stores the setting on the context's tenant; the caller saves. Out of range: false, nothing changed.</summary>
    public static async Task<bool> SetAsync(ICmsDbContext db, int days, CancellationToken cancellationToken = default)
    {
        if (days is < MinDays or > MaxDays)
        {
            return false;
        }

        await TenantAppearance.SetSettingAsync(db, SettingKey, days.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        return true;
    }
}

/// <summary>What one sweep of a site did, kind by kind (counts only).</summary>
public sealed record RetentionReport(IReadOnlyDictionary<string, int> Changed)
{
    public int Total => Changed.Values.Sum();
}

/// <summary>
/// Applies a site's retention period: once a file is closed for longer than it, the personal data in it goes —
/// ballots and signatures keep counting without their card's fingerprint, requests and complaints stay in the
/// register without who made them, past events' attendance without names, notifications and old invitations go,
/// the audit trail forgets network addresses. Fingerprints left on the ballots and signatures of erased accounts
/// (kept while a vote or a petition was open) go as soon as it closes. Runs on a tenant-bound context; idempotent.
/// </summary>
public static class RetentionSweep
{
    private const int Batch = 1000;

    public static async Task<RetentionReport> RunAsync(ICmsDbContext db, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (db.TenantId is null)
        {
            throw new InvalidOperationException("A retention sweep runs on one site.");
        }

        var days = await Retention.DaysAsync(db, cancellationToken);
        var cutoff = now.AddDays(-days);
        var cutoffDay = DateOnly.FromDateTime(cutoff.UtcDateTime);
        var changed = new Dictionary<string, int>(StringComparer.Ordinal);
        void Count(string kind, int n)
        {
            if (n > 0)
            {
                changed[kind] = changed.GetValueOrDefault(kind) + n;
            }
        }

        // Ballots of closed votes: every fingerprint after the period; at once when no account holds it any more. (Ballots
        // imported from a pabulib file are anonymous already: their voter ids are the file's.)
        var closedBudgets = await PersonalData.ClosedBudgetsAsync(db, null, now, cancellationToken);
        if (closedBudgets.Count > 0)
        {
            var expiredBudgets = (await (from budget in db.Set<Budget>()
                                         join process in db.Set<BudgetProcess>() on budget.ProcessId equals process.Id
                                         where process.VotingEndsUtc != null && process.VotingEndsUtc <= cutoff
                                         select budget.Id).ToListAsync(cancellationToken)).ToList();
            var closed = closedBudgets.ToList();
            Count("ballots", await InBatchesAsync(db, db.Set<Ballot>().Where(b => closed.Contains(b.BudgetId) && b.Channel != BallotChannel.Imported && !b.VoterId.StartsWith(Erased.Prefix)
                    && (expiredBudgets.Contains(b.BudgetId) || !db.Set<CmsUser>().Any(u => u.VoterKey == b.VoterId))),
                b => b.VoterId = Erased.Token(), cancellationToken));
        }

        // Signatures of petitions past the bureau's check: the fingerprint of an erased signer at once; everything after the period.
        var settled = await db.Set<Petition>().AsNoTracking().Where(p => !PersonalData.SignaturesStillChecked.Contains(p.State))
            .Select(p => new { p.Id, Last = p.DeliberatedUtc ?? p.DecidedUtc ?? p.DepositedUtc ?? p.OpenedUtc ?? p.CreatedUtc }).ToListAsync(cancellationToken);
        if (settled.Count > 0)
        {
            var settledIds = settled.Select(p => p.Id).ToList();
            var expired = settled.Where(p => p.Last <= cutoff).Select(p => p.Id).ToList();
            Count("petition-signatures", await InBatchesAsync(db, db.Set<PetitionSignature>().Where(s => settledIds.Contains(s.PetitionId) && !s.SignerKey.StartsWith(Erased.Prefix)
                    && (expired.Contains(s.PetitionId) || s.SignerName == "")),
                s =>
                {
                    s.SignerKey = Erased.Token();
                    s.SignerName = "";
                    s.UserId = null;
                }, cancellationToken));
        }

        // Requests for information: once answered (and any complaint about the answer answered) for longer than the period.
        Count("information-requests", await InBatchesAsync(db, db.Set<InformationRequest>().Where(r => r.AnsweredOn != null && r.AnsweredOn <= cutoffDay
                && (r.ComplainedOn == null || (r.ComplaintAnsweredOn != null && r.ComplaintAnsweredOn <= cutoffDay))
                && (r.RequesterName != "" || r.IdentityNumber != "" || r.Address != "" || r.Email != null || r.Phone != null || r.RequesterUserId != null)),
            r =>
            {
                r.RequesterName = "";
                r.Address = "";
                r.IdentityNumber = "";
                r.Email = null;
                r.Phone = null;
                r.RequesterUserId = null;
            }, cancellationToken));

        Count("complaints", await InBatchesAsync(db, db.Set<Complaint>().Where(c => c.AnsweredOn != null && c.AnsweredOn <= cutoffDay
                && (c.Name != "" || c.Email != null || c.Phone != null || c.Address != null || c.ComplainantUserId != null)),
            c =>
            {
                c.Name = "";
                c.Email = null;
                c.Phone = null;
                c.Address = null;
                c.ComplainantUserId = null;
            }, cancellationToken));

        var pastEvents = await db.Set<LabEvent>().Where(e => e.EndsUtc <= cutoff).Select(e => e.Id).ToListAsync(cancellationToken);
        if (pastEvents.Count > 0)
        {
            Count("lab-event-registrations", await InBatchesAsync(db, db.Set<LabEventRegistration>().Where(r => pastEvents.Contains(r.EventId) && !r.UserId.StartsWith(Erased.Prefix)),
                r =>
                {
                    r.UserId = Erased.Token();
                    r.Name = "";
                    r.Email = "";
                }, cancellationToken));
        }

        Count("notifications", await db.Set<Notification>().Where(n => n.CreatedUtc <= cutoff).ExecuteDeleteAsync(cancellationToken));
        Count("invitations", await db.Set<Invitation>().Where(i => i.ExpiresUtc <= cutoff || (i.AcceptedUtc != null && i.AcceptedUtc <= cutoff)).ExecuteDeleteAsync(cancellationToken));
        Count("audit-addresses", await db.Set<AuditEntry>().Where(e => e.OccurredUtc <= cutoff && e.RemoteIp != null).ExecuteUpdateAsync(u => u.SetProperty(e => e.RemoteIp, (string?)null), cancellationToken));

        if (changed.Count > 0)
        {
            db.Set<AuditEntry>().Add(new AuditEntry
            {
                OccurredUtc = now,
                Action = "privacy.retention-sweep",
                UserName = "system",
                DetailsJson = JsonSerializer.Serialize(new { days, changed }),
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        return new RetentionReport(changed);
    }

    /// <summary>Changes the rows the query selects, a batch at a time (a big vote's ballots are not all in memory at once); the change must take them out of the query.</summary>
    private static async Task<int> InBatchesAsync<T>(ICmsDbContext db, IQueryable<T> query, Action<T> change, CancellationToken cancellationToken) where T : class
    {
        var total = 0;
        while (true)
        {
            var rows = await query.Take(Batch).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                change(row);
            }

            if (rows.Count > 0)
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }

            total += rows.Count;
            if (rows.Count < Batch)
            {
                return total;
            }
        }
    }
}
