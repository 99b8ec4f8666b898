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

    /// <summary>
    /// Like a person filling in a form: every field keeps what the page shows (text inputs, text areas, hidden
    /// fields, ticked boxes) unless <paramref name="fields"/> changes it; then the form is posted with its token.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string formPage, IDictionary<string, string> fields, string? action = null)
    {
        var html = await GetTextAsync(formPage);
        return await PostFormAsync(html, action ?? formPage, fields);
    }

    /// <summary>Posts the form of an already loaded page (e.g. one shown again with errors) with some fields changed.</summary>
    public Task<HttpResponseMessage> PostFormAsync(string html, string action, IDictionary<string, string> fields)
    {
        // The token must be in the form being sent: a token elsewhere on the page (the log-out form) proves nothing.
        var form = FormPattern().Matches(html).Select(m => m.Value).FirstOrDefault(f => f.Contains("name=\"Input.", StringComparison.Ordinal)) ?? html;
        var token = TokenPattern().Match(form);
        token.Success.ShouldBeTrue("No antiforgery token in the form");
        var all = new Dictionary<string, string>(fields);
        foreach (var (name, value) in FormValues(html))
        {
            all.TryAdd(name, value);
        }

        return PostAsync(action, all, token.Groups[1].Value);
    }

    /// <summary>The Input.* values a browser would submit from <paramref name="html"/>.</summary>
    public static IEnumerable<(string Name, string Value)> FormValues(string html)
    {
        foreach (Match input in InputTagPattern().Matches(html))
        {
            var tag = input.Value;
            var name = Attribute(tag, "name");
            var type = Attribute(tag, "type") ?? "text";
            if (name is null || !name.StartsWith("Input.", StringComparison.Ordinal) || type is "submit" or "button"
                || type is "checkbox" or "radio" && !tag.Contains(" checked", StringComparison.Ordinal))
            {
                continue;
            }

            yield return (System.Net.WebUtility.HtmlDecode(name), System.Net.WebUtility.HtmlDecode(Attribute(tag, "value") ?? ""));
        }

        foreach (Match area in TextAreaPattern().Matches(html))
        {
            var text = area.Groups[2].Value;
            // The HTML parser drops one newline right after <textarea>.
            text = text.StartsWith("\r\n", StringComparison.Ordinal) ? text[2..] : text.StartsWith('\n') ? text[1..] : text;
            yield return (System.Net.WebUtility.HtmlDecode(area.Groups[1].Value), System.Net.WebUtility.HtmlDecode(text));
        }
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"");
        return match.Success ? match.Groups[1].Value : null;
    }

    public Task<HttpResponseMessage> PostAsync(string url, IDictionary<string, string> fields, string? antiforgeryToken) =>
        PostAsync(url, (IEnumerable<KeyValuePair<string, string>>)fields, antiforgeryToken);

    /// <summary>Opens <paramref name="formPage"/> for its antiforgery token, then posts the fields, a name given several times as a browser sends ticked boxes.</summary>
    public async Task<HttpResponseMessage> PostFieldsAsync(string formPage, string action, params (string Name, string Value)[] fields) =>
        await PostAsync(action, fields.Select(f => KeyValuePair.Create(f.Name, f.Value)), await TokenAsync(formPage));

    /// <summary>A multipart form (with files) as a browser sends it, with the antiforgery token of <paramref name="formPage"/>.</summary>
    public async Task<HttpResponseMessage> PostMultipartAsync(string formPage, string action, IDictionary<string, string> fields, params (string Name, string FileName, byte[] Content)[] files)
    {
        var content = new MultipartFormDataContent { { new StringContent(await TokenAsync(formPage)), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (name, fileName, bytes) in files)
        {
            content.Add(new ByteArrayContent(bytes), name, fileName);
        }

        return await Client.PostAsync(action, content);
    }

    public async Task<string> TokenAsync(string formPage)
    {
        var token = TokenPattern().Match(await GetTextAsync(formPage));
        token.Success.ShouldBeTrue($"No antiforgery token on {formPage}");
        return token.Groups[1].Value;
    }

    public Task<HttpResponseMessage> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields, string? antiforgeryToken)
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

    [GeneratedRegex("<form\\s.*?</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<input\\s[^>]*>")]
    private static partial Regex InputTagPattern();

    [GeneratedRegex("<textarea[^>]*\\sname=\"(Input\\.[^\"]+)\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextAreaPattern();

    [GeneratedRegex("<input type=\"hidden\"[^>]*name=\"(Input\\.[^\"]+)\"[^>]*value=\"([^\"]*)\"")]
    private static partial Regex HiddenInputPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
