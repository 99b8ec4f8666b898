using System.Net;
using System.Text.RegularExpressions;

namespace OpenRegion.Cms.Web.Tests.Infrastructure;

/// <summary>What a person with a browser does: open pages, fill in forms (with their antiforgery token), follow redirects by hand.</summary>
public sealed partial class BrowserSession(HttpClient client)
{
    public HttpClient Client { get; } = client;

    public Task<HttpResponseMessage> GetAsync(string url) => Client.GetAsync(url);

    public async Task<string> GetTextAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await Client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, $"GET {url}: {Excerpt(text)}");
        return text;
    }

    /// <summary>Opens <paramref name="formPage"/>, takes the antiforgery token of its form, and posts the fields to <paramref name="action"/> (default: the same page).</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string formPage, IDictionary<string, string> fields, string? action = null)
    {
        var html = await GetTextAsync(formPage);
        var token = TokenPattern().Match(html);
        token.Success.ShouldBeTrue($"No antiforgery token on {formPage}");

        // Like a browser, send the form's hidden Input.* fields (e.g. the version an editor started from) unless given.
        var all = new Dictionary<string, string>(fields);
        foreach (Match hidden in HiddenInputPattern().Matches(html))
        {
            all.TryAdd(hidden.Groups[1].Value, System.Net.WebUtility.HtmlDecode(hidden.Groups[2].Value));
        }

        return await PostAsync(action ?? formPage, all, token.Groups[1].Value);
    }

    public Task<HttpResponseMessage> PostAsync(string url, IDictionary<string, string> fields, string? antiforgeryToken)
    {
        var values = new List<KeyValuePair<string, string>>(fields);
        if (antiforgeryToken is not null)
        {
            values.Add(new("__RequestVerificationToken", antiforgeryToken));
        }

        return Client.PostAsync(url, new FormUrlEncodedContent(values));
    }

    public async Task LogInAsync(string email, string password, string tenantPrefix = "")
    {
        var response = await SubmitAsync($"{tenantPrefix}/account/login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"log-in of {email} failed: {Excerpt(await response.Content.ReadAsStringAsync())}");
    }

    public static string Excerpt(string text) => text.Length > 600 ? text[..600] : text;

    [GeneratedRegex("<input type=\"hidden\"[^>]*name=\"(Input\\.[^\"]+)\"[^>]*value=\"([^\"]*)\"")]
    private static partial Regex HiddenInputPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
