using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;

namespace OpenRegion.Cms.Core.Email;

/// <summary>
/// Until SMTP is configured, messages are written as .eml files (RFC 5322, UTF-8, base64 body) in the data
/// directory's mail folder, where an operator or a test can open them.
/// </summary>
public sealed class PickupDirectoryEmailSender(string directory, string from, TimeProvider clock, ILogger<PickupDirectoryEmailSender> logger) : IEmailSender
{
    public string Directory { get; } = directory;

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var now = clock.GetUtcNow();
        var id = Guid.NewGuid().ToString("N");
        var builder = new StringBuilder();
        builder.Append("Message-ID: <").Append(id).Append("@openregion.local>\r\n");
        builder.Append("Date: ").Append(now.ToString("ddd, dd MMM yyyy HH:mm:ss +0000", CultureInfo.InvariantCulture)).Append("\r\n");
        builder.Append("From: ").Append(from).Append("\r\n");
        builder.Append("To: ").Append(message.To).Append("\r\n");
        builder.Append("Subject: =?utf-8?B?").Append(Convert.ToBase64String(Encoding.UTF8.GetBytes(message.Subject))).Append("?=\r\n");
        if (message.Culture is not null)
        {
            builder.Append("Content-Language: ").Append(message.Culture).Append("\r\n");
        }

        builder.Append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n");
        var body = Convert.ToBase64String(Encoding.UTF8.GetBytes(message.TextBody));
        for (var i = 0; i < body.Length; i += 76)
        {
            builder.Append(body.AsSpan(i, Math.Min(76, body.Length - i))).Append("\r\n");
        }

        var path = Path.Combine(Directory, $"{now:yyyyMMddHHmmssfff}-{id}.eml");
        await File.WriteAllTextAsync(path, builder.ToString(), cancellationToken);
        logger.LogInformation("E-mail to {To} written to {Path} (SMTP not configured)", message.To, path);
    }
}
