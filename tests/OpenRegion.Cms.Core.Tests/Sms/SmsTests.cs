using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using OpenRegion.Cms.Core.Sms;

namespace OpenRegion.Cms.Core.Tests.Sms;

public sealed class SmsTests
{
    [Theory]
    [InlineData("0612345678", "+212612345678")]
    [InlineData("06 12 34 56 78", "+212612345678")]
    [InlineData("07-12.34.56.78", "+212712345678")]
    [InlineData("+212 6 12 34 56 78", "+212612345678")]
    [InlineData("00212712345678", "+212712345678")]
    public void MoroccanMobileNumbers_AreNormalized(string input, string expected) =>
        PhoneNumbers.NormalizeMoroccanMobile(input).ShouldBe(expected);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0523123456")] // a landline (Béni Mellal): no SMS
    [InlineData("061234567")]
    [InlineData("+33612345678")]
    [InlineData("06123456789")]
    [InlineData("٠٦١٢٣٤٥٦٧٨")] // Arabic-Indic digits are not taken silently
    public void OtherNumbers_AreRefused(string? input) => PhoneNumbers.NormalizeMoroccanMobile(input).ShouldBeNull();

    [Theory]
    [InlineData("Votre pétition est déposée.", 1)]
    [InlineData("تم إيداع عريضتكم.", 1)]
    public void ShortTexts_CostOneSms(string text, int segments) => FileSmsSender.Segments(text).ShouldBe(segments);

    [Fact]
    public void ArabicTexts_CountSeventyCharactersPerSms()
    {
        FileSmsSender.Segments(new string('ع', 70)).ShouldBe(1);
        FileSmsSender.Segments(new string('ع', 71)).ShouldBe(2);
        FileSmsSender.Segments(new string('e', 160)).ShouldBe(1);
        FileSmsSender.Segments(new string('e', 161)).ShouldBe(2);
    }

    [Fact]
    public async Task TheFileGateway_WritesTheNormalizedNumberAndTheArabicText()
    {
        var folder = Path.Combine(Path.GetTempPath(), "openregion-sms-" + Guid.NewGuid().ToString("N"));
        try
        {
            var sender = new FileSmsSender(folder, TimeProvider.System, NullLogger<FileSmsSender>.Instance);
            await sender.SendAsync(new SmsMessage("06 12 34 56 78", "تم إيداع عريضتكم تحت رقم 2026-017.", "ar"));
            await Should.ThrowAsync<ArgumentException>(() => sender.SendAsync(new SmsMessage("0523123456", "x")));

            var file = Directory.GetFiles(folder).ShouldHaveSingleItem();
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(file));
            json.RootElement.GetProperty("to").GetString().ShouldBe("+212612345678");
            json.RootElement.GetProperty("text").GetString().ShouldBe("تم إيداع عريضتكم تحت رقم 2026-017.");
            json.RootElement.GetProperty("segments").GetInt32().ShouldBe(1);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
