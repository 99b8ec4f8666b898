using System.Globalization;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Web.Tenancy;

/// <summary>
/// Finds the request's tenant, moves its URL prefix into PathBase and binds the tenant to the request scope.
/// Unknown or disabled tenants get a 404 page in the visitor's language; a tenant being set up answers 503 with Retry-After.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next, TenantRegistry registry)
{
    public const int RetryAfterSeconds = 5;

    public async Task InvokeAsync(HttpContext context, TenantContext tenantContext, IStringLocalizer<TenantResolutionMiddleware> T)
    {
        var match = registry.Resolver.Resolve(context.Request.Host.Value, context.Request.Path.Value);
        var tenant = match is null ? null : registry.Find(match.TenantId);
        if (match is null || tenant is null || tenant.State is TenantState.Disabled or TenantState.Failed)
        {
            await WritePageAsync(context, StatusCodes.Status404NotFound, T["Page not found"], T["There is no site at this address. Check the address, or go to the home page of the region."]);
            return;
        }

        if (tenant.State is TenantState.Uninitialized or TenantState.Initializing)
        {
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            await WritePageAsync(context, StatusCodes.Status503ServiceUnavailable, T["This site is being set up"], T["Please come back in a few seconds."]);
            return;
        }

        var shell = await registry.GetShellAsync(tenant.Id, context.RequestAborted);
        if (shell is null)
        {
            await WritePageAsync(context, StatusCodes.Status404NotFound, T["Page not found"], T["There is no site at this address. Check the address, or go to the home page of the region."]);
            return;
        }

        tenantContext.Bind(shell, match.Prefix);
        if (match.Prefix.Length > 0)
        {
            context.Request.PathBase = context.Request.PathBase.Add(match.Prefix);
            context.Request.Path = context.Request.Path.Value!.Length == match.Prefix.Length ? "/" : context.Request.Path.Value[match.Prefix.Length..];
        }

        OpenRegion.Cms.Web.Hosting.PlatformTelemetry.TagTenant(tenant.Id);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            OpenRegion.Cms.Web.Hosting.PlatformTelemetry.RecordRequest(tenant.Id, context.Response.StatusCode, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
    }

    /// <summary>A self-contained page: no tenant means no theme, and it must render even when the rest cannot.</summary>
    private static Task WritePageAsync(HttpContext context, int status, string title, string message)
    {
        var culture = CultureInfo.CurrentUICulture;
        var dir = culture.TextInfo.IsRightToLeft ? "rtl" : "ltr";
        var encoder = System.Text.Encodings.Web.HtmlEncoder.Default;
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="{culture.TwoLetterISOLanguageName}" dir="{dir}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{encoder.Encode(title)}</title>
            <style>body{"{"}font-family:system-ui,sans-serif;margin:0;padding:2rem;color:#1d1d1b;background:#fffdf8{"}"}main{"{"}max-inline-size:40rem;margin-inline:auto;border-block-start:6px solid #1f6b34;padding-block-start:1rem{"}"}a{"{"}color:#125a9c{"}"}</style></head>
            <body><main><h1>{encoder.Encode(title)}</h1><p>{encoder.Encode(message)}</p><p><a href="/">/</a></p></main></body>
            </html>
            """);
    }
}
