using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;

namespace OpenRegion.Cms.Core.Email;

/// <summary>Sends through an SMTP server ("OpenRegion:Smtp"), with MailKit; one connection per message.</summary>
public sealed class SmtpEmailSender(SmtpOptions options, string from, TimeProvider clock, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var mime = EmailMime.Build(message, from, clock.GetUtcNow());
        using var client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        await client.ConnectAsync(options.Host ?? throw new InvalidOperationException("OpenRegion:Smtp:Host is not set."), options.Port, options.Security, cancellationToken);
        if (!string.IsNullOrEmpty(options.User))
        {
            await client.AuthenticateAsync(options.User, options.Password ?? "", cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        logger.LogInformation("E-mail {MessageId} to {To} sent through {Host}", mime.MessageId, message.To, options.Host);
    }
}

/// <summary>"OpenRegion:Smtp": when <see cref="Host"/> is set, e-mail leaves through this server instead of the pickup folder.</summary>
public sealed class SmtpOptions
{
    public const string Section = "OpenRegion:Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>StartTls (port 587), SslOnConnect (465), Auto, or None (a relay on the same machine only).</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    public string? User { get; set; }

    public string? Password { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
