using System.Net;
using System.Net.Sockets;

namespace OpenRegion.Cms.Core.Workflows.Rules;

/// <summary>
/// Where a webhook may go: an https address on the public internet. Loopback, private, link-local (cloud metadata),
/// carrier-grade NAT, multicast and reserved addresses are refused — when the rule is saved, and again at each call
/// for the address actually connected to (a name that later resolves to an inside address is refused too).
/// </summary>
public static class WebhookAddress
{
    /// <summary>Null when <paramref name="url"/> may be called; otherwise the reason (English; localized by the caller's wording).</summary>
    public static async Task<string?> CheckAsync(string? url, bool allowPrivate, CancellationToken cancellationToken = default)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || string.IsNullOrEmpty(uri.Host))
        {
            return "The webhook address must be a full https:// address.";
        }

        if (uri.Scheme == "http" && !allowPrivate)
        {
            return "The webhook address must use https://.";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return "The webhook address must not contain a user name or password.";
        }

        if (allowPrivate)
        {
            return null;
        }

        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(uri.Host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(uri.DnsSafeHost, cancellationToken);
        }
        catch (SocketException)
        {
            return "The webhook's host name does not resolve.";
        }

        if (addresses.Length == 0)
        {
            return "The webhook's host name does not resolve.";
        }

        return addresses.All(IsPublic) ? null : "The webhook address leads to a private or local network; only public addresses are allowed.";
    }

    /// <summary>Whether an address is on the public internet.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] == 0 || b[0] == 10 || b[0] == 127
                || b[0] == 100 && b[1] >= 64 && b[1] <= 127          // carrier-grade NAT
                || b[0] == 169 && b[1] == 254                         // link-local, cloud metadata
                || b[0] == 172 && b[1] >= 16 && b[1] <= 31
                || b[0] == 192 && b[1] == 168
                || b[0] == 192 && b[1] == 0 && b[2] == 0              // IETF protocol assignments
                || b[0] == 198 && (b[1] == 18 || b[1] == 19)          // benchmarking
                || b[0] >= 224);                                      // multicast, reserved
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
                || (b[0] & 0xfe) == 0xfc                                // unique local fc00::/7
                || b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8 // documentation
                || b[0] == 0 && b.Take(10).All(x => x == 0));           // ::/80 (IPv4-compatible and unspecified)
        }

        return false;
    }
}
