using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Deadlines;
using OpenRegion.Cms.Core.Recipes;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Core.Transparency;

namespace OpenRegion.Transparency.Domain;

/// <summary>
/// Requests and complaints already in the registers (demo data, or a council moving its paper registers in), all as
/// received on paper, with the steps taken so far; open ones get their deadline on the staff dashboard:
/// <code>
/// { "name": "transparency", "tenant": "region" (optional),
///   "requests": [ { "requester", "subject", "details", "language": "ar", "receivedDaysAgo": 40, "urgent": false, "show": true,
///     "extension": "reasons", "answeredDaysAgo": 20, "outcome": "Full|Partial|Refused", "grounds": ["PrivateLifeAndPersonalData"], "answer": "…" } ],
///   "complaints": [ { "complainant", "category": "roads", "subject", "text", "place", "language", "receivedDaysAgo": 30,
///     "complement": "what is missing", "complementText": "…", "answeredDaysAgo": 5, "answer": "…", "ground": "OutsideCompetence", "competentBody": "…" } ] }
/// </code>
/// </summary>
public sealed class TransparencyRecipeStep : IRecipeStep
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Name => "transparency";

    public void Validate(JsonElement step, RecipeStepValidation validation)
    {
        foreach (var (element, path) in validation.Array(step, "requests", "", required: false))
        {
            var spec = Read<RecipeRequest>(element, path, validation);
            if (spec is not null && (string.IsNullOrWhiteSpace(spec.Subject) || string.IsNullOrWhiteSpace(spec.Details) || spec.ReceivedDaysAgo < 0
                || spec.AnsweredDaysAgo > spec.ReceivedDaysAgo || (spec.AnsweredDaysAgo is not null) != (spec.Outcome is not null)))
            {
                validation.Error(path, "a request has a subject and details, was received some days ago, and an answer has its outcome and a later date.");
            }
        }

        foreach (var (element, path) in validation.Array(step, "complaints", "", required: false))
        {
            var spec = Read<RecipeComplaint>(element, path, validation);
            if (spec is not null && (string.IsNullOrWhiteSpace(spec.Subject) || string.IsNullOrWhiteSpace(spec.Text) || !ComplaintCategories.All.Contains(spec.Category ?? "")
                || spec.ReceivedDaysAgo < 0 || spec.AnsweredDaysAgo > spec.ReceivedDaysAgo))
            {
                validation.Error(path, "a complaint has a subject, a text, a category of " + string.Join(", ", ComplaintCategories.All) + ", and dates in the past.");
            }
        }
    }

    public async Task ExecuteAsync(JsonElement step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        if (context.Tenant is not { } tenant || (step.TryGetProperty("tenant", out var only) && only.GetString() != tenant.Id))
        {
            return;
        }

        var db = context.Db;
        var now = context.Clock.GetUtcNow();
        var today = LocalTime.Date(now);
        var shell = new TenantShell(tenant, new Dictionary<string, string>(), new Dictionary<string, IReadOnlySet<string>>());
        var rules = InformationRequestRules.For(shell);
        var counts = new Dictionary<string, int>();
        string Next(string kind, DateOnly received)
        {
            var prefix = received.Year.ToString(CultureInfo.InvariantCulture) + "-";
            counts[kind + prefix] = counts.GetValueOrDefault(kind + prefix) + 1;
            return prefix + counts[kind + prefix].ToString("D4", CultureInfo.InvariantCulture);
        }

        var requests = step.TryGetProperty("requests", out var r) ? r.EnumerateArray().Select(e => e.Deserialize<RecipeRequest>(Json)!).OrderByDescending(s => s.ReceivedDaysAgo).ToList() : [];
        foreach (var spec in requests)
        {
            var received = today.AddDays(-spec.ReceivedDaysAgo);
            var request = new InformationRequest
            {
                Number = Next("request", received), Channel = ReceiptChannel.Counter, ReceivedUtc = LocalTime.At(received, new TimeOnly(10, 30)),
                RequesterName = spec.Requester ?? "—", Address = spec.Address ?? "—", IdentityNumber = "DEMO", Subject = spec.Subject!, Details = spec.Details!,
                Language = spec.Language == "fr" ? "fr" : "ar", Urgent = spec.Urgent, ShowInRegister = spec.Show, RecordedBy = "recipe",
            };
            if (spec.Extension is { } reasons)
            {
                request.ExtendedOn = rules.ExtensionDeadline(request.Facts).AddDays(-2);
                request.ExtensionReason = reasons;
            }

            if (spec.AnsweredDaysAgo is { } answered && Enum.TryParse<InformationOutcome>(spec.Outcome, out var outcome))
            {
                request.AnsweredOn = today.AddDays(-answered);
                request.Outcome = outcome;
                request.Grounds = string.Join(',', spec.Grounds ?? []);
                request.AnswerText = spec.Answer ?? "";
                request.AnsweredBy = "recipe";
            }

            db.Set<InformationRequest>().Add(request);
            await db.SaveChangesAsync(cancellationToken);
            if (request.AnsweredOn is null)
            {
                await StaffDeadlines.SetAsync(db, shell, new DeadlineRequest(
                    InformationRequest.DeadlineKey(request.Id), request.ExtendedOn is null ? LegalDeadlines.InformationRequest : LegalDeadlines.InformationRequestExtension, request.Subject,
                    request.ExtendedOn is null ? request.ReceivedUtc : LocalTime.At(rules.ExtensionDeadline(request.Facts), new TimeOnly(12, 0)),
                    Reference: request.Number, Url: InformationDesk.AdminUrl(request.Id)), "recipe", context.Clock, cancellationToken);
            }
        }

        var complaints = step.TryGetProperty("complaints", out var c) ? c.EnumerateArray().Select(e => e.Deserialize<RecipeComplaint>(Json)!).OrderByDescending(s => s.ReceivedDaysAgo).ToList() : [];
        foreach (var spec in complaints)
        {
            var received = today.AddDays(-spec.ReceivedDaysAgo);
            var complaint = new Complaint
            {
                Number = Next("complaint", received), Channel = ReceiptChannel.Counter, ReceivedUtc = LocalTime.At(received, new TimeOnly(11, 0)),
                Name = spec.Complainant ?? "—", Category = spec.Category!, Subject = spec.Subject!, Text = spec.Text!, Place = spec.Place,
                Language = spec.Language == "fr" ? "fr" : "ar", RecordedBy = "recipe",
            };
            if (spec.Complement is { } what)
            {
                complaint.ComplementAskedOn = received.AddDays(3);
                complaint.ComplementWhat = what;
                if (spec.ComplementText is { } text)
                {
                    complaint.ComplementReceivedOn = received.AddDays(8);
                    complaint.ComplementText = text;
                }
            }

            if (spec.AnsweredDaysAgo is { } answered)
            {
                complaint.AnsweredOn = today.AddDays(-answered);
                complaint.AnswerText = spec.Answer;
                complaint.NotProcessed = Enum.TryParse<ComplaintGround>(spec.Ground, out var ground) ? ground : null;
                complaint.CompetentBody = spec.CompetentBody;
                complaint.AnsweredBy = "recipe";
            }

            db.Set<Complaint>().Add(complaint);
            await db.SaveChangesAsync(cancellationToken);
            if (complaint.AnsweredOn is null && (complaint.ComplementAskedOn is null || complaint.ComplementReceivedOn is not null))
            {
                await StaffDeadlines.SetAsync(db, shell, new DeadlineRequest(
                    Complaint.DeadlineKey(complaint.Id), LegalDeadlines.ComplaintAnswer, complaint.Subject,
                    LocalTime.At(complaint.ComplementReceivedOn ?? received, new TimeOnly(11, 0)), Reference: complaint.Number, Url: ComplaintDesk.AdminUrl(complaint.Id)),
                    "recipe", context.Clock, cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static T? Read<T>(JsonElement element, string path, RecipeStepValidation validation) where T : class
    {
        try
        {
            return element.Deserialize<T>(Json);
        }
        catch (JsonException ex)
        {
            validation.Error(path, "cannot be read: " + ex.Message);
            return null;
        }
    }

    private sealed record RecipeRequest(string? Requester, string? Address, string? Subject, string? Details, string? Language, int ReceivedDaysAgo, bool Urgent, bool Show,
        string? Extension, int? AnsweredDaysAgo, string? Outcome, string[]? Grounds, string? Answer);

    private sealed record RecipeComplaint(string? Complainant, string? Category, string? Subject, string? Text, string? Place, string? Language, int ReceivedDaysAgo,
        string? Complement, string? ComplementText, int? AnsweredDaysAgo, string? Answer, string? Ground, string? CompetentBody);
}
