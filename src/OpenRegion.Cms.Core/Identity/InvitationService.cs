using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Email;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Core.Identity;

/// <summary>Invites people to a tenant role by e-mail; the role is granted when they accept while signed in.</summary>
public sealed class InvitationService(IEmailSender email, PlatformOptions options, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    public PendingInvitation Create(ICmsDbContext db, Tenant tenant, string address, string role)
    {
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        var now = clock.GetUtcNow();
        db.Set<Invitation>().Add(new Invitation
        {
            TenantId = tenant.Id,
            Email = address.Trim(),
            Role = role,
            TokenHash = Hash(token),
            CreatedUtc = now,
            ExpiresUtc = now + Lifetime,
        });
        return new PendingInvitation(tenant.Id, tenant.UrlPrefix, tenant.NameFr, address.Trim(), role, token);
    }

    public Task SendAsync(PendingInvitation invitation, CancellationToken cancellationToken)
    {
        var prefix = invitation.TenantPrefix.Length == 0 ? "" : "/" + invitation.TenantPrefix;
        var link = $"{options.PublicBaseUrl.TrimEnd('/')}{prefix}/account/invitation?token={invitation.Token}";
        var body = $"""
            السلام عليكم،
            تمت دعوتكم للانضمام إلى منصة {invitation.TenantName} بصفة {invitation.Role}.
            لقبول الدعوة، أنشئوا حسابا أو سجلوا الدخول ثم افتحوا هذا الرابط (صالح لمدة 14 يوما):
            {link}

            Bonjour,
            Vous êtes invité(e) à rejoindre la plateforme {invitation.TenantName} avec le rôle {invitation.Role}.
            Pour accepter, créez un compte ou connectez-vous, puis ouvrez ce lien (valable 14 jours) :
            {link}
            """;
        return email.SendAsync(new EmailMessage(invitation.Email, $"دعوة / Invitation — {invitation.TenantName}", body), cancellationToken);
    }

    /// <summary>Grants the invited role to <paramref name="user"/>; returns the role, or null when the token is unknown, used, expired or for another address.</summary>
    public async Task<string?> AcceptAsync(ICmsDbContext db, CmsUser user, string token, CancellationToken cancellationToken)
    {
        var hash = Hash(token);
        var invitation = await db.Set<Invitation>().FirstOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        var now = clock.GetUtcNow();
        if (invitation is null || invitation.AcceptedUtc is not null || invitation.ExpiresUtc < now
            || !string.Equals(invitation.Email, user.Email, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        invitation.AcceptedUtc = now;
        if (!await db.Set<TenantRoleGrant>().AnyAsync(g => g.UserId == user.Id && g.Role == invitation.Role, cancellationToken))
        {
            db.Set<TenantRoleGrant>().Add(new TenantRoleGrant { UserId = user.Id, Role = invitation.Role, GrantedUtc = now, GrantedBy = "invitation" });
        }

        return invitation.Role;
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
