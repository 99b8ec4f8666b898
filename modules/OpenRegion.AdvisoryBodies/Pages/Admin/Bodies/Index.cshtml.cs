using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.AdvisoryBodies.Domain;
using OpenRegion.Cms.Core.AdvisoryBodies;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.AdvisoryBodies.Pages.Admin.Bodies;

/// <summary>
/// The council's side: the bodies (the legal ones are there from the start), who sits on them for which mandate,
/// and every file with its state and due date. A member is appointed by the e-mail of their account.
/// </summary>
[Authorize(Policy = PermissionPolicy.Prefix + AdvisoryBodiesPermissions.Manage)]
public sealed class IndexModel(ICmsDbContext db, TimeProvider clock, IAuditLog audit, UserManager<CmsUser> users, TenantContext tenant, IStringLocalizer<AdvisoryBodiesModule> T) : PageModel
{
    public IReadOnlyList<AdvisoryBody> Bodies { get; private set; } = [];

    public IReadOnlyList<BodyMember> Members { get; private set; } = [];

    public IReadOnlyList<Opinion> Files { get; private set; } = [];

    public DateOnly Today { get; } = LocalTime.Date(clock.GetUtcNow());

    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await AdvisoryBodiesRecipeStep.EnsureRequiredAsync(db, tenant.Shell.Tenant.Kind, clock.GetUtcNow(), cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostMemberAsync(long bodyId, string? email, string? role, string? organisation, string? start, string? end, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var body = Bodies.FirstOrDefault(b => b.Id == bodyId);
        if (body is null)
        {
            return NotFound();
        }

        var errors = new List<string>();
        var from = T.Read(organisation, BodyMember.MaxOrganisationLength, false, T["On behalf of"], errors);
        var user = string.IsNullOrWhiteSpace(email) || email.Length > 256 ? null : await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            errors.Add(T["No account has this e-mail address: the member must first create an account on the site."]);
        }

        if (!Enum.TryParse<BodyRole>(role, out var seatRole) || !Enum.IsDefined(seatRole))
        {
            errors.Add(T["Choose the member's role."]);
        }

        if (!DateOnly.TryParseExact(start?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            errors.Add(T["Give the first day of the mandate."]);
        }

        DateOnly? last = null;
        if (!string.IsNullOrWhiteSpace(end))
        {
            if (DateOnly.TryParseExact(end.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day >= first)
            {
                last = day;
            }
            else
            {
                errors.Add(T["The end of the mandate is a day after its start, or empty while it runs."]);
            }
        }

        if (user is not null && Members.Any(m => m.BodyId == bodyId && m.UserId == user.Id && (m.MandateEnd is null || m.MandateEnd >= first)))
        {
            errors.Add(T["This person already sits on this body: end the current mandate first."]);
        }

        if (errors.Count > 0)
        {
            return Refuse(errors);
        }

        db.Set<BodyMember>().Add(new BodyMember
        {
            BodyId = bodyId, UserId = user!.Id, DisplayName = user.DisplayName.Length > 0 ? user.DisplayName : user.Email!, Role = seatRole, Organisation = from,
            MandateStart = first, MandateEnd = last, CreatedUtc = clock.GetUtcNow(),
        });
        audit.Record("advisory.member-appointed", "AdvisoryBody:" + body.Slug, new { user = user.Id, role = seatRole.ToString() });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = T["{0} now sits on the {1}.", user.DisplayName, body.Name(Culture)].Value;
        return LocalRedirect(Url.Content("~/admin/bodies"));
    }

    public async Task<IActionResult> OnPostEndAsync(long memberId, string? end, CancellationToken cancellationToken)
    {
        var member = await db.Set<BodyMember>().FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken);
        if (member is null)
        {
            return NotFound();
        }

        if (!DateOnly.TryParseExact(end?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) || day < member.MandateStart)
        {
            await LoadAsync(cancellationToken);
            return Refuse([T["The end of the mandate is a day after its start, or empty while it runs."]]);
        }

        member.MandateEnd = day;
        audit.Record("advisory.mandate-ended", "AdvisoryBody:" + member.BodyId.ToString(CultureInfo.InvariantCulture), new { user = member.UserId, end = day });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = T["The mandate ends on {0}.", day.ToString("d MMMM yyyy", LocalTime.Culture(Culture))].Value;
        return LocalRedirect(Url.Content("~/admin/bodies"));
    }

    private PageResult Refuse(IReadOnlyList<string> errors)
    {
        Errors = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Bodies = await Drafting.BodiesAsync(db, cancellationToken);
        Members = await db.Set<BodyMember>().AsNoTracking().Where(m => m.MandateEnd == null || m.MandateEnd >= Today).OrderBy(m => m.Role).ThenBy(m => m.DisplayName).ToListAsync(cancellationToken);
        Files = await db.Set<Opinion>().AsNoTracking().OrderByDescending(o => o.OpenedUtc).Take(200).ToListAsync(cancellationToken);
    }

    public AdvisoryBody? BodyOf(Opinion opinion) => Bodies.FirstOrDefault(b => b.Id == opinion.BodyId);
}
