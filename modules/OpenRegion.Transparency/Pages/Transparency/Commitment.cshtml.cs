using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Transparency;
using OpenRegion.Transparency.Domain;

namespace OpenRegion.Transparency.Pages.Transparency;

/// <summary>One commitment: problem, actions, institutions, dates, cost, and each milestone with its state and evidence.</summary>
[AllowAnonymous]
public sealed class CommitmentModel(ICmsDbContext db) : TransparencyPageModel
{
    public OpenGovPlan Plan { get; private set; } = null!;

    public CommitmentView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await OpenGovPlans.CommitmentAsync(db, id, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        (Plan, View) = found;
        return Page();
    }
}
