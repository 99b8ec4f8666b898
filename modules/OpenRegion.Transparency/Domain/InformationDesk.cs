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
/// Every step of a request for information, on <see cref="InformationRequestRules"/>: each refused step changes
/// nothing; each accepted one is saved with its audit entry, the staff deadline it sets or closes (reminders and the
/// overdue alert on the deadlines dashboard) and the requester's notification, in one transaction. A step that
/// races another clerk's fails on the row's revision (<see cref="Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException"/>).
/// </summary>
public sealed class InformationDesk(ICmsDbContext db, TenantContext tenant, TimeProvider clock, IAuditLog audit)
{
    private InformationRequestRules? _rules;

    public InformationRequestRules Rules => _rules ??= InformationRequestRules.For(tenant.Shell);

    public DateOnly Today => LocalTime.Date(clock.GetUtcNow());

    public static string AdminUrl(long id) => "/admin/information/" + id.ToString(CultureInfo.InvariantCulture);

    public static string PublicUrl(long id) => "/information/" + id.ToString(CultureInfo.InvariantCulture);

    public Task FileAsync(InformationRequest request, string by, CancellationToken cancellationToken) =>
        Filing.RegisterAsync(db, request, (r, number) => r.Number = number, request.ReceivedUtc, async r =>
        {
            await SetAnswerDeadlineAsync(r, by, cancellationToken);
            Tell(r, "received");
            audit.Record("information.received", Target(r), new { channel = r.Channel.ToString(), r.Urgent });
        }, cancellationToken);

    public async Task<InformationRefusal?> ExtendAsync(InformationRequest request, string? reason, string by, CancellationToken cancellationToken)
    {
        if (Rules.CheckExtension(request.Facts, Today, reason) is { } refusal)
        {
            return refusal;
        }

        request.ExtendedOn = Today;
        request.ExtensionReason = reason!.Trim();
        request.Revision++;
        await SetAnswerDeadlineAsync(request, by, cancellationToken);
        Tell(request, "extended", request.ExtensionReason);
        audit.Record("information.extended", Target(request), new { due = Rules.AnswerDue(request.Facts) });
        await SaveAsync(cancellationToken);
        return null;
    }

    public async Task<InformationRefusal?> AnswerAsync(InformationRequest request, InformationOutcome outcome, IReadOnlyCollection<InformationException> grounds, string text, StoredDocument? document, string by, CancellationToken cancellationToken)
    {
        if (Rules.CheckAnswer(request.Facts, Today, outcome, grounds) is { } refusal)
        {
            return refusal;
        }

        request.AnsweredOn = Today;
        request.Outcome = outcome;
        request.Grounds = string.Join(',', grounds.Distinct().Order());
        request.AnswerText = text.Trim();
        (request.AnswerDocumentPath, request.AnswerDocumentName, request.AnswerDocumentType) = (document?.Path, document?.Name, document?.ContentType);
        request.AnsweredBy = by;
        request.Revision++;
        await StaffDeadlines.CompleteAsync(db, InformationRequest.DeadlineKey(request.Id), by, clock, cancellationToken);
        Tell(request, "answered");
        audit.Record("information.answered", Target(request), new { outcome = outcome.ToString(), grounds = request.Grounds, late = Rules.AnsweredLate(request.Facts) });
        await SaveAsync(cancellationToken);
        return null;
    }

    /// <summary>The requester's complaint to the head of the body (art 19), online or recorded by staff from paper.</summary>
    public async Task<InformationRefusal?> ComplainAsync(InformationRequest request, string text, string by, CancellationToken cancellationToken)
    {
        if (Rules.CheckComplaint(request.Facts, Today) is { } refusal)
        {
            return refusal;
        }

        request.ComplainedOn = Today;
        request.ComplaintText = text.Trim();
        request.Revision++;
        await StaffDeadlines.SetAsync(db, tenant.Shell, new DeadlineRequest(
            InformationRequest.ComplaintDeadlineKey(request.Id), LegalDeadlines.InformationComplaintAnswer, request.Subject, clock.GetUtcNow(),
            Reference: request.Number, Url: AdminUrl(request.Id)), by, clock, cancellationToken);
        Tell(request, "complained");
        audit.Record("information.complaint", Target(request));
        await SaveAsync(cancellationToken);
        return null;
    }

    public async Task<InformationRefusal?> AnswerComplaintAsync(InformationRequest request, string text, string by, CancellationToken cancellationToken)
    {
        if (Rules.CheckComplaintAnswer(request.Facts, Today) is { } refusal)
        {
            return refusal;
        }

        request.ComplaintAnsweredOn = Today;
        request.ComplaintAnswerText = text.Trim();
        request.Revision++;
        await StaffDeadlines.CompleteAsync(db, InformationRequest.ComplaintDeadlineKey(request.Id), by, clock, cancellationToken);
        Tell(request, "complaint-answered");
        audit.Record("information.complaint-answered", Target(request));
        await SaveAsync(cancellationToken);
        return null;
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        Cms.Core.Workflows.OutboxSignal.Pulse();
    }

    /// <summary>The answer's deadline on the staff dashboard: 20 working days, 3 when urgent, 20 more from the first deadline once extended.</summary>
    private Task SetAnswerDeadlineAsync(InformationRequest request, string by, CancellationToken cancellationToken)
    {
        var (rule, start) = request switch
        {
            { Urgent: true } => (LegalDeadlines.InformationRequestUrgent, request.ReceivedUtc),
            { ExtendedOn: not null } => (LegalDeadlines.InformationRequestExtension, LocalTime.At(Rules.ExtensionDeadline(request.Facts), new TimeOnly(12, 0))),
            _ => (LegalDeadlines.InformationRequest, request.ReceivedUtc),
        };
        return StaffDeadlines.SetAsync(db, tenant.Shell, new DeadlineRequest(
            InformationRequest.DeadlineKey(request.Id), rule, request.Subject, start, Reference: request.Number, Url: AdminUrl(request.Id)), by, clock, cancellationToken);
    }

    private void Tell(InformationRequest request, string step, string? note = null)
    {
        if (request.RequesterUserId is not { } userId)
        {
            return;
        }

        Notify.User(db, userId, TransparencyNotifications.Information, new Dictionary<string, object?>
        {
            ["step"] = step,
            ["number"] = request.Number,
            ["subject"] = request.Subject,
            ["due_date"] = Rules.AnswerDue(request.Facts).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["outcome"] = request.Outcome?.ToString(),
            ["note"] = note,
        }, null, PublicUrl(request.Id), clock);
    }

    private static string Target(InformationRequest request) => "InformationRequest:" + request.Number;
}

/// <summary>A file already written to the tenant's folder by <see cref="Cms.Core.Media.MediaStore"/>.</summary>
public sealed record StoredDocument(string Path, string Name, string ContentType);
