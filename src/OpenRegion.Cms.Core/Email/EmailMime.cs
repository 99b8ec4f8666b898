using System.Text;
using MimeKit;
using MimeKit.Text;
using MimeKit.Utils;

namespace OpenRegion.Cms.Core.Email;

/// <summary>One way to turn an <see cref="EmailMessage"/> into MIME, for SMTP and for the pickup folder alike.</summary>
public static class EmailMime
{
    /// <summary>UTF-8 throughout: the subject as an RFC 2047 encoded word, the text body in base64 (Arabic survives any relay).</summary>
    public static MimeMessage Build(EmailMessage message, string from, DateTimeOffset now)
    {
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Date = now,
            MessageId = MimeUtils.GenerateMessageId("openregion.local"),
        };
        mime.From.Add(MailboxAddress.Parse(from));
        mime.To.Add(MailboxAddress.Parse(message.To));
        var body = new TextPart(TextFormat.Plain) { ContentTransferEncoding = ContentEncoding.Base64 };
        body.SetText(Encoding.UTF8, message.TextBody);
        if (message.Culture is { Length: > 0 } culture)
        {
            body.Headers.Add(HeaderId.ContentLanguage, culture); // RFC 3282: the language of the text
        }

        mime.Body = body;
        return mime;
    }
}
