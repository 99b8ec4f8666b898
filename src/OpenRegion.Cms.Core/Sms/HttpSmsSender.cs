using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;

namespace OpenRegion.Cms.Core.Sms;

/// <summary>Operator settings of the SMS gateway ("OpenRegion:Sms"); without a URL, SMS are written to files.</summary>
public sealed class SmsOptions
{
    public const string Section = "OpenRegion:Sms";

    /// <summary>The gateway's endpoint (https), which takes one message per POST.</summary>
    public string? Url { get; set; }

    /// <summary>Sent as <c>Authorization: Bearer …</c>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The sender name or number shown on phones (as registered with the operator).</summary>
    public string? Sender { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);
}

/// <summary>
/// A gateway reached over HTTP: each message is POSTed as JSON <c>{ "to": "+2126…", "text": "…", "sender": "…",
/// "encoding": "ucs2" | "gsm7", "segments": n }</c>; any answer other than 2xx fails the send, and the outbox
/// retries it with backoff. Operators whose provider speaks another dialect put a small relay in front.
/// </summary>
public sealed class HttpSmsSender(HttpClient http, SmsOptions options, ILogger<HttpSmsSender> logger) : ISmsSender
{
    public async Task SendAsync(SmsMessage message, CancellationToken cancellationToken = default)
    {
        var to = PhoneNumbers.NormalizeMoroccanMobile(message.To)
            ?? throw new ArgumentException($"Not a Moroccan mobile number: {message.To}", nameof(message));
        var segments = FileSmsSender.Segments(message.Text);
        using var request = new HttpRequestMessage(HttpMethod.Post, options.Url)
        {
            Content = JsonContent.Create(new
            {
                to,
                text = message.Text,
                sender = options.Sender,
                encoding = FileSmsSender.IsGsm7(message.Text) ? "gsm7" : "ucs2",
                segments,
            }),
        };
        if (!string.IsNullOrEmpty(options.ApiKey))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.ApiKey);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The SMS gateway answered {(int)response.StatusCode} {response.ReasonPhrase}.");
        }

        logger.LogInformation("SMS to {To} accepted by the gateway ({Segments} segment(s))", to, segments);
    }
}
