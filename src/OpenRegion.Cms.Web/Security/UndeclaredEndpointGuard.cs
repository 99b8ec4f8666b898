using Microsoft.AspNetCore.Authorization;

namespace OpenRegion.Cms.Web.Security;

/// <summary>
/// Every endpoint says who may use it: an authorization policy (<see cref="AuthorizeAttribute"/>, a folder convention,
/// <c>RequireAuthorization</c>) or, for public pages, <see cref="AllowAnonymousAttribute"/>. An endpoint that says
/// neither is a mistake (a module author forgot), and it fails closed: 403 for everyone, with an error in the log
/// naming it. (Not a fallback authorization policy: that one also applies to addresses no endpoint answers, which
/// would send visitors of a mistyped address to the sign-in page instead of "not found".)
/// </summary>
public sealed class UndeclaredEndpointGuard(RequestDelegate next, ILogger<UndeclaredEndpointGuard> logger)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint() is { } endpoint && !Declares(endpoint))
        {
            logger.LogError("Endpoint {Endpoint} declares no authorization (neither a policy nor AllowAnonymous): refused", endpoint.DisplayName);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }

        return next(context);
    }

    public static bool Declares(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IAuthorizeData>() is not null || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
}
