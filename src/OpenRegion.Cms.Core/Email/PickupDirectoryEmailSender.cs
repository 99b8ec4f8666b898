using Microsoft.Extensions.Logging;

namespace OpenRegion.Cms.Core.Email;

/// <summary>
/// Until SMTP is configured, messages are written as .eml files (the same MIME as would be sent) in the data
/// directory's mail folder, where an operator or a test can open them.
/// </summary>
public sealed class PickupDirectoryEmailSender(string directory, string from, TimeProvider clock, ILogger<PickupDirectoryEmailSender> logger) : IEmailSender
{
    public string Directory { get; } = directory;

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var now = clock.GetUtcNow();
        var mime = EmailMime.Build(message, from, now);
        var path = Path.Combine(Directory, $"{now:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        await using (var file = File.Create(path + ".part"))
        {
            await mime.WriteToAsync(file, cancellationToken);
        }

        File.Move(path + ".part", path); // whoever watches the folder never reads half a message
        logger.LogInformation("E-mail to {To} written to {Path} (SMTP not configured)", message.To, path);
    }
}
