using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Filters;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Consultations.Domain;

/// <summary>
/// Anonymous readers get a consultation's page from the public page cache; whatever changes one — a comment, a
/// reaction, a report, a hidden contribution, a workshop, a survey answer, an idea, the synthesis — is a successful
/// POST to one of this module's pages, after which the tenant's content version moves on, so the next anonymous
/// request renders afresh (a hidden contribution never lingers in the cache).
/// </summary>
public sealed class PublicPagesChanged(ContentVersions versions, TenantContext tenant) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (!HttpMethods.IsGet(context.HttpContext.Request.Method) && !HttpMethods.IsHead(context.HttpContext.Request.Method)
            && context.HandlerInstance.GetType().Assembly == typeof(PublicPagesChanged).Assembly
            && executed.Exception is null && tenant.HasTenant)
        {
            versions.Bump(tenant.TenantId!);
        }
    }
}
