namespace OpenRegion.Cms.Web.Security;

/// <summary>The "OpenRegion:Security" configuration section.</summary>
public sealed class SecurityOptions
{
    public const string Section = "OpenRegion:Security";

    /// <summary>
    /// The platform is only reached over HTTPS (usually through a proxy that terminates TLS): every cookie is marked
    /// Secure whatever the request's scheme, and browsers are told to use HTTPS only (HSTS).
    /// </summary>
    public bool HttpsOnly { get; set; }

    /// <summary>How long browsers keep to HTTPS after a visit (HSTS max-age), when <see cref="HttpsOnly"/>.</summary>
    public int HstsMaxAgeDays { get; set; } = 365;

    /// <summary>
    /// Other sites pages may show images from (space-separated CSP sources, e.g. "https://images.example.ma"). None by
    /// default: images come from the media library, and a visitor's browser asks no other site for anything.
    /// </summary>
    public string ImageSources { get; set; } = "";

    /// <summary>
    /// The reverse proxies (addresses or networks such as "10.0.0.0/8", space-separated) whose X-Forwarded-For and
    /// X-Forwarded-Proto headers are believed: the visitor's address (counted by the abuse limits) and the scheme come
    /// from them. None by default: the address is the connection's.
    /// </summary>
    public string TrustedProxies { get; set; } = "";
}

/// <summary>
/// Headers on every answer — pages, files, errors, pages served from the cache: a Content-Security-Policy that lets
/// scripts come only from the platform's own files (no inline script, no eval, no other site), no framing by other
/// sites, no MIME sniffing, referrers cut to the origin when leaving the site, no camera, microphone or location, and
/// HSTS when the platform is HTTPS only. Set when the answer starts, so that error pages (which clear the headers of
/// a failed answer) carry them too.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, SecurityOptions options)
{
    /// <summary>
    /// Styles may be inline (a few pages size bars and meters with a style attribute); scripts may not. Images: the
    /// platform's own, data: URIs, and the sites <see cref="SecurityOptions.ImageSources"/> names.
    /// </summary>
    public static string ContentSecurityPolicy(SecurityOptions options) =>
        $"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src {string.Join(' ', new[] { "'self'", "data:" }.Concat(ImageSourcesOf(options)))}; font-src 'self'; " +
        "connect-src 'self'; media-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Only plain https origins are taken: a source cannot widen another directive or allow scripts.</summary>
    private static IEnumerable<string> ImageSourcesOf(SecurityOptions options) =>
        options.ImageSources.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(source => Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.PathAndQuery == "/" && !source.Contains(';') && !source.Contains(','))
            .Select(source => source.TrimEnd('/'));

    private readonly string _policy = ContentSecurityPolicy(options);

    private readonly string? _hsts = options.HttpsOnly ? $"max-age={Math.Max(0, options.HstsMaxAgeDays) * 86400L}; includeSubDomains" : null;

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(Apply, context);
        return next(context);
    }

    private Task Apply(object state)
    {
        var headers = ((HttpContext)state).Response.Headers;
        headers.ContentSecurityPolicy = _policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        if (_hsts is not null)
        {
            headers.StrictTransportSecurity = _hsts;
        }

        return Task.CompletedTask;
    }
}
