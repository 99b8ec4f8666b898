using Microsoft.AspNetCore.Authorization;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Consultations;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Media;
using OpenRegion.Consultations.Domain;
using OpenRegion.Cms.Core.Security;

namespace OpenRegion.Consultations.Pages.Consultations;

/// <summary>
/// A consultation: what is asked and until when, the draft section by section, and under each section what people
/// said — online and at workshops — with replies, agreement and reports; the newest first, a page at a time. While it
/// is open a signed-in citizen comments or replies in a few taps; once the synthesis is out, each section shows the
/// council's response.
/// </summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PublicCache.Policy)]
[RequestSizeLimit(MediaRules.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MediaRules.MaxRequestBytes)]
[AllowAnonymous]
public sealed class ConsultationModel(ICmsDbContext db, MediaStore store, TimeProvider clock, MarkdownRenderer markdown, ConsultationTexts texts, Cms.Core.Tenancy.TenantRegistry registry, Cms.Core.Tenancy.TenantContext tenant, Microsoft.Extensions.Caching.Memory.IMemoryCache cache, IStringLocalizer<ConsultationsModule> T) : PageModel
{
    public Consultation Consultation { get; private set; } = null!;

    public ConsultationPhase Phase { get; private set; }

    public IReadOnlyList<ConsultationSection> Sections { get; private set; } = [];

    /// <summary>Each section's top-level contributions on the page shown.</summary>
    public IReadOnlyDictionary<long, IReadOnlyList<Contribution>> Comments { get; private set; } = new Dictionary<long, IReadOnlyList<Contribution>>();

    public ILookup<long, Contribution> Replies { get; private set; } = Array.Empty<Contribution>().ToLookup(c => c.Id);

    public IReadOnlyDictionary<long, int> TopLevelCounts { get; private set; } = new Dictionary<long, int>();

    public IReadOnlyDictionary<long, bool> MyReactions { get; private set; } = new Dictionary<long, bool>();

    public ConsultationStats Stats { get; private set; } = new(0, 0, 0, 0, 0);

    /// <summary>Contributions per section and channel, shown with the published synthesis.</summary>
    public SynthesisReport? Report { get; private set; }

    public string SummaryHtml { get; private set; } = "";

    public string SynthesisHtml { get; private set; } = "";

    public IReadOnlyDictionary<long, string> SectionHtml { get; private set; } = new Dictionary<long, string>();

    public IReadOnlyDictionary<long, string> ResponseHtml { get; private set; } = new Dictionary<long, string>();

    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public IReadOnlyDictionary<long, string> Errors { get; private set; } = new Dictionary<long, string>();

    public IReadOnlyList<SurveyQuestion> Questions { get; private set; } = [];

    /// <summary>The files attached to the contributions shown.</summary>
    public IReadOnlyDictionary<long, MediaItem> Attachments { get; private set; } = new Dictionary<long, MediaItem>();

    public MediaItem? AttachmentOf(Contribution contribution) =>
        contribution.AttachmentId is { } id && contribution.HiddenUtc is null ? Attachments.GetValueOrDefault(id) : null;

    /// <summary>The reader's stored answers by question, or what they just sent when it came back with errors.</summary>
    public IReadOnlyDictionary<long, IReadOnlyList<string>> MyAnswers { get; private set; } = new Dictionary<long, IReadOnlyList<string>>();

    public IReadOnlyDictionary<long, string> SurveyErrors { get; private set; } = new Dictionary<long, string>();

    /// <summary>What the reader said about themselves for the statistics ("" when nothing).</summary>
    public string MyGender { get; private set; } = "";

    public string MyAgeBand { get; private set; } = "";

    public IReadOnlyList<QuestionResult> SurveyResults { get; private set; } = [];

