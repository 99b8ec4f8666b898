namespace OpenRegion.Cms.Core.Tenancy;

/// <summary>Absolute links to a tenant's site, for messages that leave the platform (e-mails, SMS, webhooks).</summary>
public static class SiteLinks
{
    /// <summary>The tenant's public address: its own host name when it has one, else the platform's base URL and its prefix.</summary>
    public static string SiteUrl(PlatformOptions platform, TenantShell? shell)
    {
        var baseUrl = platform.PublicBaseUrl.TrimEnd('/');
        if (shell is null)
        {
            return baseUrl;
        }

        if (shell.Tenant.HostNames.FirstOrDefault() is { Length: > 0 } host && Uri.TryCreate(baseUrl, UriKind.Absolute, out var parsed))
        {
            return $"{parsed.Scheme}://{host}";
        }

        return shell.Tenant.UrlPrefix.Length == 0 ? baseUrl : $"{baseUrl}/{shell.Tenant.UrlPrefix}";
    }
}
