using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace OpenRegion.Cms.Web.Hosting;

/// <summary>
/// A form sent with a missing or expired antiforgery token (a page left open overnight, a restarted server) is
/// refused, as it must be, but what the visitor typed is not lost: the refusal page shows it back in a fresh form
/// that sends it again, with a new token, once the visitor has checked it.
/// </summary>
public sealed class AntiforgeryFailureFilter(IModelMetadataProvider metadata) : IAlwaysRunResultFilter
{
    private static readonly HashSet<string> Secret = new(StringComparer.OrdinalIgnoreCase) { "Input.Password", "Password", "__RequestVerificationToken" };

    public void OnResultExecuting(ResultExecutingContext context)
    {
        var request = context.HttpContext.Request;
        if (context.Result is not IAntiforgeryValidationFailedResult || !request.HasFormContentType)
        {
            return;
        }

        // The antiforgery check has already read the form, so this does not block on the body.
        var fields = request.Form
            .Where(f => !Secret.Contains(f.Key))
            .SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? "")))
            .ToList();
        var passwords = request.Form.Keys.Where(k => k != "__RequestVerificationToken" && Secret.Contains(k)).ToList();
        var action = $"{request.PathBase}{request.Path}{request.QueryString}";
        context.Result = new ViewResult
        {
            ViewName = "FormExpired",
            StatusCode = StatusCodes.Status400BadRequest,
            ViewData = new ViewDataDictionary<FormExpiredModel>(metadata, new ModelStateDictionary()) { Model = new FormExpiredModel(action, fields, passwords) },
        };
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