    /// <summary>The section whose comments are paged (the others show their first page).</summary>
    [BindProperty(SupportsGet = true, Name = "section")]
    public long? PagedSection { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The contribution whose report form is open.</summary>
    [BindProperty(SupportsGet = true, Name = "report")]
    public long? ReportFor { get; set; }

    /// <summary>The thread whose replies are all shown (the others show their first <see cref="RepliesShown"/>).</summary>
    [BindProperty(SupportsGet = true, Name = "thread")]
    public long? OpenThread { get; set; }

    /// <summary>
    /// Replies shown under a comment before a link opens the rest: a page of 80 threads carried 400 replies under the
    /// benchmark, too much for a phone (666 KB for a signed-in reader) and most of the page's rendering time.
    /// </summary>
    public const int RepliesShown = 3;

    /// <summary>How many replies each comment shown has, hidden ones included.</summary>
    public IReadOnlyDictionary<long, int> ReplyCounts { get; private set; } = new Dictionary<long, int>();

    /// <summary>The link that opens a contribution's report form, on the same page of comments; null for the one open.</summary>
    public string? ReportHref(Contribution contribution) => ReportFor == contribution.Id ? null
        : Href($"report={contribution.Id}", contribution.ParentId is { } parent && parent == OpenThread ? parent : null) + $"#c-{contribution.Id}";

    /// <summary>The link that shows all the replies to <paramref name="comment"/>, on the same page of comments.</summary>
    public string ThreadHref(Contribution comment) => Href(null, comment.Id) + $"#c-{comment.Id}";

    /// <summary>A reaction form's action: the handler, and the page of comments and thread the reader is on, to come back to them.</summary>
    public string ReactAction(bool agree) => Href(agree ? "handler=react&agree=true" : "handler=react&agree=false", OpenThread);

    /// <summary>The query of the page of comments and thread shown, with <paramref name="extra"/>; "" when there is nothing.</summary>
    private string Href(string? extra, long? thread)
    {
        var parts = new[]
        {
            PagedSection is { } section ? string.Create(CultureInfo.InvariantCulture, $"section={section}&page={PageNumber}") : null,
            thread is { } t ? string.Create(CultureInfo.InvariantCulture, $"thread={t}") : null,
            extra,
        }.Where(p => p is not null).ToList();
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    [BindProperty]
    public string? Body { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    private string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) ? Page() : NotFound();

    /// <summary>The synthesis report as open data (CSV, or Excel with format=xlsx), once the synthesis is published.</summary>
    public async Task<IActionResult> OnGetReportAsync(string slug, string? format, string? part, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken, withComments: false) || Phase != ConsultationPhase.Synthesis)
        {
            return NotFound();
        }

        if (part == "survey")
        {
            var rows = Surveys.Rows(await Surveys.ResultsAsync(db, Consultation.Id, cancellationToken));
            var file = $"{tenant.Shell.Id}-{Consultation.Slug}-survey";
            return format == "xlsx" ? ReportFiles.Xlsx(Surveys.Header, rows, file) : ReportFiles.Csv(Surveys.Header, rows, file);
        }

        var report = await SynthesisReport.BuildAsync(db, registry, Consultation.Id, cancellationToken);
        var name = $"{tenant.Shell.Id}-{Consultation.Slug}-report";
        return format == "xlsx" ? ReportFiles.Xlsx(report, name) : ReportFiles.Csv(report, name);
    }

