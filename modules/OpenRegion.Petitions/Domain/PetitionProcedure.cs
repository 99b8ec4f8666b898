using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Deadlines;
using OpenRegion.Cms.Core.Notifications;
using OpenRegion.Cms.Core.Petitions;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Core.Workflows;

namespace OpenRegion.Petitions.Domain;

/// <summary>
/// The moves of the procedure, each with what must go with it in the same transaction: the public history step, the
/// event for tenant rules, the followers' notification, the filer's reasoned notice on a rejection, and the
/// bureau's deadline, set on deposit and closed by the decision.
/// </summary>
public static class PetitionProcedure
{
    /// <summary>Applies an allowed move to the tracked <paramref name="petition"/>; the caller saves (the state is a concurrency token).</summary>
    /// <exception cref="InvalidOperationException">The state machine refuses the move: callers check first.</exception>
    public static void Move(ICmsDbContext db, Petition petition, PetitionState to, string? note, TimeProvider clock)
    {
        if (!PetitionStateMachine.CanMove(petition.State, to))
        {
            throw new InvalidOperationException($"A petition cannot go from {petition.State} to {to}.");
        }

        petition.State = to;
        db.Set<PetitionStep>().Add(new PetitionStep { PetitionId = petition.Id, State = to, AtUtc = clock.GetUtcNow(), Note = note });
        Outbox.Raise(db, PetitionEvents.StateChanged, PetitionEvents.Payload(petition, note), clock);
        var values = new Dictionary<string, object?>
        {
            ["title"] = petition.Title,
            ["state"] = to.ToString(),
            ["note"] = note,
            ["receipt"] = petition.ReceiptNumber,
            ["session"] = petition.SessionDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["committee"] = petition.Committee,
        };
        var url = PetitionEvents.Url(petition.Id);
        if (to == PetitionState.Rejected)
        {
            Notify.User(db, petition.FilerUserId, PetitionNotifications.Notice, values, PetitionEvents.Subject(petition.Id), url, clock);
            Notify.Followers(db, PetitionEvents.Subject(petition.Id), PetitionNotifications.State, values, url, clock, exceptUserId: petition.FilerUserId);
        }
        else
        {
            Notify.Followers(db, PetitionEvents.Subject(petition.Id), PetitionNotifications.State, values, url, clock);
        }
    }

    /// <summary>
    /// Deposits a collecting petition whose signatures meet the threshold: the receipt number (per tenant and year)
    /// and date at once, the threshold that applied, the bureau's deadline for a reasoned rejection notice. The row
    /// is locked first, so the count is final: a signature arriving meanwhile waits, then finds the petition deposited.
    /// </summary>
    /// <returns>Whether it was deposited, and the tally (null when the petition was no longer collecting).</returns>
    public static async Task<(bool Deposited, SignatureTally? Tally)> DepositAsync(ICmsDbContext db, Petition petition, TenantShell shell, int required, int perProvince, IReadOnlyList<Tenant> provinces, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var locked = await db.Set<Petition>()
            .Where(p => p.Id == petition.Id && p.State == PetitionState.Collecting)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.SignatureCount, p => p.SignatureCount), cancellationToken);
        if (locked == 0)
        {
            return (false, null);
        }

        await db.Entry(petition).ReloadAsync(cancellationToken);
        var tally = await TallyAsync(db, petition, required, perProvince, provinces, cancellationToken);
        if (!tally.CanDeposit)
        {
            return (false, tally);
        }

        var now = clock.GetUtcNow();
        var prefix = Cms.Core.Content.LocalTime.Date(now).Year.ToString(CultureInfo.InvariantCulture) + "-";
        var taken = await db.Set<Petition>().CountAsync(p => p.ReceiptNumber != null && p.ReceiptNumber.StartsWith(prefix), cancellationToken);
        petition.ReceiptNumber = prefix + (taken + 1).ToString("D4", CultureInfo.InvariantCulture);
        petition.DepositedUtc = now;
        petition.RequiredSignatures = required;
        Move(db, petition, PetitionState.Deposited, null, clock);
        await StaffDeadlines.SetAsync(db, shell, new DeadlineRequest(
            PetitionEvents.NoticeDeadlineKey(petition.Id), LegalDeadlines.PetitionRejectionNotice, petition.Title, now,
            Reference: petition.ReceiptNumber, Url: "/admin/petitions/" + petition.Id.ToString(CultureInfo.InvariantCulture)), "petitions", clock, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        OutboxSignal.Pulse();
        return (true, tally);
    }

    /// <summary>The bureau's decision ends its deadline; a rejection is the reasoned notice itself.</summary>
    public static Task CloseDeadlineAsync(ICmsDbContext db, Petition petition, string by, TimeProvider clock, CancellationToken cancellationToken) =>
        StaffDeadlines.CompleteAsync(db, PetitionEvents.NoticeDeadlineKey(petition.Id), by, clock, cancellationToken);

    public static async Task<SignatureTally> TallyAsync(ICmsDbContext db, Petition petition, int required, int perProvince, IReadOnlyList<Tenant> provinces, CancellationToken cancellationToken)
    {
        var byProvince = perProvince == 0
            ? new Dictionary<string, int>()
            : await db.Set<PetitionSignature>().AsNoTracking()
                .Where(s => s.PetitionId == petition.Id && s.ProvinceTenantId != null)
                .GroupBy(s => s.ProvinceTenantId!)
                .Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return SignatureTally.Of(petition.SignatureCount, required, perProvince, provinces.Select(p => p.Id), byProvince);
    }
}
