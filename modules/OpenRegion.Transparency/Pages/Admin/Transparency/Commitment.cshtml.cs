using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Transparency;
using OpenRegion.Transparency.Domain;

namespace OpenRegion.Transparency.Pages.Admin.Transparency;

/// <summary>One commitment for staff: its milestones, a new milestone, and each milestone's state and public evidence (the status follows).</summary>
[Authorize(Policy = PermissionPolicy.Prefix + TransparencyPermissions.OpenGovernment)]
public sealed class CommitmentAdminModel(ICmsDbContext db, TimeProvider clock, IAuditLog audit, TransparencyTexts texts, IStringLocalizer<TransparencyModule> T) : TransparencyPageModel
{
    public OpenGovPlan Plan { get; private set; } = null!;

    public CommitmentView View { get; private set; } = null!;

    [BindProperty]
    public string? TitleAr { get; set; }

    [BindProperty]
    public string? TitleFr { get; set; }

    [BindProperty]
    public string? DueOn { get; set; }

    [BindProperty]
    public long MilestoneId { get; set; }

    [BindProperty]
    public MilestoneState State { get; set; }

    [BindProperty]
    public string? Evidence { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostMilestoneAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var errors = new List<string>();
        var titleAr = Optional(TitleAr, OpenGovPlan.MaxTitleLength, T["Title (Arabic)"], T, errors);
        var titleFr = Optional(TitleFr, OpenGovPlan.MaxTitleLength, T["Title (French)"], T, errors);
        if (titleAr is null && titleFr is null && errors.Count == 0)
        {
            errors.Add(T["Give the milestone's title in Arabic or French."]);
        }

        var due = Date(DueOn, T["Due"], T, errors);
        if (errors.Count > 0)
        {
            return Refused("milestone", errors[0]);
        }

        var position = 1 + (View.Milestones.Count == 0 ? 0 : View.Milestones.Max(m => m.Position));
        db.Set<OpenGovMilestone>().Add(new OpenGovMilestone { CommitmentId = id, Position = position, TitleAr = titleAr ?? "", TitleFr = titleFr ?? "", DueOn = due, UpdatedUtc = clock.GetUtcNow(), UpdatedBy = By });
        audit.Record("open-government.milestone-added", "OpenGovCommitment:" + View.Commitment.Code, new { position });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = T["The milestone is added."].Value;
        return LocalRedirect(Url.Content("~/admin/open-government/" + id.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>A milestone's state and evidence; the commitment's status is recomputed from them.</summary>
    public async Task<IActionResult> OnPostProgressAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var milestone = await db.Set<OpenGovMilestone>().FirstOrDefaultAsync(m => m.Id == MilestoneId && m.CommitmentId == id, cancellationToken);
        if (milestone is null)
        {
            return NotFound();
        }

        var form = "m-" + MilestoneId.ToString(CultureInfo.InvariantCulture);
        var evidence = string.IsNullOrWhiteSpace(Evidence) ? null : Evidence.Trim();
        if (!Enum.IsDefined(State))
        {
            return Refused(form, T["Choose the milestone's state."]);
        }

        if (evidence is not null && !OpenGovMilestone.IsEvidenceUrl(evidence))
        {
            return Refused(form, T["The evidence is a public link: an address starting with https:// or a page of this site starting with /."]);
        }

        var before = OgpProgress.Of([.. View.Milestones.Select(m => m.Progress)]);
        (milestone.State, milestone.EvidenceUrl, milestone.UpdatedUtc, milestone.UpdatedBy) = (State, evidence, clock.GetUtcNow(), By);
        var after = OgpProgress.Of([.. View.Milestones.Select(m => m.Id == milestone.Id ? milestone.Progress : m.Progress)]);
        audit.Record("open-government.milestone-updated", "OpenGovCommitment:" + View.Commitment.Code, new { milestone.Position, state = State.ToString(), evidence, status = after.ToString() });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = before == after ? T["The milestone is updated."].Value : T["The milestone is updated; the commitment is now: {0}.", texts.Status(after)].Value;
        return LocalRedirect(Url.Content("~/admin/open-government/" + id.ToString(CultureInfo.InvariantCulture)));
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        if (await OpenGovPlans.CommitmentAsync(db, id, cancellationToken) is not { } found)
        {
            return false;
        }

        (Plan, View) = found;
        return true;
    }
}
