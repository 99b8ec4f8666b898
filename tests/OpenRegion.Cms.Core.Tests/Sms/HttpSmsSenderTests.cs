using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using OpenRegion.Cms.Core.Sms;

namespace OpenRegion.Cms.Core.Tests.Sms;

/// <summary>The HTTP gateway against a real listener on loopback.</summary>
public sealed class HttpSmsSenderTests : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<(string Body, string? Authorization)> _received = [];
    private readonly string _url;
    private int _status = 200;

    public HttpSmsSenderTests()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _url = $"http://127.0.0.1:{port}/sms/";
        _listener.Prefixes.Add(_url);
        _listener.Start();
        _ = Task.Run(async () =>
        {
            while (_listener.IsListening)
            {
                try
                {
                    var context = await _listener.GetContextAsync();
                    using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                    lock (_received)
                    {
                        _received.Add((reader.ReadToEnd(), context.Request.Headers["Authorization"]));
                    }

                    context.Response.StatusCode = _status;
                    context.Response.Close();
                }
                catch (Exception) when (!_listener.IsListening)
                {
                    return;
                }
            }
        });
    }

    private HttpSmsSender Sender() => new(new HttpClient(), new SmsOptions { Url = _url, ApiKey = "k-123", Sender = "BMK" }, NullLogger<HttpSmsSender>.Instance);

    [Fact]
    public async Task AnArabicMessage_IsPostedAsJson_WithTheKeyAndTheNormalizedNumber()
    {
        await Sender().SendAsync(new SmsMessage("06 12 34 56 78", "تم إيداع عريضتكم تحت رقم 17.", "ar"));

        var (body, authorization) = _received.ShouldHaveSingleItem();
        authorization.ShouldBe("Bearer k-123");
        using var json = JsonDocument.Parse(body);
        json.RootElement.GetProperty("to").GetString().ShouldBe("+212612345678");
        json.RootElement.GetProperty("text").GetString().ShouldBe("تم إيداع عريضتكم تحت رقم 17.");
        json.RootElement.GetProperty("sender").GetString().ShouldBe("BMK");
        json.RootElement.GetProperty("encoding").GetString().ShouldBe("ucs2");
        json.RootElement.GetProperty("segments").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task AGatewayThatRefuses_FailsTheSend_SoTheOutboxRetriesIt()
    {
        _status = 503;
        var error = await Should.ThrowAsync<HttpRequestException>(() => Sender().SendAsync(new SmsMessage("0712345678", "Votre pétition est déposée.")));
        error.Message.ShouldContain("503");
    }

    [Fact]
    public async Task ANumberThatIsNotAMoroccanMobile_IsRefusedBeforeAnythingIsSent()
    {
        await Should.ThrowAsync<ArgumentException>(() => Sender().SendAsync(new SmsMessage("0523123456", "x")));
        _received.ShouldBeEmpty();
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
    }
}
