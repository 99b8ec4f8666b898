using System.Globalization;
using System.Net.Mail;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
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

    /// <summary>Why the last step was refused (nothing was stored), shown beside the form it came from.</summary>
    public string? Error { get; private set; }

    /// <summary>Which form of the page <see cref="Error"/> belongs to.</summary>
    public string? ErrorFor { get; private set; }

    /// <summary>The page again with the refusal beside <paramref name="form"/>, as a 400.</summary>
    protected IActionResult Refused(string form, string error)
    {
        (Error, ErrorFor) = (error, form);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

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

    /// <summary>A date as the forms' date fields send it (2000–2100); null when empty, or with an error naming the field.</summary>
    public static DateOnly? Date(string? value, string field, IStringLocalizer T, List<string> errors, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(T["Fill in: {0}.", field]);
            }

            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 2000 and <= 2100)
        {
            return date;
        }

        errors.Add(T["{0}: give a date such as {1}.", field, "2026-10-06"]);
        return null;
    }

    /// <summary>An amount in dirhams as people type it ("40000", "40 000", "40.000,50"); null when empty, or with an error.</summary>
    public static decimal? Amount(string? value, string field, IStringLocalizer T, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (Money.Parse(value) is { } amount && amount <= 100_000_000_000m)
        {
            return amount;
        }

        errors.Add(T["{0}: give an amount in dirhams, e.g. 40000.", field]);
        return null;
    }

    /// <summary>A date staff give for a paper filing: not in the future, not more than a year back; today when empty.</summary>
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

    /// <summary>
    /// A request or complaint received on paper: how it came (never "online") and when; the instant it is registered at —
    /// now when received today, noon of the day given otherwise. Null with the errors.
    /// </summary>
    public static DateTimeOffset? PaperReceipt(Cms.Core.Transparency.ReceiptChannel channel, string? receivedOn, DateOnly today, DateTimeOffset now, string channelError, IStringLocalizer T, List<string> errors)
    {
        var received = ReceivedOn(receivedOn, today, T, errors);
        if (channel == Cms.Core.Transparency.ReceiptChannel.Online || !Enum.IsDefined(channel))
        {
            errors.Add(channelError);
        }

        return received is not { } day ? null : day == today ? now : LocalTime.At(day, new TimeOnly(12, 0));
    }
}
