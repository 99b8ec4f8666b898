using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using OpenRegion.Cms.Core.Email;
using OpenRegion.Cms.Core.Identity;

namespace OpenRegion.Cms.Web.Hosting;

/// <summary>The account e-mails (address confirmation), bilingual so they read well whichever language the citizen uses.</summary>
public sealed class AccountEmails(UserManager<CmsUser> users, IEmailSender email)
{
    public async Task SendConfirmationAsync(CmsUser user, HttpRequest request, CancellationToken cancellationToken)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var link = $"{request.Scheme}://{request.Host}{request.PathBase}/account/confirm?userId={Uri.EscapeDataString(user.Id)}&code={code}";
        var body = $"""
            {user.DisplayName}،
            لتأكيد عنوان بريدكم الإلكتروني وتفعيل حسابكم، افتحوا هذا الرابط:
            {link}

            Bonjour {user.DisplayName},
            Pour confirmer votre adresse e-mail et activer votre compte, ouvrez ce lien :
            {link}
            """;
        await email.SendAsync(new EmailMessage(user.Email!, "تأكيد الحساب / Confirmation de votre compte", body, user.PreferredCulture), cancellationToken);
    }
}
