using MailKit.Security;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;
using OpenRegion.Cms.Core.Email;

namespace OpenRegion.Cms.Core.Tests.Email;

public sealed class EmailSenderTests
{
    private static readonly EmailMessage Arabic = new(
        "citoyen@example.test",
        "عريضتكم: تم إيداعها بتاريخ 24 نونبر 2026",
        "السيد(ة) المحترم(ة)،\nتم إيداع العريضة «تهيئة حديقة الحي» لدى مكتب مجلس جماعة أزيلال.\nرقم الإيداع: 2026-017",
        "ar");

    [Fact]
    public async Task AnArabicMessage_ReachesARealSmtpServer_AsWellFormedUtf8Mime()
    {
        await using var sink = new SmtpSink();
        var sender = new SmtpEmailSender(
            new SmtpOptions { Host = "127.0.0.1", Port = sink.Port, Security = SecureSocketOptions.None, Timeout = TimeSpan.FromSeconds(10) },
            "جهة بني ملال خنيفرة <no-reply@region.test>", TimeProvider.System, NullLogger<SmtpEmailSender>.Instance);

        await sender.SendAsync(Arabic);

        var (from, to, data) = sink.Received.ShouldHaveSingleItem();
        from.ShouldBe("no-reply@region.test");
        to.ShouldBe(["citoyen@example.test"]);
        var raw = System.Text.Encoding.Latin1.GetString(data);
        raw.ShouldContain("Subject: =?utf-8?"); // an RFC 2047 encoded word, not raw bytes in a header
        raw.ShouldContain("Content-Transfer-Encoding: base64");
        raw.ShouldContain("Content-Language: ar");

        using var stream = new MemoryStream(data);
        var message = await MimeMessage.LoadAsync(stream);
        message.Subject.ShouldBe(Arabic.Subject);
        message.TextBody.ShouldBe(Arabic.TextBody);
        message.From.Mailboxes.Single().Name.ShouldBe("جهة بني ملال خنيفرة");
        message.Body.ShouldBeOfType<TextPart>().ContentType.Charset.ShouldBe("utf-8");
    }

    [Fact]
    public async Task AServerThatIsNotThere_FailsTheSend_SoTheOutboxRetries()
    {
        var port = new SmtpSinkPort().Free();
        var sender = new SmtpEmailSender(new SmtpOptions { Host = "127.0.0.1", Port = port, Security = SecureSocketOptions.None, Timeout = TimeSpan.FromSeconds(5) },
            "no-reply@region.test", TimeProvider.System, NullLogger<SmtpEmailSender>.Instance);

        await Should.ThrowAsync<System.Net.Sockets.SocketException>(() => sender.SendAsync(Arabic));
    }

    [Fact]
    public async Task ThePickupFolder_HoldsTheSameMime_ReadableBack()
    {
        var folder = Path.Combine(Path.GetTempPath(), "openregion-mail-" + Guid.NewGuid().ToString("N"));
        try
        {
            var sender = new PickupDirectoryEmailSender(folder, "no-reply@region.test", TimeProvider.System, NullLogger<PickupDirectoryEmailSender>.Instance);
            await sender.SendAsync(Arabic);

            var file = Directory.GetFiles(folder).ShouldHaveSingleItem();
            file.ShouldEndWith(".eml");
            var message = await MimeMessage.LoadAsync(file);
            message.Subject.ShouldBe(Arabic.Subject);
            message.TextBody.ShouldBe(Arabic.TextBody);
            message.Body.ShouldNotBeNull().Headers[HeaderId.ContentLanguage].ShouldBe("ar");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed class SmtpSinkPort
    {
        public int Free()
        {
            var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            listener.Start();
            var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }
    }
}
