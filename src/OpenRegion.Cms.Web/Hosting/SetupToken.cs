using System.Security.Cryptography;

namespace OpenRegion.Cms.Web.Hosting;

/// <summary>
/// While no platform administrator exists, the set-up page is open from loopback, or from anywhere with this
/// one-time token, which is written to the log at start-up and dropped once the administrator is created.
/// </summary>
public sealed class SetupToken
{
    private string? _token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    /// <summary>Null once set-up is done.</summary>
    public string? Value => _token;

    public bool IsOpen => _token is not null;

    public bool Matches(string? candidate) =>
        _token is { } token && candidate is not null
        && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(token), System.Text.Encoding.ASCII.GetBytes(candidate));

    public void Close() => _token = null;
}