    [Limited(LimitedAction.Comment)]
    public async Task<IActionResult> OnPostCommentAsync(string slug, long sectionId, long? parentId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken, withComments: false))
        {
            return NotFound();
        }

        if (UserId is null)
        {
            return Challenge();
        }

        var errors = new List<string>();
        var body = T.Read(Body, Contribution.MaxBodyLength, multiline: true, T["Your contribution"], errors);
        if (body.Length == 0 && errors.Count == 0)
        {
            errors.Add(T["Write your contribution before sending it."]);
        }

        var file = Request.HasFormContentType ? Request.Form.Files.GetFile("Attachment") : null;
        if (file is { Length: > 0 })
        {
            var (problem, arguments, _, kind) = await MediaUploads.CheckAsync(file, cancellationToken);
            if (problem is not null)
            {
                errors.Add(T[problem, arguments]);
            }
            else if (kind != MediaKind.Image && !file.FileName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(T["Only PDF files and photos (JPEG, PNG, WebP, GIF) can be attached."]);
            }
        }

        ContributionRefusal? refusal = null;
        if (errors.Count == 0)
        {
            var name = await db.Set<CmsUser>().Where(u => u.Id == UserId).Select(u => u.DisplayName).FirstAsync(cancellationToken);
            var saved = new List<string>();
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                long? attachment = null;
                if (file is { Length: > 0 })
                {
                    var item = await MediaUploads.StoreAsync(db, store, tenant.Shell.Id, file, null, null, User.Identity?.Name, clock.GetUtcNow(), saved, cancellationToken);
                    await db.SaveChangesAsync(cancellationToken);
                    attachment = item.Id;
                }

                (_, refusal) = await Contributing.PostAsync(db, Consultation, new Contributing.Post(sectionId, parentId, UserId, name, body, AttachmentId: attachment), clock, cancellationToken);
                if (refusal is null)
                {
                    await transaction.CommitAsync(cancellationToken);
                    saved.Clear();
                }
            }
            finally
            {
                // A refused or failed contribution keeps no file.
                foreach (var path in saved)
                {
                    store.Delete(tenant.Shell.Id, path);
                }
            }
        }

        if (errors.Count > 0 || refusal is not null)
        {
            var message = errors.Count > 0 ? string.Join(" ", errors) : texts.Refusal(refusal!.Value);
            return await RefuseAsync(sectionId, file is { Length: > 0 } ? message + " " + T["For your safety, files are not kept when the form comes back: choose them again."] : message, cancellationToken);
        }

        ConsultationQueries.Forget(cache, tenant.Shell.Id, Consultation.Id);
        TempData["Saved"] = T["Thank you: your contribution is published. You will be told when the council publishes its synthesis."].Value;
        return Back(sectionId);
    }

    /// <summary>Agree or disagree with a contribution (again: withdraw); back to that contribution.</summary>
    [Limited(LimitedAction.Comment)]
    public async Task<IActionResult> OnPostReactAsync(string slug, long contributionId, bool agree, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken, withComments: false))
        {
            return NotFound();
        }

        if (UserId is null)
        {
            return Challenge();
        }

        var refusal = await Contributing.ReactAsync(db, Consultation, contributionId, UserId, agree, clock, cancellationToken);
        if (refusal is { } r)
        {
            var section = await db.Set<Contribution>().Where(c => c.Id == contributionId && c.ConsultationId == Consultation.Id).Select(c => (long?)c.SectionId).FirstOrDefaultAsync(cancellationToken);
            return await RefuseAsync(section ?? 0, texts.Refusal(r), cancellationToken);
        }

        // Back to the same page of comments and thread, at the contribution.
        return LocalRedirect(Url.Content($"~{ConsultationEvents.Url(Consultation)}") + Href(null, OpenThread) + $"#c-{contributionId.ToString(CultureInfo.InvariantCulture)}");
    }

    [Limited(LimitedAction.Comment)]
    public async Task<IActionResult> OnPostReportAsync(string slug, long sectionId, long contributionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken, withComments: false))
        {
            return NotFound();
        }

        if (UserId is null)
        {
            return Challenge();
        }

        var errors = new List<string>();
        var reason = T.Read(Reason, ContributionReport.MaxReasonLength, multiline: false, T["Reason"], errors);
        var refusal = errors.Count > 0 ? null : await Contributing.ReportAsync(db, Consultation, contributionId, UserId, reason, clock, cancellationToken);
        if (errors.Count > 0 || refusal is not null)
        {
            return await RefuseAsync(sectionId, errors.Count > 0 ? string.Join(" ", errors) : texts.Refusal(refusal!.Value), cancellationToken);
        }

        TempData["Saved"] = T["Thank you: the moderators will look at this contribution."].Value;
        return Back(sectionId);
    }

    /// <summary>The reader's answers to the survey, all at once: every question is optional; an answer sent again replaces the previous one.</summary>
    [Limited(LimitedAction.Vote)]
    public async Task<IActionResult> OnPostSurveyAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken, withComments: false))
        {
            return NotFound();
        }

        if (UserId is null)
        {
            return Challenge();
        }

        var questions = await Surveys.QuestionsAsync(db, Consultation.Id, cancellationToken);
        var refusal = Phase != ConsultationPhase.Open ? ContributionRefusal.NotOpen
            : await db.Set<ConsultationBlock>().AnyAsync(b => b.UserId == UserId, cancellationToken) ? ContributionRefusal.Blocked
            : (ContributionRefusal?)null;
        var answers = new Dictionary<long, string?>();
        var problems = new Dictionary<long, string>();
        foreach (var question in questions)
        {
            var (value, problem) = SurveyRules.Normalize(question, SurveyForm.Raw(Request.Form, question));
            if (problem is { } p)
            {
                problems[question.Id] = texts.Problem(question, p);
            }

            answers[question.Id] = value;
        }

        Gender? gender = null;
        AgeBand? ageBand = null;
        if (Request.Form["gender"].ToString() is { Length: > 0 } g)
        {
            if (Enum.TryParse<Gender>(g, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(g, out _))
            {
                gender = parsed;
            }
            else
            {
                problems[-1] = T["Choose among the options shown."];
            }
        }

        if (Request.Form["ageBand"].ToString() is { Length: > 0 } a)
        {
            if (Enum.TryParse<AgeBand>(a, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(a, out _))
            {
                ageBand = parsed;
            }
            else
            {
                problems[-1] = T["Choose among the options shown."];
            }
        }

        if (refusal is not null || problems.Count > 0)
        {
            await LoadCommentsAsync(cancellationToken);
            MyAnswers = questions.ToDictionary(q => q.Id, q => (IReadOnlyList<string>)[.. SurveyForm.Raw(Request.Form, q).Select(v => v ?? "")]);
            (MyGender, MyAgeBand) = (Request.Form["gender"].ToString(), Request.Form["ageBand"].ToString());
            SurveyErrors = refusal is { } r ? new Dictionary<long, string> { [0] = texts.Refusal(r) } : problems;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await Surveys.StoreAsync(db, Consultation.Id, UserId, answers, clock.GetUtcNow(), cancellationToken);
        await Surveys.StoreProfileAsync(db, Consultation.Id, UserId, gender, ageBand, clock.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = T["Thank you: your answers are saved. You can change them until the consultation closes."].Value;
        return LocalRedirect(Url.Content($"~{ConsultationEvents.Url(Consultation)}") + "#survey");
    }

    private IActionResult Back(long sectionId) =>
        LocalRedirect(Url.Content($"~{ConsultationEvents.Url(Consultation)}") + $"#section-{sectionId.ToString(CultureInfo.InvariantCulture)}");

    private async Task<IActionResult> RefuseAsync(long sectionId, string error, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await LoadCommentsAsync(cancellationToken);
        Errors = new Dictionary<long, string> { [sectionId] = error };
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <returns>False when there is no such public consultation on this tenant.</returns>
    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken, bool withComments = true)
    {
        var consultation = await db.Set<Consultation>().AsNoTracking().FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        if (consultation is null || consultation.PhaseAt(clock.GetUtcNow()) == ConsultationPhase.Draft)
        {
            return false;
        }

        Consultation = consultation;
        Phase = consultation.PhaseAt(clock.GetUtcNow());
        if (withComments)
        {
            await LoadCommentsAsync(cancellationToken);
        }

        return true;
    }

    private async Task LoadCommentsAsync(CancellationToken cancellationToken)
    {
        Sections = await db.Set<ConsultationSection>().AsNoTracking().Where(s => s.ConsultationId == Consultation.Id).OrderBy(s => s.Position).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        SummaryHtml = markdown.ToSafeHtml(Consultation.Summary(Culture));
        SynthesisHtml = Phase == ConsultationPhase.Synthesis ? markdown.ToSafeHtml(Bilingual(Consultation.SynthesisAr, Consultation.SynthesisFr)) : "";
        SectionHtml = Sections.ToDictionary(s => s.Id, s => markdown.ToSafeHtml(s.Body(Culture)));
        ResponseHtml = Phase == ConsultationPhase.Synthesis ? Sections.ToDictionary(s => s.Id, s => markdown.ToSafeHtml(s.Response(Culture))) : new Dictionary<long, string>();
        var contributions = db.Set<Contribution>().AsNoTracking().Where(c => c.ConsultationId == Consultation.Id);
        var counts = await ConsultationQueries.CachedCountsAsync(cache, tenant.Shell.Id, db, Consultation.Id, cancellationToken);
        TopLevelCounts = counts.TopLevel;
        var comments = new Dictionary<long, IReadOnlyList<Contribution>>();
        foreach (var section in Sections)
        {
            var page = PagedSection == section.Id ? Math.Max(1, PageNumber) : 1;
            comments[section.Id] = await contributions.Where(c => c.SectionId == section.Id && c.ParentId == null)
                .OrderByDescending(c => c.Id).Skip((page - 1) * ConsultationQueries.PageSize).Take(ConsultationQueries.PageSize).ToListAsync(cancellationToken);
        }

        Comments = comments;
        var shown = comments.Values.SelectMany(c => c).Select(c => c.Id).ToList();
        // The replies of the threads shown, as ids first (an index-only read): their counts, and which to show —
        // the first few of each thread, all of the thread opened; then those rows alone.
        var replyIds = await db.Set<Contribution>().AsNoTracking().Where(c => c.ParentId != null && shown.Contains(c.ParentId.Value))
            .Select(c => new { c.Id, Parent = c.ParentId!.Value }).ToListAsync(cancellationToken);
        var threads = replyIds.GroupBy(r => r.Parent).ToList();
        ReplyCounts = threads.ToDictionary(g => g.Key, g => g.Count());
        var wanted = threads.SelectMany(g => g.Key == OpenThread ? g : g.OrderBy(r => r.Id).Take(RepliesShown)).Select(r => r.Id).ToList();
        Replies = (wanted.Count == 0 ? [] : await contributions.Where(c => wanted.Contains(c.Id)).OrderBy(c => c.Id).ToListAsync(cancellationToken))
            .ToLookup(c => c.ParentId!.Value);
        var files = comments.Values.SelectMany(c => c).Concat(Replies.SelectMany(r => r)).Where(c => c.AttachmentId != null).Select(c => c.AttachmentId!.Value).Distinct().ToList();
        Attachments = files.Count == 0 ? new Dictionary<long, MediaItem>() : await db.Set<MediaItem>().AsNoTracking().Where(m => files.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        if (UserId is { } userId)
        {
            var ids = shown.Concat(Replies.SelectMany(r => r).Select(r => r.Id)).ToList();
            MyReactions = await db.Set<ContributionReaction>().AsNoTracking().Where(r => r.UserId == userId && ids.Contains(r.ContributionId)).ToDictionaryAsync(r => r.ContributionId, r => r.Agree, cancellationToken);
        }

        Stats = counts.Stats;
        Questions = await Surveys.QuestionsAsync(db, Consultation.Id, cancellationToken);
        if (UserId is { } participant && Phase == ConsultationPhase.Open)
        {
            var profile = await db.Set<ParticipantProfile>().AsNoTracking().FirstOrDefaultAsync(p => p.ConsultationId == Consultation.Id && p.UserId == participant, cancellationToken);
            (MyGender, MyAgeBand) = (profile?.Gender?.ToString() ?? "", profile?.AgeBand?.ToString() ?? "");
        }

        if (Questions.Count > 0 && UserId is { } reader)
        {
            var mine = await Surveys.MineAsync(db, Consultation.Id, reader, cancellationToken);
            MyAnswers = Questions.Where(q => mine.ContainsKey(q.Id)).ToDictionary(q => q.Id, q => SurveyForm.ToRaw(q, mine[q.Id]));
        }

        if (Phase == ConsultationPhase.Synthesis)
        {
            SurveyResults = await Surveys.ResultsAsync(db, Consultation.Id, cancellationToken);
            Report = await SynthesisReport.BuildAsync(db, registry, Consultation.Id, cancellationToken, counts.Stats);
        }
    }

    private string Bilingual(string ar, string fr) => Cms.Core.Budgeting.Model.Bilingual.Pick(Culture, ar, fr);

    public int Pages(long sectionId) => Math.Max(1, (TopLevelCounts.GetValueOrDefault(sectionId) + ConsultationQueries.PageSize - 1) / ConsultationQueries.PageSize);

    public int CurrentPage(long sectionId) => PagedSection == sectionId ? Math.Max(1, PageNumber) : 1;
}
