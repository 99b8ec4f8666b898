using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.AdvisoryBodies.Domain;
using OpenRegion.Cms.Core.AdvisoryBodies;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Media;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Core.Workflows;

namespace OpenRegion.AdvisoryBodies.Pages.Admin.Bodies;

/// <summary>
/// The council refers a subject to a body: the subject and question (Arabic and/or French), the documents, the day
/// the opinion is due. The body's sitting members are told at once, and again 7 and 2 days before the due date.
/// </summary>
[Authorize(Policy = PermissionPolicy.Prefix + AdvisoryBodiesPermissions.Manage)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class ReferModel(ICmsDbContext db, TimeProvider clock, IAuditLog audit, MediaStore store, TenantContext tenant, IStringLocalizer<AdvisoryBodiesModule> T) : PageModel
{
    public const int MaxDocuments = 5;

    private const long MaxRequestBytes = 6 * 30L * 1024 * 1024;

    public IReadOnlyList<AdvisoryBody> Bodies { get; private set; } = [];

    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public DateOnly Today { get; } = LocalTime.Date(clock.GetUtcNow());

    public IReadOnlyList<string> Errors { get; private set; } = [];

    [BindProperty]
    public ReferInput Input { get; set; } = new();

    public sealed class ReferInput
    {
        public long BodyId { get; set; }

        public string? SubjectAr { get; set; }

        public string? SubjectFr { get; set; }

        public string? QuestionAr { get; set; }

        public string? QuestionFr { get; set; }

        public string? DueOn { get; set; }
    }

    public async Task OnGetAsync(long? body, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input.BodyId = body ?? Bodies.FirstOrDefault()?.Id ?? 0;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var errors = new List<string>();
        var body = Bodies.FirstOrDefault(b => b.Id == Input.BodyId);
        if (body is null)
        {
            errors.Add(T["Choose the body the subject is referred to."]);
        }

        var subjectAr = T.Read(Input.SubjectAr, Opinion.MaxSubjectLength, false, T["Subject (Arabic)"], errors);
        var subjectFr = T.Read(Input.SubjectFr, Opinion.MaxSubjectLength, false, T["Subject (French)"], errors);
        var questionAr = T.Read(Input.QuestionAr, Opinion.MaxQuestionLength, true, T["Question (Arabic)"], errors);
        var questionFr = T.Read(Input.QuestionFr, Opinion.MaxQuestionLength, true, T["Question (French)"], errors);
        if (subjectAr.Length == 0 && subjectFr.Length == 0)
        {
            errors.Add(T["Give the subject, in Arabic or French."]);
        }

        if (questionAr.Length == 0 && questionFr.Length == 0)
        {
            errors.Add(T["Write the question the council asks the body."]);
        }

        if (!DateOnly.TryParseExact(Input.DueOn?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due) || due <= Today || due > Today.AddYears(1))
        {
            errors.Add(T["The opinion's due date is after today and within a year."]);
        }

        var files = Request.HasFormContentType ? Request.Form.Files.Where(f => f.Name == "documents" && f.Length > 0).ToList() : [];
        if (files.Count > MaxDocuments)
        {
            errors.Add(T["At most {0} documents per referral.", MaxDocuments]);
        }

        foreach (var file in files)
        {
            var (problem, arguments, _, _) = await MediaUploads.CheckAsync(file, cancellationToken);
            if (problem is not null)
            {
                errors.Add($"{file.FileName}: {T[problem, arguments]}");
            }
        }

        if (errors.Count > 0)
        {
            Errors = files.Count > 0 ? [.. errors, T["For your safety, files are not kept when the form comes back: choose them again."]] : errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var now = clock.GetUtcNow();
        var saved = new List<string>();
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var documents = new List<long>();
            foreach (var file in files)
            {
                var item = await MediaUploads.StoreAsync(db, store, tenant.Shell.Id, file, subjectAr, subjectFr, User.Identity?.Name, now, saved, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                documents.Add(item.Id);
            }

            var referral = new Drafting.NewFile(OpinionOrigin.Referral, subjectAr, subjectFr, questionAr, questionFr, due, documents);
            var opinion = await Drafting.OpenAsync(db, body!, referral, User.FindFirstValue(ClaimTypes.NameIdentifier)!, clock, cancellationToken);
            audit.Record("advisory.referred", "Opinion:" + opinion.Reference, new { body = body!.Slug, due });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            OutboxSignal.Pulse();
            TempData["Saved"] = T["Referred to the {0} under reference {1}; its members are told.", body.Name(Culture), opinion.Reference].Value;
            return LocalRedirect(Url.Content("~/admin/bodies/opinions/" + opinion.Id.ToString(CultureInfo.InvariantCulture)));
        }
        catch
        {
            foreach (var path in saved)
            {
                store.Delete(tenant.Shell.Id, path);
            }

            throw;
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Bodies = await Drafting.BodiesAsync(db, cancellationToken);
}
