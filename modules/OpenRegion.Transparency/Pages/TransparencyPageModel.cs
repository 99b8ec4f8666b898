using System.Globalization;
using System.Net.Mail;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Security;

namespace OpenRegion.Transparency.Pages;

/// <summary>What the module's pages share: the reader's language and account, staff rights, dates as citizens read them, field checks.</summary>
public abstract class TransparencyPageModel : PageModel
{
    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    protected string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>The name recorded as the one who acted.</summary>
    protected string By => User.Identity?.Name ?? UserId ?? "?";

    public string Day(DateOnly date) => date.ToString("d MMMM yyyy", LocalTime.Culture(Culture));

    public string Day(DateTimeOffset utc) => LocalTime.Format(utc, Culture);

    protected async Task<bool> MayAsync(string permission) =>
        (await HttpContext.RequestServices.GetRequiredService<IAuthorizationService>().AuthorizeAsync(User, PermissionPolicy.Prefix + permission)).Succeeded;

    /// <summary>The trimmed text, or an error naming the field when it is empty or too long.</summary>
    public static string? Required(string? value, int max, string field, IStringLocalizer T, List<string> errors)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            errors.Add(T["Fill in: {0}.", field]);
            return null;
        }

        return Optional(text, max, field, T, errors);
    }

    public static string? Optional(string? value, int max, string field, IStringLocalizer T, List<string> errors)
    {
        var text = value?.Trim();
        if (text is { Length: > 0 } && text.Length > max)
        {
            errors.Add(T["{0}: at most {1} characters.", field, max]);
            return null;
        }

        return string.IsNullOrEmpty(text) ? null : text;
    }

    public static string? Email(string? value, IStringLocalizer T, List<string> errors)
    {
        var email = Optional(value, 256, T["E-mail"], T, errors);
        if (email is not null && !MailAddress.TryCreate(email, out _))
        {
            errors.Add(T["The e-mail address is not valid."]);
            return null;
        }

        return email;
    }

    /// <summary>A date staff give for a paper filing: not in the future, not more than a year back.</summary>
    public static DateOnly? ReceivedOn(string? value, DateOnly today, IStringLocalizer T, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return today;
        }

        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || date > today || date < today.AddYears(-1))
        {
            errors.Add(T["The date of receipt must be today or a day of the past year (e.g. {0}).", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
            return null;
        }

        return date;
    }
}
