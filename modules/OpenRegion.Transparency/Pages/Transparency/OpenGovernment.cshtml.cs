using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Transparency.Domain;

namespace OpenRegion.Transparency.Pages.Transparency;

/// <summary>The public dashboard of the open-government plans: each commitment's status on the OGP scale, by axis, with the tally and the costs.</summary>
[AllowAnonymous]
public sealed class OpenGovernmentModel(ICmsDbContext db) : TransparencyPageModel
{
    public IReadOnlyList<PlanView> Plans { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Plans = await OpenGovPlans.AllAsync(db, cancellationToken);
        return Page();
    }

    public string Money(decimal amount) => Cms.Core.Content.Money.InText(amount);
}
