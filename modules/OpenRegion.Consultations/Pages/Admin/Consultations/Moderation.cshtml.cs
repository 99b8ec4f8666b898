using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Consultations;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Security;

namespace OpenRegion.Consultations.Pages.Admin.Consultations;

/// <summary>
/// Moderation of this tenant's consultations: reported contributions first, then the latest; hide one with a reason
/// that readers see in its place (its text stays stored), show it again, or stop its author from contributing.
/// </summary>
[Authorize(Policy = PermissionPolicy.Prefix + ConsultationsPermissions.Moderate)]
public sealed class ModerationModel(ICmsDbContext db, TimeProvider clock, IAuditLog audit, IStringLocalizer<ConsultationsModule> T) : PageModel
{
    public IReadOnlyList<Contribution> Reported { get; private set; } = [];

    public IReadOnlyList<Contribution> Latest { get; private set; } = [];

    public IReadOnlyDictionary<long, IReadOnlyList<string>> Reasons { get; private set; } = new Dictionary<long, IReadOnlyList<string>>();

    public IReadOnlySet<string> Blocked { get; private set; } = new HashSet<string>();

    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var contributions = db.Set<Contribution>().AsNoTracking();
        Reported = await contributions.Where(c => c.Reports > 0 && c.HiddenUtc == null).OrderByDescending(c => c.Reports).ThenByDescending(c => c.Id).Take(100).ToListAsync(cancellationToken);
        Latest = await contributions.Where(c => c.Channel == ContributionChannel.Online).OrderByDescending(c => c.Id).Take(50).ToListAsync(cancellationToken);
        var ids = Reported.Select(c => c.Id).ToList();
        Reasons = (await db.Set<ContributionReport>().AsNoTracking().Where(r => ids.Contains(r.ContributionId)).ToListAsync(cancellationToken))
            .GroupBy(r => r.ContributionId).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(r => r.Reason)]);
        Blocked = (await db.Set<ConsultationBlock>().AsNoTracking().Select(b => b.UserId).ToListAsync(cancellationToken)).ToHashSet();
    }

    public async Task<IActionResult> OnPostHideAsync(long contributionId, string? reason, CancellationToken cancellationToken)
    {
        var contribution = await db.Set<Contribution>().FirstOrDefaultAsync(c => c.Id == contributionId, cancellationToken);
        if (contribution is null)
        {
            return NotFound();
        }

        var errors = new List<string>();
        var text = T.Read(reason, 1000, false, T["Reason"], errors);
        if (text.Length == 0 && errors.Count == 0)
        {
            errors.Add(T["Give the reason readers will see in its place."]);
        }

        if (errors.Count > 0)
        {
            return await RefuseAsync(string.Join(" ", errors), cancellationToken);
        }

        (contribution.HiddenUtc, contribution.HiddenReason) = (clock.GetUtcNow(), text);
        audit.Record("consultation.contribution-hidden", "Contribution:" + contributionId.ToString(CultureInfo.InvariantCulture), new { reason = text });
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostShowAsync(long contributionId, CancellationToken cancellationToken)
    {
        var contribution = await db.Set<Contribution>().FirstOrDefaultAsync(c => c.Id == contributionId, cancellationToken);
        if (contribution is null)
        {
            return NotFound();
        }

        (contribution.HiddenUtc, contribution.HiddenReason) = (null, null);
        audit.Record("consultation.contribution-shown", "Contribution:" + contributionId.ToString(CultureInfo.InvariantCulture), null);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostBlockAsync(long contributionId, string? reason, CancellationToken cancellationToken)
    {
        var author = await db.Set<Contribution>().Where(c => c.Id == contributionId).Select(c => c.UserId).FirstOrDefaultAsync(cancellationToken);
        if (author is null)
        {
            return NotFound();
        }

        var errors = new List<string>();
        var text = T.Read(reason, 1000, false, T["Reason"], errors);
        if (text.Length == 0 && errors.Count == 0)
        {
            errors.Add(T["Give the reason of the block."]);
        }

        if (errors.Count > 0)
        {
            return await RefuseAsync(string.Join(" ", errors), cancellationToken);
        }

        if (!await db.Set<ConsultationBlock>().AnyAsync(b => b.UserId == author, cancellationToken))
        {
            db.Set<ConsultationBlock>().Add(new ConsultationBlock { UserId = author, Reason = text, AtUtc = clock.GetUtcNow(), By = User.Identity?.Name });
            audit.Record("consultation.author-blocked", "User:" + author, new { reason = text });
            await db.SaveChangesAsync(cancellationToken);
        }

        return RedirectToPage();
    }

    private async Task<IActionResult> RefuseAsync(string error, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        Error = error;
        await OnGetAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
