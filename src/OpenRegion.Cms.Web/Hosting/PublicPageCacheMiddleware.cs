using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Net.Http.Headers;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Web.Hosting;

/// <summary>
/// Anonymous views of public pages, served from memory before routing, authentication and rendering: the most
/// read pages of every tenant (home, news, events, documents, pages, feeds) cost little more than a bare endpoint.
/// A page is stored only after its endpoint declared the public cache policy (<see cref="PublicCache.Policy"/>)
/// and answered 200 without setting a cookie to a visitor who is not signed in. The key holds the tenant's
/// generation and content version, so a publication or a settings change is visible on the next request; the
/// reader's culture (already resolved from query, cookie or Accept-Language), the host and the path; and the
/// query values the pages use (p, past; a consultation's section, page, thread, and its report's handler, part and format). A visitor with a log-in cookie always gets a fresh page.
/// </summary>
public sealed class PublicPageCacheMiddleware(RequestDelegate next, ContentVersions versions, IConfiguration configuration)
{
    public const string AuthCookie = "openregion.auth";
    private const int MaxPageBytes = 512 * 1024;
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly MemoryCache _pages = new(new MemoryCacheOptions { SizeLimit = 64 * 1024 * 1024 });
    private readonly string? _bypassHeader = configuration["OpenRegion:PublicCache:BypassHeader"] is { Length: > 0 } header ? header : null;

    private sealed record CachedPage(byte[] Body, string? ContentType);

    public async Task InvokeAsync(HttpContext context, TenantContext tenant)
    {
        var request = context.Request;
        var isHead = HttpMethods.IsHead(request.Method);
        if (!tenant.HasTenant || !(isHead || HttpMethods.IsGet(request.Method))
            || request.Cookies.ContainsKey(AuthCookie)
            || (_bypassHeader is not null && request.Headers.ContainsKey(_bypassHeader)))
        {
            await next(context);
            return;
        }

        var key = Key(context, tenant.TenantId!, tenant.Shell.Generation);
        if (_pages.TryGetValue(key, out CachedPage? page))
        {
            var response = context.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = page!.ContentType;
            response.ContentLength = page.Body.Length;
            if (!isHead)
            {
                await response.Body.WriteAsync(page.Body, context.RequestAborted);
            }

            return;
        }

        var original = context.Response.Body;
        await using var tee = new CapturingStream(original, MaxPageBytes);
        context.Response.Body = tee;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (!isHead && tee.Captured is { } body && IsCacheable(context))
        {
            _pages.Set(key, new CachedPage(body, context.Response.ContentType), new MemoryCacheEntryOptions
            {
                AbsoluteExpirationRelativeToNow = Lifetime,
                Size = body.Length + key.Length * 2 + 64,
            });
        }
    }

    /// <param name="generation">The generation of the shell the page is made with (not the registry's, which may
    /// move on during the request: a page made with the old shell would then be kept under the new key).</param>
    private string Key(HttpContext context, string tenantId, long generation)
    {
        var request = context.Request;
        return string.Create(CultureInfo.InvariantCulture,
            $"{tenantId}|{generation}|{versions.Current(tenantId)}|{CultureInfo.CurrentUICulture.Name}|{request.Scheme}://{request.Host}{request.PathBase}{request.Path}|{request.Query["p"]}|{request.Query["past"]}|{request.Query["section"]}|{request.Query["page"]}|{request.Query["thread"]}|{request.Query["handler"]}|{request.Query["part"]}|{request.Query["format"]}");
    }

    private static bool IsCacheable(HttpContext context)
    {
        var response = context.Response;
        return response.StatusCode == StatusCodes.Status200OK
            && !response.Headers.ContainsKey(HeaderNames.SetCookie)
            && context.User.Identity?.IsAuthenticated != true
            && context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>()?.PolicyName == PublicCache.Policy;
    }

    /// <summary>Passes every write through at once, keeping a copy of the first <c>limit</c> bytes.</summary>
    private sealed class CapturingStream(Stream inner, int limit) : Stream
    {
        private MemoryStream? _copy = new();

        /// <summary>The whole body, or null when it was larger than the limit.</summary>
        public byte[]? Captured => _copy?.ToArray();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            Keep(buffer.AsSpan(offset, count));
            inner.Write(buffer, offset, count);
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Keep(buffer.Span);
            await inner.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private void Keep(ReadOnlySpan<byte> bytes)
        {
            if (_copy is null)
            {
                return;
            }

            if (_copy.Length + bytes.Length > limit)
            {
                _copy = null;
                return;
            }

            _copy.Write(bytes);
        }

        protected override void Dispose(bool disposing)
        {
            _copy = null;
            base.Dispose(disposing);
        }
    }
}
