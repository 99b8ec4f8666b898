using System.Globalization;
using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Web.Hosting;

namespace OpenRegion.Cms.Web.Security;

/// <summary>
/// Applies <see cref="LimitedAttribute"/>: before a limited handler runs (after the antiforgery check, so another
/// site's forged form costs a citizen nothing), the attempt is counted for the account and for the network it comes
/// from. Over the limit the handler does not run: 429, a Retry-After header, and a page in the visitor's language
/// saying when to try again, with what they typed ready to send again.
/// </summary>
public sealed class AttemptLimitFilter(AttemptCounter counter, AttemptLimitOptions options, TimeProvider clock, IModelMetadataProvider metadata, ILogger<AttemptLimitFilter> logger) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerMethod?.MethodInfo.GetCustomAttribute<LimitedAttribute>() is not { } limited)
        {
            await next();
            return;
        }

        var http = context.HttpContext;
        var wait = options.Enabled ? counter.TryTake(limited.Action, options.For(limited.Action), AccountOf(limited.Action, http), AttemptCounter.NetworkOf(http.Connection.RemoteIpAddress)) : null;
        var tenant = http.RequestServices.GetService<TenantContext>()?.TenantId;
        PlatformTelemetry.RecordCitizenAction(tenant, limited.Action, accepted: wait is null);
        if (wait is not { } refused)
        {
            await next();
            return;
        }

        // No personal data in the log: neither the address nor the account.
        logger.LogWarning("Too many {Action} attempts on tenant {Tenant}: refused for {Seconds} s", limited.Action, tenant ?? "-", (int)Math.Ceiling(refused.TotalSeconds));
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(refused.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        context.Result = HeldForm.Of(http.Request, clock.GetUtcNow() + refused).Page("TooManyAttempts", StatusCodes.Status429TooManyRequests, metadata);
    }

    /// <summary>
    /// Whose attempt: the signed-in account; for sign-in and registration (nobody signed in yet), the e-mail
    /// address typed, so that guessing one account's password from many networks is limited too.
    /// </summary>
    private static string? AccountOf(LimitedAction action, HttpContext http)
    {
        if (action is LimitedAction.Login or LimitedAction.Register)
        {
            var email = http.Request.HasFormContentType ? http.Request.Form["Input.Email"].ToString() : "";
            return email.Trim() is { Length: > 0 } typed ? "e:" + typed.ToUpperInvariant() : null;
        }

        return http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } id ? "u:" + id : null;
    }
}
