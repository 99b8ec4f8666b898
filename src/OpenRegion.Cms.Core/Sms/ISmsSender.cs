using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace OpenRegion.Cms.Core.Sms;

/// <summary>A text message to a phone number in international form (+212…).</summary>
public sealed record SmsMessage(string To, string Text, string? Culture = null);

/// <summary>Where SMS leave the platform: a gateway's API in production, a folder until one is configured.</summary>
public interface ISmsSender
{
    Task SendAsync(SmsMessage message, CancellationToken cancellationToken = default);
}

/// <summary>Phone numbers as citizens type them, in the one form gateways take.</summary>
public static partial class PhoneNumbers
{
    /// <summary>
    /// A Moroccan mobile number (06…, 07…, +2126…, 002126…, spaces, dots and dashes allowed) as "+2126XXXXXXXX";
    /// null when it is not one.
    /// </summary>
    public static string? NormalizeMoroccanMobile(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var digits = Separators().Replace(input.Trim(), "");
        digits = digits.StartsWith("00212", StringComparison.Ordinal) ? "+212" + digits[5..]
            : digits.StartsWith('0') ? "+212" + digits[1..]
            : digits;
        return Mobile().IsMatch(digits) ? digits : null;
    }

    [GeneratedRegex(@"[\s.\-()]", RegexOptions.None, 100)]
    private static partial Regex Separators();

    [GeneratedRegex(@"^\+212[67][0-9]{8}$", RegexOptions.None, 100)]
    private static partial Regex Mobile();
}

/// <summary>
/// Development and test gateway: each message is a JSON file in the data directory's sms folder (number, text,
/// culture, time, the number of SMS segments it would cost), where an operator or a test can read it.
/// </summary>
public sealed class FileSmsSender(string directory, TimeProvider clock, ILogger<FileSmsSender> logger) : ISmsSender
{
    // Arabic stays readable in the file (an operator reads what would have been sent).
    private static readonly JsonSerializerOptions FileOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public string Directory { get; } = directory;

    public async Task SendAsync(SmsMessage message, CancellationToken cancellationToken = default)
    {
        var to = PhoneNumbers.NormalizeMoroccanMobile(message.To)
            ?? throw new ArgumentException($"Not a Moroccan mobile number: {message.To}", nameof(message));
        System.IO.Directory.CreateDirectory(Directory);
        var now = clock.GetUtcNow();
        var path = Path.Combine(Directory, $"{now:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.json");
        var record = new { To = to, message.Text, message.Culture, SentUtc = now, Segments = Segments(message.Text) };
        await File.WriteAllTextAsync(path + ".part", JsonSerializer.Serialize(record, FileOptions), cancellationToken);
        File.Move(path + ".part", path);
        logger.LogInformation("SMS to {To} written to {Path} (no gateway configured)", to, path);
    }

    /// <summary>
    /// How many SMS a text costs: GSM-7 for plain Latin text (160, or 153 per part), UCS-2 as soon as it has Arabic
    /// or other characters outside GSM-7 (70, or 67 per part).
    /// </summary>
    public static int Segments(string text)
    {
        var gsm = IsGsm7(text);
        var length = text.Length;
        var (single, part) = gsm ? (160, 153) : (70, 67);
        return length <= single ? 1 : (length + part - 1) / part;
    }

    /// <summary>Whether the text fits the GSM 7-bit alphabet (plain Latin text; Arabic never does).</summary>
    public static bool IsGsm7(string text) => text.All(c => c < 128 && c != '`' || "éèùìòÇØøÅåÉÄÖÑÜ§äöñüà£¥".Contains(c));
}
