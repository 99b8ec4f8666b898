using System.Text.RegularExpressions;

namespace OpenRegion.Cms.Core.Tenancy;

/// <summary>The rules a new or changed tenant must meet against the tenants that already exist.</summary>
public static partial class TenantDefinitionValidator
{
    /// <summary>First path segments the host itself serves; a tenant prefix may not shadow them.</summary>
    public static readonly IReadOnlySet<string> ReservedPrefixes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "health", "setup", "account", "admin", "culture", "css", "js", "lib", "img", "_content", "_framework", "api", "assets",
    };

    /// <summary>Messages are English msgids; callers localize them.</summary>
    public static void Validate(TenantDefinition definition, IEnumerable<Tenant> existing)
    {
        if (!IdPattern().IsMatch(definition.Id))
        {
            throw new TenantValidationException("Id", "The identifier must be 2 to 63 lowercase Latin letters, digits or hyphens, starting with a letter.");
        }

        if (string.IsNullOrWhiteSpace(definition.NameAr) || string.IsNullOrWhiteSpace(definition.NameFr))
        {
            throw new TenantValidationException("Name", "Both the Arabic and the French names are required.");
        }

        if (definition.Population is < 0)
        {
            throw new TenantValidationException("Population", "The population cannot be negative.");
        }

        var prefix = TenantResolver.NormalizePrefix(definition.UrlPrefix);
        if (prefix.Length > 0 && (!IdPattern().IsMatch(prefix) || ReservedPrefixes.Contains(prefix)))
        {
            throw new TenantValidationException("UrlPrefix", "The URL prefix must be a single lowercase word (letters, digits, hyphens) and not a reserved path.");
        }

        var hosts = definition.HostNames.Select(h => h.Trim().ToLowerInvariant()).ToList();
        foreach (var host in hosts)
        {
            if (!HostPattern().IsMatch(host))
            {
                throw new TenantValidationException("HostNames", $"'{host}' is not a valid host name.");
            }
        }

        foreach (var other in existing)
        {
            if (string.Equals(other.Id, definition.Id, StringComparison.Ordinal))
            {
                throw new TenantValidationException("Id", "A tenant with this identifier already exists.");
            }

            var otherPrefix = TenantResolver.NormalizePrefix(other.UrlPrefix);
            var otherHosts = other.HostNames.Select(h => h.Trim().ToLowerInvariant()).ToList();
            var samePrefix = string.Equals(prefix, otherPrefix, StringComparison.Ordinal);
            var sharedHost = hosts.Count == 0 && otherHosts.Count == 0 || hosts.Intersect(otherHosts).Any();
            if (samePrefix && sharedHost)
            {
                throw prefix.Length > 0
                    ? new TenantValidationException("UrlPrefix", "Another tenant already uses this URL prefix on the same host.")
                    : new TenantValidationException("HostNames", "Another tenant already answers on this host without a prefix.");
            }
        }
    }

    [GeneratedRegex(@"^[a-z][a-z0-9-]{1,62}\z")]
    private static partial Regex IdPattern();

    // A wildcard host takes no port: the resolver matches wildcards against the host name alone.
    [GeneratedRegex(@"^((\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?|([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?:\d{1,5})\z")]
    private static partial Regex HostPattern();
}
