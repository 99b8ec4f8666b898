using Microsoft.AspNetCore.Authorization;
using System.Globalization;
using System.Security.Claims;
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
using OpenRegion.Cms.Core.Security;

namespace OpenRegion.AdvisoryBodies.Pages.Bodies;

/// <summary>A body: its mandate, who sits on it and since when, its files; its members can take up a subject on their own initiative.</summary>
[AllowAnonymous]
public sealed class BodyModel(ICmsDbContext db, TimeProvider clock, MarkdownRenderer markdown, IAuditLog audit, IStringLocalizer<AdvisoryBodiesModule> T) : PageModel
{
    public AdvisoryBody Body { get; private set; } = null!;

    public string MandateHtml { get; private set; } = "";

    public IReadOnlyList<BodyMember> Members { get; private set; } = [];

    public IReadOnlyList<BodyMember> Former { get; private set; } = [];

    public IReadOnlyList<Opinion> Files { get; private set; } = [];

    public BodyMember? Seat { get; private set; }

    public DateOnly Today { get; } = LocalTime.Date(clock.GetUtcNow());

    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    [BindProperty]
    public string? Subject { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) ? Page() : NotFound();

    /// <summary>A member opens an own-initiative file; the subject and reason are stored in the language of the page.</summary>
    [Limited(LimitedAction.Comment)]
    public async Task<IActionResult> OnPostInitiativeAsync(string slug, CancellationToken cancellationToken)
    {
        if (User.FindFirstValue(ClaimTypes.NameIdentifier) is null)
        {
            return Challenge();
        }

        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        if (Seat is null)
        {
            return Refuse([T["Only the sitting members of this body can work on its opinions."]], StatusCodes.Status403Forbidden);
        }

        var errors = new List<string>();
        var subject = T.Read(Subject, Opinion.MaxSubjectLength, false, T["Subject"], errors);
        var reason = T.Read(Reason, Opinion.MaxQuestionLength, true, T["Why the body takes up this subject"], errors);
        if (subject.Length == 0 && errors.Count == 0)
        {
            errors.Add(T["Give the subject the body takes up."]);
        }

        if (errors.Count > 0)
        {
            return Refuse(errors, StatusCodes.Status400BadRequest);
        }

        var french = Culture == "fr";
        var file = new Drafting.NewFile(OpinionOrigin.OwnInitiative, french ? "" : subject, french ? subject : "", french ? "" : reason, french ? reason : "", null, []);
        var opinion = await Drafting.OpenAsync(db, Body, file, Seat.UserId, clock, cancellationToken);
        audit.Record("advisory.own-initiative", "Opinion:" + opinion.Reference, new { body = Body.Slug });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = T["The file is open: write the first draft with the other members."].Value;
        return LocalRedirect(Url.Content("~" + AdvisoryEvents.Url(opinion)) + "#workspace");
    }

    private PageResult Refuse(IReadOnlyList<string> errors, int status)
    {
        Errors = errors;
        Response.StatusCode = status;
        return Page();
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        if (await db.Set<AdvisoryBody>().AsNoTracking().FirstOrDefaultAsync(b => b.Slug == slug, cancellationToken) is not { } body)
        {
            return false;
        }

        Body = body;
        MandateHtml = markdown.ToSafeHtml(body.Mandate(Culture));
        var seats = await db.Set<BodyMember>().AsNoTracking().Where(m => m.BodyId == body.Id).OrderBy(m => m.Role).ThenBy(m => m.DisplayName).ToListAsync(cancellationToken);
        Members = [.. seats.Where(m => m.SitsOn(Today))];
        Former = [.. seats.Where(m => m.MandateEnd < Today).OrderByDescending(m => m.MandateEnd)];
        Seat = OpinionRules.Seat(seats, body.Id, User.FindFirstValue(ClaimTypes.NameIdentifier), Today);
        Files = await db.Set<Opinion>().AsNoTracking().Where(o => o.BodyId == body.Id).OrderByDescending(o => o.OpenedUtc).Take(100).ToListAsync(cancellationToken);
        return true;
    }

    public AdvisoryBody? BodyOf(Opinion opinion) => Body;
}
