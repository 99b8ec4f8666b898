using System.Net.Mail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Web.Hosting;
using OpenRegion.Cms.Web.Security;

namespace OpenRegion.Cms.Web.Pages.Admin;

[Authorize(Policy = PermissionPolicy.ManageTenant)]
public sealed class UsersModel(
    ICmsDbContext db,
    TenantContext tenant,
    UserManager<CmsUser> users,
    InvitationService invitations,
    IAuditLog audit,
    IMemoryCache cache,
    OpenRegion.Cms.Core.Cluster.IClusterBus cluster,
    TimeProvider clock,
    IStringLocalizer<HostStrings> T) : PageModel
{
    public IReadOnlyList<GrantRow> Grants { get; private set; } = [];

    public string? Message { get; private set; }

    public bool IsError { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostGrantAsync(string? email, string? role, CancellationToken cancellationToken)
    {
        if (email is null || !MailAddress.TryCreate(email.Trim(), out _) || email.Length > 256)
        {
            return await FailAsync(T["This e-mail address is not valid."], cancellationToken);
        }

        if (role is null || !CmsRoles.IsTenantRole(role))
        {
            return await FailAsync(T["Choose a role from the list."], cancellationToken);
        }

        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            var pending = invitations.Create(db, tenant.Shell.Tenant, email, role);
            audit.Record("role.invited", email.Trim(), new { Role = role });
            await db.SaveChangesAsync(cancellationToken);
            await invitations.SendAsync(pending, cancellationToken);
            Message = T["Invitation sent to {0}.", email.Trim()];
        }
        else if (await db.Set<TenantRoleGrant>().AnyAsync(g => g.UserId == user.Id && g.Role == role, cancellationToken))
        {
            return await FailAsync(T["This person already has this role."], cancellationToken);
        }
        else
        {
            db.Set<TenantRoleGrant>().Add(new TenantRoleGrant { UserId = user.Id, Role = role, GrantedUtc = clock.GetUtcNow(), GrantedBy = User.Identity?.Name });
            audit.Record("role.granted", user.Email, new { Role = role });
            await db.SaveChangesAsync(cancellationToken);
            await TenantClaimsTransformation.InvalidateAsync(cache, cluster, tenant.TenantId!, user.Id);
            Message = T["Role given to {0}.", user.Email!];
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(long grantId, CancellationToken cancellationToken)
    {
        // Filtered by tenant: another tenant's grant id is simply not found.
        var grant = await db.Set<TenantRoleGrant>().FirstOrDefaultAsync(g => g.Id == grantId, cancellationToken);
        if (grant is null)
        {
            return NotFound();
        }

        db.Set<TenantRoleGrant>().Remove(grant);
        audit.Record("role.revoked", grant.UserId, new { grant.Role });
        await db.SaveChangesAsync(cancellationToken);
        await TenantClaimsTransformation.InvalidateAsync(cache, cluster, tenant.TenantId!, grant.UserId);
        Message = T["Role removed."];
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task<IActionResult> FailAsync(string message, CancellationToken cancellationToken)
    {
        Message = message;
        IsError = true;
        await LoadAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Grants = await (from g in db.Set<TenantRoleGrant>()
                        join u in db.Set<CmsUser>() on g.UserId equals u.Id
                        orderby u.Email, g.Role
                        select new GrantRow(g.Id, u.DisplayName, u.Email ?? "", g.Role, g.GrantedUtc)).ToListAsync(cancellationToken);

    public sealed record GrantRow(long Id, string DisplayName, string Email, string Role, DateTimeOffset GrantedUtc);
}
