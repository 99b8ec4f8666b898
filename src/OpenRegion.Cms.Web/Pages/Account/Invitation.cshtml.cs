using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Web.Security;
using OpenRegion.Cms.Core.Security;

namespace OpenRegion.Cms.Web.Pages.Account;

[Authorize]
public sealed class InvitationModel(ICmsDbContext db, UserManager<CmsUser> users, InvitationService invitations, IAuditLog audit, IMemoryCache cache, OpenRegion.Cms.Core.Cluster.IClusterBus cluster) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public string? AcceptedRole { get; private set; }

    public bool Failed { get; private set; }

    public void OnGet()
    {
    }

    [Limited(LimitedAction.Register)]
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null || string.IsNullOrEmpty(Token))
        {
            Failed = true;
            return Page();
        }

        AcceptedRole = await invitations.AcceptAsync(db, user, Token, cancellationToken);
        if (AcceptedRole is null)
        {
            Failed = true;
            return Page();
        }

        audit.Record("invitation.accepted", user.Email, new { Role = AcceptedRole });
        await db.SaveChangesAsync(cancellationToken);
        await TenantClaimsTransformation.InvalidateAsync(cache, cluster, db.TenantId!, user.Id);
        return Page();
    }
}
