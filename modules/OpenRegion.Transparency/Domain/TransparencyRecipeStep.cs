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
///     "complement": "what is missing", "complementText": "…", "answeredDaysAgo": 5, "answer": "…", "ground": "OutsideCompetence", "competentBody": "…" } ],
///   "sessions": [ { "kind": "Ordinary", "month": 10, "day": 6, "days": 2, "past": true, "placeAr", "placeFr", "attendanceAr", "attendanceFr",
///     "items": [ { "titleAr", "titleFr", "outcome": "Adopted", "for": 45, "against": 9, "abstentions": 2, "number", "textAr", "textFr" } ] } ] }
/// </code>
/// and <c>"plans"</c>: open-government plans with their commitments and milestones ({ titleAr, titleFr, descriptionAr,
/// descriptionFr, startOn, endOn, statedBudget, commitments: [ { code, axisAr, axisFr, titleAr, titleFr, problemAr, problemFr,
/// actionsAr, actionsFr, institutions, startOn, endOn, cost, milestones: [ { titleAr, titleFr, dueOn, state, evidence } ] } ] }).
/// A session falls on the last (<c>past</c>) or next occurrence of its month and day, so that an ordinary session stays
/// in its legal month whatever the day the demo is set up; past sessions' decisions are posted three days after.
/// </summary>
public sealed class TransparencyRecipeStep : IRecipeStep
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

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

        foreach (var (element, path) in validation.Array(step, "plans", "", required: false))
        {
            var spec = Read<RecipePlan>(element, path, validation);
            var codes = spec?.Commitments?.Select(c => c.Code).ToList() ?? [];
            if (spec is not null && (codes.Any(string.IsNullOrWhiteSpace) || codes.Distinct().Count() != codes.Count
                || spec.Commitments!.SelectMany(c => c.Milestones ?? []).Any(m => m.Evidence is { } url && !OpenGovMilestone.IsEvidenceUrl(url))))
            {
                validation.Error(path, "every commitment has its own code, and evidence links are https or a path of the site.");
            }
        }

        foreach (var (element, path) in validation.Array(step, "sessions", "", required: false))
        {
            var spec = Read<RecipeSession>(element, path, validation);
            if (spec is not null && (spec.Month is < 1 or > 12 || spec.Day is < 1 or > 31 || spec.Days is < 0 or > SessionRules.MaxSessionDays || !Enum.TryParse<SessionKind>(spec.Kind, out _)))
            {
                validation.Error(path, "a session has a kind (Ordinary or Extraordinary), a month (1-12), a day (1-31) and a number of days.");
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
        await PlansAsync(step, db, now, cancellationToken);
        var sessions = step.TryGetProperty("sessions", out var ss) ? ss.EnumerateArray().Select(e => e.Deserialize<RecipeSession>(Json)!).ToList() : [];
        foreach (var spec in sessions)
        {
            var opens = Occurrence(spec.Month, spec.Day, today, spec.Past);
            var session = new CouncilSession
            {
                Kind = Enum.TryParse<SessionKind>(spec.Kind, out var kind) ? kind : SessionKind.Ordinary, OpensOn = opens, OpensAt = new TimeOnly(10, 0),
                ClosesOn = spec.Days > 1 ? opens.AddDays(spec.Days - 1) : null, PlaceAr = spec.PlaceAr ?? "", PlaceFr = spec.PlaceFr ?? "",
                AttendanceAr = spec.AttendanceAr ?? "", AttendanceFr = spec.AttendanceFr ?? "", CreatedUtc = now, CreatedBy = "recipe",
                ConvenedUtc = spec.Past ? LocalTime.At(opens.AddDays(-8), new TimeOnly(9, 0)) : null,
            };
            db.Set<CouncilSession>().Add(session);
            await db.SaveChangesAsync(cancellationToken);
            var notice = SessionRules.For(shell).NoticeDue(session);
            if (!spec.Past && notice >= today)
            {
                await StaffDeadlines.SetAsync(db, shell, new DeadlineRequest(
                    CouncilSession.NoticeDeadlineKey(session.Id), LegalDeadlines.Custom, SessionDesk.Title(session), now,
                    Reference: opens.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Url: SessionDesk.AdminUrl(session.Id), DueDate: notice), "recipe", context.Clock, cancellationToken);
            }

            var position = 0;
            foreach (var item in spec.Items ?? [])
            {
                var decided = spec.Past && Enum.TryParse<DecisionOutcome>(item.Outcome, out var outcome) ? outcome : (DecisionOutcome?)null;
                db.Set<AgendaItem>().Add(new AgendaItem
                {
                    SessionId = session.Id, Position = ++position, TitleAr = item.TitleAr ?? "", TitleFr = item.TitleFr ?? "",
                    Outcome = decided, DecidedOn = decided is null ? null : session.LastDay, VotesFor = decided is null ? null : item.For,
                    VotesAgainst = decided is null ? null : item.Against, Abstentions = decided is null ? null : item.Abstentions,
                    DecisionNumber = decided is null ? null : item.Number, DecisionTextAr = decided is null ? null : item.TextAr, DecisionTextFr = decided is null ? null : item.TextFr,
                    DecidedBy = decided is null ? null : "recipe", PublishedUtc = decided is null ? null : LocalTime.At(session.LastDay.AddDays(3), new TimeOnly(11, 0)),
                    PublishedBy = decided is null ? null : "recipe",
                });
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static async Task PlansAsync(JsonElement step, Cms.Core.Data.ICmsDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!step.TryGetProperty("plans", out var plans))
        {
            return;
        }

        foreach (var spec in plans.EnumerateArray().Select(e => e.Deserialize<RecipePlan>(Json)!))
        {
            var plan = new OpenGovPlan
            {
                TitleAr = spec.TitleAr ?? "", TitleFr = spec.TitleFr ?? "", DescriptionAr = spec.DescriptionAr ?? "", DescriptionFr = spec.DescriptionFr ?? "",
                StartOn = spec.StartOn, EndOn = spec.EndOn, StatedBudget = spec.StatedBudget, CreatedUtc = now,
            };
            db.Set<OpenGovPlan>().Add(plan);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var c in spec.Commitments ?? [])
            {
                var commitment = new OpenGovCommitment
                {
                    PlanId = plan.Id, Code = c.Code!, AxisAr = c.AxisAr ?? "", AxisFr = c.AxisFr ?? "", TitleAr = c.TitleAr ?? "", TitleFr = c.TitleFr ?? "",
                    ProblemAr = c.ProblemAr ?? "", ProblemFr = c.ProblemFr ?? "", ActionsAr = c.ActionsAr ?? "", ActionsFr = c.ActionsFr ?? "",
                    Institutions = c.Institutions ?? "", StartOn = c.StartOn, EndOn = c.EndOn, Cost = c.Cost,
                };
                db.Set<OpenGovCommitment>().Add(commitment);
                await db.SaveChangesAsync(cancellationToken);
                var position = 0;
                foreach (var m in c.Milestones ?? [])
                {
                    db.Set<OpenGovMilestone>().Add(new OpenGovMilestone
                    {
                        CommitmentId = commitment.Id, Position = ++position, TitleAr = m.TitleAr ?? "", TitleFr = m.TitleFr ?? "", DueOn = m.DueOn,
                        State = Enum.TryParse<MilestoneState>(m.State, out var state) ? state : MilestoneState.NotStarted,
                        EvidenceUrl = m.Evidence is { } url && OpenGovMilestone.IsEvidenceUrl(url) ? url : null, UpdatedUtc = now, UpdatedBy = "recipe",
                    });
                }

                await db.SaveChangesAsync(cancellationToken);
            }
        }
    }

    /// <summary>The last day with this month and day before today (<paramref name="past"/>), or the next one after today.</summary>
    private static DateOnly Occurrence(int month, int day, DateOnly today, bool past)
    {
        var candidate = new DateOnly(today.Year, month, Math.Min(day, DateTime.DaysInMonth(today.Year, month)));
        return past ? (candidate < today ? candidate : candidate.AddYears(-1)) : (candidate > today ? candidate : candidate.AddYears(1));
    }

    /// <summary>A recipe entry read into its record, or an error naming its path.</summary>
    internal static T? Read<T>(JsonElement element, string path, RecipeStepValidation validation) where T : class
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

    private sealed record RecipeMilestone(string? TitleAr, string? TitleFr, DateOnly? DueOn, string? State, string? Evidence);

    private sealed record RecipeCommitment(string? Code, string? AxisAr, string? AxisFr, string? TitleAr, string? TitleFr, string? ProblemAr, string? ProblemFr,
        string? ActionsAr, string? ActionsFr, string? Institutions, DateOnly? StartOn, DateOnly? EndOn, decimal? Cost, RecipeMilestone[]? Milestones);

    private sealed record RecipePlan(string? TitleAr, string? TitleFr, string? DescriptionAr, string? DescriptionFr, DateOnly? StartOn, DateOnly? EndOn, decimal? StatedBudget, RecipeCommitment[]? Commitments);

    private sealed record RecipeItem(string? TitleAr, string? TitleFr, string? Outcome, int? For, int? Against, int? Abstentions, string? Number, string? TextAr, string? TextFr);

    private sealed record RecipeSession(string? Kind, int Month, int Day, int Days, bool Past, string? PlaceAr, string? PlaceFr, string? AttendanceAr, string? AttendanceFr, RecipeItem[]? Items);

    private sealed record RecipeComplaint(string? Complainant, string? Category, string? Subject, string? Text, string? Place, string? Language, int ReceivedDaysAgo,
        string? Complement, string? ComplementText, int? AnsweredDaysAgo, string? Answer, string? Ground, string? CompetentBody);
}
