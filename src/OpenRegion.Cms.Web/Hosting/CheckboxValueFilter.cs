using System.Collections;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.Filters;

namespace OpenRegion.Cms.Web.Hosting;

/// <summary>
/// A yes/no field sent with something other than true or false (a forged or garbled form) is refused by model
/// binding, as it should be; but when the page is shown again with its errors, the checkbox tag helper would try to
/// read that value back as a boolean and fail with a 500. Before the page is shown, such values are dropped from the
/// model state (the error stays, and the checkbox shows the model's value). Text the visitor typed is untouched.
/// </summary>
public sealed class CheckboxValueFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
        var modelState = context.ModelState;
        if (modelState.IsValid || context.HandlerInstance is not { } instance)
        {
            return;
        }

        foreach (var (key, entry) in modelState.ToList())
        {
            if (entry is not null && entry.ValidationState == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid
                && entry.AttemptedValue is { } attempted && !bool.TryParse(attempted.Split(',')[0], out _)
                && TypeAt(instance.GetType(), key) is { } type && (Nullable.GetUnderlyingType(type) ?? type) == typeof(bool))
            {
                modelState.SetModelValue(key, rawValue: null, attemptedValue: null);
            }
        }
    }

    /// <summary>The type of the property a model-state key ("Input.Flags[2].Sms") names, from the page model.</summary>
    private static Type? TypeAt(Type root, string key)
    {
        var type = root;
        foreach (var part in key.Split('.'))
        {
            var name = part.Split('[')[0];
            var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null)
            {
                return null;
            }

            type = property.PropertyType;
            if (part.Contains('[') && type != typeof(string))
            {
                type = type.IsArray ? type.GetElementType()!
                    : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0]
                    ?? (typeof(IEnumerable).IsAssignableFrom(type) ? typeof(object) : type);
            }
        }

        return type;
    }
}
