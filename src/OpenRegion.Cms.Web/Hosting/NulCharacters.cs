using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace OpenRegion.Cms.Web.Hosting;

/// <summary>
/// The NUL character is never text a person typed, and PostgreSQL refuses it in any string (a 500 where SQLite would
/// store it). It is taken out of what reaches the platform: the query string (before anything reads it), every string
/// bound from a form, a query or a route; an address whose path holds one is a bad request.
/// </summary>
public sealed class NulCharacterMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Path.Value?.Contains('\0') == true)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return Task.CompletedTask;
        }

        if (request.QueryString.Value is { } query && query.Contains("%00", StringComparison.Ordinal))
        {
            request.QueryString = new QueryString(query.Replace("%00", "", StringComparison.Ordinal));
        }

        return next(context);
    }
}

/// <summary>Binds strings as usual, without NUL characters.</summary>
public sealed class NulFreeStringBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        // Greedy sources (the body read by a formatter, services, files) are left to their own binders.
        context.Metadata.ModelType == typeof(string) && context.Metadata.BindingSource?.IsGreedy != true
            ? new NulFreeStringBinder(new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>()))
            : null;

    private sealed class NulFreeStringBinder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext);
            if (bindingContext.Result is { IsModelSet: true, Model: string text } && text.Contains('\0'))
            {
                bindingContext.Result = ModelBindingResult.Success(text.Replace("\0", "", StringComparison.Ordinal));
            }
        }
    }
}

/// <summary>
/// A form body the framework cannot read (a NUL character, bytes that are not a form) is a bad request, not a
/// server error: 400, shown as the localized error page, with the unreadable form set aside so that the error page
/// itself does not trip on it again.
/// </summary>
public sealed class MalformedFormMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (!context.Response.HasStarted && IsMalformedForm(ex))
        {
            context.Features.Set<Microsoft.AspNetCore.Http.Features.IFormFeature>(new Microsoft.AspNetCore.Http.Features.FormFeature(FormCollection.Empty));
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    private static bool IsMalformedForm(Exception ex) => ex switch
    {
        InvalidDataException => true,
        Microsoft.AspNetCore.Mvc.ModelBinding.ValueProviderException { InnerException: InvalidDataException } => true,
        _ => false,
    };
}
