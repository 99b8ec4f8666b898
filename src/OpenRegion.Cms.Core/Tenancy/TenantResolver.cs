namespace OpenRegion.Cms.Core.Tenancy;

/// <summary>
/// Picks the tenant of a request. Precedence (DESIGN.md): host+prefix, host, prefix, wildcard host, default tenant.
/// Built once per change of the tenant list; lookups are dictionary hits so the cost does not grow with the number of tenants.
/// </summary>
public sealed class TenantResolver
{
    private readonly Dictionary<(string Host, string Prefix), string> _hostAndPrefix = new(HostPrefixComparer.Instance);
    private readonly Dictionary<string, string> _hostOnly = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _prefixOnly = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Suffix, string Prefix, string TenantId)> _wildcards = [];
    private readonly string? _defaultTenantId;

    public TenantResolver(IEnumerable<TenantRoute> routes)
    {
        foreach (var route in routes)
        {
            var prefix = NormalizePrefix(route.UrlPrefix);
            if (route.HostNames.Count == 0)
            {
                if (prefix.Length > 0)
                {
                    _prefixOnly.TryAdd(prefix, route.TenantId);
                }
                else if (route.IsDefault || _defaultTenantId is null)
                {
                    _defaultTenantId = route.TenantId;
                }

                continue;
            }

            foreach (var rawHost in route.HostNames)
            {
                var host = rawHost.Trim().ToLowerInvariant();
                if (host.StartsWith("*.", StringComparison.Ordinal))
                {
                    _wildcards.Add((host[1..], prefix, route.TenantId));
                }
                else if (prefix.Length > 0)
                {
                    _hostAndPrefix.TryAdd((host, prefix), route.TenantId);
                }
                else
                {
                    _hostOnly.TryAdd(host, route.TenantId);
                }
            }
        }

        // Longer wildcard suffixes are more specific; with a prefix before without.
        _wildcards.Sort((a, b) =>
        {
            var bySuffix = b.Suffix.Length.CompareTo(a.Suffix.Length);
            return bySuffix != 0 ? bySuffix : b.Prefix.Length.CompareTo(a.Prefix.Length);
        });
    }

    /// <param name="host">The request's host, with or without port.</param>
    /// <param name="path">The request path, starting with '/'.</param>
    public TenantMatch? Resolve(string? host, string? path)
    {
        var hostWithPort = (host ?? "").ToLowerInvariant();
        var hostOnly = StripPort(hostWithPort);
        var segment = FirstSegment(path);

        if (segment.Length > 0)
        {
            if (TryHostAndPrefix(hostWithPort, hostOnly, segment, out var id))
            {
                return new TenantMatch(id, "/" + segment);
            }
        }

        if (_hostOnly.TryGetValue(hostWithPort, out var byHost) || _hostOnly.TryGetValue(hostOnly, out byHost))
        {
            return new TenantMatch(byHost, "");
        }

        if (segment.Length > 0 && _prefixOnly.TryGetValue(segment, out var byPrefix))
        {
            return new TenantMatch(byPrefix, "/" + segment);
        }

        foreach (var (suffix, prefix, tenantId) in _wildcards)
        {
            if (!hostOnly.EndsWith(suffix, StringComparison.Ordinal) || hostOnly.Length == suffix.Length)
            {
                continue;
            }

            if (prefix.Length == 0)
            {
                return new TenantMatch(tenantId, "");
            }

            if (string.Equals(prefix, segment, StringComparison.OrdinalIgnoreCase))
            {
                return new TenantMatch(tenantId, "/" + segment);
            }
        }

        return _defaultTenantId is null ? null : new TenantMatch(_defaultTenantId, "");
    }

    public static string NormalizePrefix(string? prefix) => (prefix ?? "").Trim().Trim('/').ToLowerInvariant();

    private bool TryHostAndPrefix(string hostWithPort, string hostOnly, string segment, out string tenantId) =>
        _hostAndPrefix.TryGetValue((hostWithPort, segment), out tenantId!) || _hostAndPrefix.TryGetValue((hostOnly, segment), out tenantId!);

    private static string StripPort(string host)
    {
        // IPv6 literals carry colons inside brackets: only a colon after the closing bracket starts a port.
        var colon = host.LastIndexOf(':');
        return colon > host.LastIndexOf(']') ? host[..colon] : host;
    }

    private static string FirstSegment(string? path)
    {
        if (string.IsNullOrEmpty(path) || path.Length < 2 || path[0] != '/')
        {
            return "";
        }

        var end = path.IndexOf('/', 1);
        return end < 0 ? path[1..] : path[1..end];
    }

    private sealed class HostPrefixComparer : IEqualityComparer<(string Host, string Prefix)>
    {
        public static readonly HostPrefixComparer Instance = new();

        public bool Equals((string Host, string Prefix) x, (string Host, string Prefix) y) =>
            StringComparer.OrdinalIgnoreCase.Equals(x.Host, y.Host) && StringComparer.OrdinalIgnoreCase.Equals(x.Prefix, y.Prefix);

        public int GetHashCode((string Host, string Prefix) obj) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Host), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Prefix));
    }
}
