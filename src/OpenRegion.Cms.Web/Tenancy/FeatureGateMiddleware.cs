using OpenRegion.Cms.Core.Modules;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Web.Tenancy;

/// <summary>After routing: an endpoint of a feature the tenant has not enabled answers 404, as if it did not exist.</summary>
public sealed class FeatureGateMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, TenantContext tenant)
    {
        var feature = context.GetEndpoint()?.Metadata.GetMetadata<FeatureMetadata>();
        if (feature is not null && (!tenant.HasTenant || !tenant.Shell.IsFeatureEnabled(feature.FeatureId)))
        {
            context.SetEndpoint(null);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
