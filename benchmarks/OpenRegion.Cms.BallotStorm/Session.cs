using System.Net;
using System.Text.RegularExpressions;

namespace OpenRegion.Cms.BallotStorm;

/// <summary>One browser: its cookies (sign-in, antiforgery), its form token, and the requests a voter or a counter clerk makes.</summary>
public sealed partial class Session : IDisposable
{
    private static int _shownRefusals;
    private readonly HttpClient _client;
    private string _token = "";

    /// <param name="header">A header sent with every request (e.g. the one that makes the host skip its public page cache).</param>
    public Session(string baseUrl, string? header = null)
    {
        var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        _client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
        if (header is not null)
        {
            _client.DefaultRequestHeaders.Add(header, "1");
        }
    }

    public async Task LogInAsync(string email, string password)
    {
        await LoadTokenAsync("/beni-mellal/account/login");
        using var response = await _client.PostAsync("/beni-mellal/account/login", Form(("Input.Email", email), ("Input.Password", password)));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"log-in of {email}: {(int)response.StatusCode}");
        }
    }

    /// <summary>Opens a form page and keeps its antiforgery token for the posts that follow.</summary>
    public async Task LoadTokenAsync(string page)
    {
        var html = await _client.GetStringAsync(page);
        _token = TokenPattern().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("No form token on " + page);
    }

    /// <summary>Posts a ballot form and follows the redirect to read the receipt code, as a browser does; null when refused.</summary>
    public async Task<string?> CastAsync(string action, params (string Name, string Value)[] fields)
    {
        using var response = await _client.PostAsync(action, Form(fields));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            if ((int)response.StatusCode >= 500)
            {
                throw new HttpRequestException($"{(int)response.StatusCode} from {action}");
            }

            if (Interlocked.Increment(ref _shownRefusals) <= 3)
            {
                var body = await response.Content.ReadAsStringAsync();
                var reasons = ReasonsPattern().Match(body);
                Console.Error.WriteLine($"  refused ({(int)response.StatusCode}): {(reasons.Success ? System.Net.WebUtility.HtmlDecode(reasons.Groups[1].Value).Trim() : body[..Math.Min(300, body.Length)])}");
            }

            return null;
        }

        var page = await _client.GetStringAsync(response.Headers.Location);
        return ReceiptPattern().Match(page) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("No receipt after a ballot was taken.");
    }

    /// <summary>A page's HTML as this browser gets it.</summary>
    public Task<string> GetStringAsync(string path) => _client.GetStringAsync(path);

    /// <summary>A GET that answers 200 (the body read to its end, as a browser does).</summary>
    public async Task<bool> GetOkAsync(string path)
    {
        try
        {
            using var response = await _client.GetAsync(path);
            await response.Content.ReadAsByteArrayAsync();
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    /// <summary>A form post with the session's token that the server accepts (it redirects).</summary>
    public async Task<bool> PostRedirectAsync(string action, params (string Name, string Value)[] fields)
    {
        try
        {
            using var response = await _client.PostAsync(action, Form(fields));
            return response.StatusCode == HttpStatusCode.Redirect;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new([.. fields.Select(f => KeyValuePair.Create(f.Name, f.Value)), KeyValuePair.Create("__RequestVerificationToken", _token)]);

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<div class=\"notice error\" role=\"alert\">(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex ReasonsPattern();

    [GeneratedRegex("class=\"receipt-code\" dir=\"ltr\">([A-Z0-9-]+)<")]
    private static partial Regex ReceiptPattern();
}
