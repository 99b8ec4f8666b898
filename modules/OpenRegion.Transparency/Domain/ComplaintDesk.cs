using System.Globalization;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Deadlines;
using OpenRegion.Cms.Core.Notifications;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Core.Transparency;

namespace OpenRegion.Transparency.Domain;

/// <summary>
/// Every step of a complaint, on <see cref="ComplaintRules"/>: acknowledged with its number at once; the 60-day answer
/// deadline on the staff dashboard, stopped while what is missing is awaited and started again from the day it comes;
/// answered, or not processed on a ground of the decree. Refused steps change nothing; accepted ones are audited and
/// told to the complainant, in one transaction.
/// </summary>
public sealed class ComplaintDesk(ICmsDbContext db, TenantContext tenant, TimeProvider clock, IAuditLog audit)
{
    private ComplaintRules? _rules;

    public ComplaintRules Rules => _rules ??= ComplaintRules.For(tenant.Shell);

    public DateOnly Today => LocalTime.Date(clock.GetUtcNow());

    public static string AdminUrl(long id) => "/admin/complaints/" + id.ToString(CultureInfo.InvariantCulture);

    public static string PublicUrl(long id) => "/complaints/" + id.ToString(CultureInfo.InvariantCulture);

    public Task FileAsync(Complaint complaint, string by, CancellationToken cancellationToken) =>
        Filing.RegisterAsync(db, complaint, (c, number) => c.Number = number, complaint.ReceivedUtc, async c =>
        {
            await SetDeadlineAsync(c, c.ReceivedUtc, by, cancellationToken);
            Tell(c, "received");
            audit.Record("complaint.received", Target(c), new { channel = c.Channel.ToString(), c.Category });
        }, cancellationToken);

    public async Task<ComplaintRefusal?> AskComplementAsync(Complaint complaint, string? what, string by, CancellationToken cancellationToken)
    {
        if (Rules.CheckComplement(complaint.Facts, Today, what) is { } refusal)
        {
            return refusal;
        }

        complaint.ComplementAskedOn = Today;
        complaint.ComplementWhat = what!.Trim();
        complaint.Revision++;
        // The 60 days stop while the complainant completes the complaint.
        await StaffDeadlines.CompleteAsync(db, Complaint.DeadlineKey(complaint.Id), by, clock, cancellationToken);
        Tell(complaint, "complement-asked", complaint.ComplementWhat);
        audit.Record("complaint.complement-asked", Target(complaint));
        await SaveAsync(cancellationToken);
        return null;
    }

    public async Task<ComplaintRefusal?> ReceiveComplementAsync(Complaint complaint, string? text, string by, CancellationToken cancellationToken)
    {
        if (Rules.CheckComplementReceived(complaint.Facts, Today, text) is { } refusal)
        {
            return refusal;
        }

        complaint.ComplementReceivedOn = Today;
        complaint.ComplementText = text!.Trim();
        complaint.Revision++;
        await StaffDeadlines.ReopenAsync(db, tenant.Shell, Complaint.DeadlineKey(complaint.Id), clock, cancellationToken);
        await SetDeadlineAsync(complaint, clock.GetUtcNow(), by, cancellationToken);
        Tell(complaint, "complement-received");
        audit.Record("complaint.complement-received", Target(complaint));
        await SaveAsync(cancellationToken);
        return null;
    }

    public async Task<ComplaintRefusal?> AnswerAsync(Complaint complaint, string? text, string by, CancellationToken cancellationToken)
    {
        if (Rules.CheckAnswer(complaint.Facts, Today, text) is { } refusal)
        {
            return refusal;
        }

        complaint.AnsweredOn = Today;
        complaint.AnswerText = text!.Trim();
        return await CloseAsync(complaint, "answered", by, cancellationToken);
    }

    /// <summary>Not processed on a ground of the decree: that is the answer, with where to turn when the body is not competent.</summary>
    public async Task<ComplaintRefusal?> DeclineAsync(Complaint complaint, ComplaintGround? ground, string? competentBody, string? text, string by, CancellationToken cancellationToken)
    {
        if (Rules.CheckNotProcessed(complaint.Facts, Today, ground, competentBody) is { } refusal)
        {
            return refusal;
        }

        complaint.AnsweredOn = Today;
        complaint.NotProcessed = ground;
        complaint.CompetentBody = string.IsNullOrWhiteSpace(competentBody) ? null : competentBody.Trim();
        complaint.AnswerText = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        return await CloseAsync(complaint, "not-processed", by, cancellationToken);
    }

    private async Task<ComplaintRefusal?> CloseAsync(Complaint complaint, string step, string by, CancellationToken cancellationToken)
    {
        complaint.AnsweredBy = by;
        complaint.Revision++;
        await StaffDeadlines.CompleteAsync(db, Complaint.DeadlineKey(complaint.Id), by, clock, cancellationToken);
        Tell(complaint, step);
        audit.Record("complaint." + step, Target(complaint), new { ground = complaint.NotProcessed?.ToString(), inTime = Rules.AnsweredInTime(complaint.Facts) });
        await SaveAsync(cancellationToken);
        return null;
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        Cms.Core.Workflows.OutboxSignal.Pulse();
    }

    private Task SetDeadlineAsync(Complaint complaint, DateTimeOffset start, string by, CancellationToken cancellationToken) =>
        StaffDeadlines.SetAsync(db, tenant.Shell, new DeadlineRequest(
            Complaint.DeadlineKey(complaint.Id), LegalDeadlines.ComplaintAnswer, complaint.Subject, start, Reference: complaint.Number, Url: AdminUrl(complaint.Id)), by, clock, cancellationToken);

    private void Tell(Complaint complaint, string step, string? note = null)
    {
        if (complaint.ComplainantUserId is not { } userId)
        {
            return;
        }

        Notify.User(db, userId, TransparencyNotifications.Complaint, new Dictionary<string, object?>
        {
            ["step"] = step,
            ["number"] = complaint.Number,
            ["subject"] = complaint.Subject,
            ["due_date"] = Rules.AnswerDue(complaint.Facts)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["note"] = note,
        }, null, PublicUrl(complaint.Id), clock);
    }

    private static string Target(Complaint complaint) => "Complaint:" + complaint.Number;
}
