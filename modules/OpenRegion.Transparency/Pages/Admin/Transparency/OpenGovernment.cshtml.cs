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

/// <summary>The open-government plans for staff: each commitment's status, a new plan, a new commitment.</summary>
[Authorize(Policy = PermissionPolicy.Prefix + TransparencyPermissions.OpenGovernment)]
public sealed class OpenGovernmentAdminModel(ICmsDbContext db, TimeProvider clock, IAuditLog audit, IStringLocalizer<TransparencyModule> T) : TransparencyPageModel
{
    public IReadOnlyList<PlanView> Plans { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    [BindProperty]
    public PlanInput Plan { get; set; } = new();

    [BindProperty]
    public CommitmentInput Commitment { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Plans = await OpenGovPlans.AllAsync(db, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostPlanAsync(CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var titleAr = Optional(Plan.TitleAr, OpenGovPlan.MaxTitleLength, T["Title (Arabic)"], T, errors);
        var titleFr = Optional(Plan.TitleFr, OpenGovPlan.MaxTitleLength, T["Title (French)"], T, errors);
        if (titleAr is null && titleFr is null && errors.Count == 0)
        {
            errors.Add(T["Give the plan's title in Arabic or French."]);
        }

        var plan = new OpenGovPlan
        {
            TitleAr = titleAr ?? "", TitleFr = titleFr ?? "",
            DescriptionAr = Optional(Plan.DescriptionAr, OpenGovPlan.MaxTextLength, T["Description (Arabic)"], T, errors) ?? "",
            DescriptionFr = Optional(Plan.DescriptionFr, OpenGovPlan.MaxTextLength, T["Description (French)"], T, errors) ?? "",
            StartOn = Date(Plan.StartOn, T["Starts on"], T, errors), EndOn = Date(Plan.EndOn, T["Ends on"], T, errors),
            StatedBudget = Amount(Plan.StatedBudget, T["Budget stated by the plan"], T, errors), CreatedUtc = clock.GetUtcNow(),
        };
        if (plan.EndOn < plan.StartOn)
        {
            errors.Add(T["The end comes before the start."]);
        }

        if (errors.Count > 0)
        {
            return await RefusedAsync("plan", errors, cancellationToken);
        }

        db.Set<OpenGovPlan>().Add(plan);
        audit.Record("open-government.plan-created", null, new { plan.TitleAr, plan.TitleFr });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = T["The plan is recorded; add its commitments."].Value;
        return LocalRedirect(Url.Content("~/admin/open-government"));
    }

    public async Task<IActionResult> OnPostCommitmentAsync(CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        if (!await db.Set<OpenGovPlan>().AnyAsync(p => p.Id == Commitment.PlanId, cancellationToken))
        {
            errors.Add(T["Choose the plan."]);
        }

        var code = Required(Commitment.Code, OpenGovCommitment.MaxCodeLength, T["Identifier"], T, errors)?.ToUpperInvariant();
        if (code is not null && await db.Set<OpenGovCommitment>().AnyAsync(c => c.Code == code, cancellationToken))
        {
            errors.Add(T["Another commitment already has the identifier {0}.", code]);
        }

        var titleAr = Optional(Commitment.TitleAr, OpenGovPlan.MaxTitleLength, T["Title (Arabic)"], T, errors);
        var titleFr = Optional(Commitment.TitleFr, OpenGovPlan.MaxTitleLength, T["Title (French)"], T, errors);
        if (titleAr is null && titleFr is null && errors.Count == 0)
        {
            errors.Add(T["Give the commitment's title in Arabic or French."]);
        }

        var commitment = new OpenGovCommitment
        {
            PlanId = Commitment.PlanId, Code = code ?? "", TitleAr = titleAr ?? "", TitleFr = titleFr ?? "",
            AxisAr = Optional(Commitment.AxisAr, OpenGovPlan.MaxTitleLength, T["Axis (Arabic)"], T, errors) ?? "",
            AxisFr = Optional(Commitment.AxisFr, OpenGovPlan.MaxTitleLength, T["Axis (French)"], T, errors) ?? "",
            ProblemAr = Optional(Commitment.ProblemAr, OpenGovPlan.MaxTextLength, T["Problem (Arabic)"], T, errors) ?? "",
            ProblemFr = Optional(Commitment.ProblemFr, OpenGovPlan.MaxTextLength, T["Problem (French)"], T, errors) ?? "",
            ActionsAr = Optional(Commitment.ActionsAr, OpenGovPlan.MaxTextLength, T["Actions (Arabic)"], T, errors) ?? "",
            ActionsFr = Optional(Commitment.ActionsFr, OpenGovPlan.MaxTextLength, T["Actions (French)"], T, errors) ?? "",
            Institutions = Optional(Commitment.Institutions, OpenGovPlan.MaxTitleLength * 2, T["Responsible institutions"], T, errors) ?? "",
            StartOn = Date(Commitment.StartOn, T["Starts on"], T, errors), EndOn = Date(Commitment.EndOn, T["Ends on"], T, errors),
            Cost = Amount(Commitment.Cost, T["Estimated cost"], T, errors),
        };
        if (commitment.EndOn < commitment.StartOn)
        {
            errors.Add(T["The end comes before the start."]);
        }

        if (errors.Count > 0)
        {
            return await RefusedAsync("commitment", errors, cancellationToken);
        }

        db.Set<OpenGovCommitment>().Add(commitment);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return await RefusedAsync("commitment", [T["Another commitment already has the identifier {0}.", commitment.Code]], cancellationToken);
        }

        audit.Record("open-government.commitment-created", "OpenGovCommitment:" + commitment.Code);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = T["The commitment is recorded; add its milestones."].Value;
        return LocalRedirect(Url.Content("~/admin/open-government/" + commitment.Id.ToString(CultureInfo.InvariantCulture)));
    }

    private async Task<IActionResult> RefusedAsync(string form, List<string> errors, CancellationToken cancellationToken)
    {
        Errors = errors;
        Plans = await OpenGovPlans.AllAsync(db, cancellationToken);
        return Refused(form, errors[0]);
    }

    public sealed class PlanInput
    {
        public string? TitleAr { get; set; }

        public string? TitleFr { get; set; }

        public string? DescriptionAr { get; set; }

        public string? DescriptionFr { get; set; }

        public string? StartOn { get; set; }

        public string? EndOn { get; set; }

        public string? StatedBudget { get; set; }
    }

    public sealed class CommitmentInput
    {
        public long PlanId { get; set; }

        public string? Code { get; set; }

        public string? AxisAr { get; set; }

        public string? AxisFr { get; set; }

        public string? TitleAr { get; set; }

        public string? TitleFr { get; set; }

        public string? ProblemAr { get; set; }

        public string? ProblemFr { get; set; }

        public string? ActionsAr { get; set; }

        public string? ActionsFr { get; set; }

        public string? Institutions { get; set; }

        public string? StartOn { get; set; }

        public string? EndOn { get; set; }

        public string? Cost { get; set; }
    }
}
