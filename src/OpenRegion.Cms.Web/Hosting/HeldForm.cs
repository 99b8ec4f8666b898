using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace OpenRegion.Cms.Web.Hosting;

/// <summary>
/// What a visitor had typed into a form the platform refused to act on (an expired antiforgery token, too many
/// attempts): shown back in a fresh form that sends it again, so nothing typed is lost.
/// </summary>
/// <param name="PasswordFields">Password fields are never echoed back: the visitor types them again.</param>
/// <param name="RetryAt">When the form may be sent again (too many attempts), or null.</param>
public sealed record HeldForm(string Action, IReadOnlyList<KeyValuePair<string, string>> Fields, IReadOnlyList<string> PasswordFields, DateTimeOffset? RetryAt = null)
{
    private const string Token = "__RequestVerificationToken";

    /// <summary>Any field named like a password (Password, Input.ConfirmPassword, NewPassword…) is secret.</summary>
    private static bool Secret(string name) => name == Token || name.Contains("password", StringComparison.OrdinalIgnoreCase);

    /// <summary>The form of <paramref name="request"/>, which must already have been read (antiforgery, binding).</summary>
    public static HeldForm Of(HttpRequest request, DateTimeOffset? retryAt = null)
    {
        var form = request.HasFormContentType ? request.Form : FormCollection.Empty;
        var fields = form
            .Where(f => !Secret(f.Key))
            .SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? "")))
            .ToList();
        var passwords = form.Keys.Where(k => k != Token && Secret(k)).ToList();
        return new HeldForm($"{request.PathBase}{request.Path}{request.QueryString}", fields, passwords, retryAt);
    }

    /// <summary>A page (Pages/Shared/<paramref name="view"/>) showing the form back, with <paramref name="status"/>.</summary>
    public ViewResult Page(string view, int status, IModelMetadataProvider metadata) => new()
    {
        ViewName = view,
        StatusCode = status,
        ViewData = new ViewDataDictionary<HeldForm>(metadata, new ModelStateDictionary()) { Model = this },
    };
}
