namespace OpenRegion.Cms.Core.Identity;

/// <summary>An invitation just created, with its token in clear: only ever sent by e-mail, never stored.</summary>
public sealed record PendingInvitation(string TenantId, string TenantPrefix, string TenantName, string Email, string Role, string Token);
