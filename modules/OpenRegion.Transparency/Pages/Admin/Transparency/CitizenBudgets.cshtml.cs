using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Transparency;
using OpenRegion.Transparency.Domain;

namespace OpenRegion.Transparency.Pages.Admin.Transparency;

/// <summary>The citizen budgets for staff: each year with its state, and a new year.</summary>
[Authorize(Policy = PermissionPolicy.Prefix + TransparencyPermissions.Publications)]
public sealed class CitizenBudgetsAdminModel(CitizenBudgets budgets, TransparencyTexts texts, IStringLocalizer<TransparencyModule> T) : TransparencyPageModel
{
    public IReadOnlyList<CitizenBudget> Budgets { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    [BindProperty]
    public CitizenBudgetInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Budgets = await budgets.AllAsync(publishedOnly: false, cancellationToken);
        Input.Year ??= budgets.Today.Year + 1;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var budget = new CitizenBudget { Year = Input.Year ?? 0 };
        Input.ApplyTo(budget, T, errors);
        if (errors.Count == 0 && await budgets.CreateAsync(budget, By, cancellationToken) is { } refusal)
        {
            errors.Add(texts.Refusal(refusal));
        }

        if (errors.Count > 0)
        {
            Errors = errors;
            Budgets = await budgets.AllAsync(publishedOnly: false, cancellationToken);
            return Refused("budget", string.Join(" ", errors));
        }

        TempData["Saved"] = T["The citizen budget is created: load its lines."].Value;
        return LocalRedirect(Url.Content("~" + CitizenBudgets.AdminUrl(budget.Year)));
    }
}
