using System.Globalization;
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
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Workflows;

namespace OpenRegion.AdvisoryBodies.Pages.Admin.Bodies;

/// <summary>A file seen from the council: where it stands and, once the body submitted its opinion, the council's response.</summary>
[Authorize(Policy = PermissionPolicy.Prefix + AdvisoryBodiesPermissions.Manage)]
public sealed class OpinionModel(ICmsDbContext db, TimeProvider clock, IAuditLog audit, MarkdownRenderer markdown, IStringLocalizer<AdvisoryBodiesModule> T) : PageModel
{
    public AdvisoryBody Body { get; private set; } = null!;

    public Opinion Opinion { get; private set; } = null!;

    public string AdoptedHtml { get; private set; } = "";

    public DateOnly Today { get; } = LocalTime.Date(clock.GetUtcNow());

    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    [BindProperty]
    public string? ResponseAr { get; set; }

    [BindProperty]
    public string? ResponseFr { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        ResponseAr = Opinion.ResponseAr;
        ResponseFr = Opinion.ResponseFr;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var errors = new List<string>();
        if (Opinion.State == OpinionState.Drafting)
        {
            errors.Add(T["The council responds once the body has submitted its opinion."]);
        }

        var ar = T.Read(ResponseAr, Opinion.MaxResponseLength, true, T["Response (Arabic)"], errors);
        var fr = T.Read(ResponseFr, Opinion.MaxResponseLength, true, T["Response (French)"], errors);
        if (ar.Length == 0 && fr.Length == 0)
        {
            errors.Add(T["Write the council's response, in Arabic or French."]);
        }

        if (errors.Count > 0)
        {
            Errors = errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var tracked = await db.Set<Opinion>().FirstAsync(o => o.Id == id, cancellationToken);
        await Drafting.RespondAsync(db, Body, tracked, ar, fr, User.Identity?.Name ?? "", clock, cancellationToken);
        audit.Record("advisory.answered", "Opinion:" + tracked.Reference, null);
        await db.SaveChangesAsync(cancellationToken);
        OutboxSignal.Pulse();
        TempData["Saved"] = T["The council's response is published with the opinion; the body's members are told."].Value;
        return LocalRedirect(Url.Content("~/admin/bodies/opinions/" + id.ToString(CultureInfo.InvariantCulture)));
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        if (await db.Set<Opinion>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is not { } opinion)
        {
            return false;
        }

        Opinion = opinion;
        Body = await db.Set<AdvisoryBody>().AsNoTracking().FirstAsync(b => b.Id == opinion.BodyId, cancellationToken);
        if (opinion.AdoptedVersion is { } adopted)
        {
            AdoptedHtml = markdown.ToSafeHtml(await db.Set<OpinionVersion>().AsNoTracking()
                .Where(v => v.OpinionId == id && v.Number == adopted).Select(v => v.Text).FirstAsync(cancellationToken));
        }

        return true;
    }
}
