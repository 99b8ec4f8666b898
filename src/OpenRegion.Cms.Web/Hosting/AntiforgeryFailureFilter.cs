using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace OpenRegion.Cms.Web.Hosting;

/// <summary>
/// A form sent with a missing or expired antiforgery token (a page left open overnight, a restarted server) is
/// refused, as it must be, but what the visitor typed is not lost: the refusal page shows it back in a fresh form
/// that sends it again, with a new token, once the visitor has checked it.
/// </summary>
public sealed class AntiforgeryFailureFilter(IModelMetadataProvider metadata) : IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        var request = context.HttpContext.Request;
        if (context.Result is not IAntiforgeryValidationFailedResult || !request.HasFormContentType)
        {
            return;
        }

        // The antiforgery check has already read the form, so this does not block on the body.
        context.Result = HeldForm.Of(request).Page("FormExpired", StatusCodes.Status400BadRequest, metadata);
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
