using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OpenRegion.Cms.Web.Tests.Security;

/// <summary>
/// Every form the platform shows, found by opening every page of every endpoint (endpoint data source) with the
/// tenant's real ids and slugs, as its administrator: each form is sent with hostile input — script and event-handler
/// payloads, bidi overrides, oversized Arabic text, SQL meta-characters, huge and negative numbers, missing fields,
/// malformed UTF-8 — in Arabic and French. No answer may be a 500; every page answered is in the language asked; then
/// every page is opened again and none may carry a live script payload (stored XSS). The GET endpoints (open data,
/// feeds, search) get the same payloads in their query strings.
/// </summary>
public abstract partial class InputSuiteTests<TFactory>(TFactory factory, ITestOutputHelper output) : IClassFixture<TFactory> where TFactory : PlatformFactory
{
    private const string B = "beni-mellal";

    private const string Script = "<script>alert('xss1')</script><img src=x onerror=alert('xss2')><a href=\"javascript:alert('xss3')\">lien</a> [lien](javascript:alert('xss4')) <svg onload=alert('xss5')> **gras** مرحبا";

    private const string Bidi = "\u202Eعنوان مقلوب\u202C \u2067فاتح\u2069 \u200Fتجربة‏ \u202Dtest\u202C ضد";

    private static readonly string Oversized = string.Concat(Enumerable.Repeat("نص طويل جدا ", 9_000));

    private const string Sql = "' OR '1'='1'; DROP TABLE \"Petitions\"; -- \\\" ; SELECT pg_sleep(5); %_ \u0000 nul";

    private const string Huge = "999999999999999999999999999999";

    /// <summary>How each payload is put in a form: on the visible text fields only (so the rest stays valid and the text may be stored), or in every field.</summary>
    private enum Fill { VisibleText, Every, Nothing, RawBytes }

    private static readonly (string Name, string Value, Fill Fill)[] Payloads =
    [
        ("script", Script, Fill.VisibleText),
        ("bidi", Bidi, Fill.VisibleText),
        ("oversized", Oversized, Fill.VisibleText),
        ("sql", Sql, Fill.Every),
        ("huge", Huge, Fill.Every),
        ("negative", "-1", Fill.Every),
        ("missing", "", Fill.Nothing),
        ("utf8", "", Fill.RawBytes),
    ];

    [GeneratedRegex("<([a-zA-Z][a-zA-Z0-9]*)\\b([^>]*)>", RegexOptions.Singleline)]
    private static partial Regex Tag();

    [GeneratedRegex("<script\\b[^>]*>([^<]*)</script>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    /// <summary>
    /// Where a payload would run: an inline script with our payload, an event-handler attribute on a real tag, a
    /// javascript: address. (Payloads shown as text are encoded: their "&lt;" starts no tag.)
    /// </summary>
    private static string? LiveScript(string html)
    {
        if (InlineScript().Matches(html).FirstOrDefault(m => m.Groups[1].Value.Contains("xss", StringComparison.Ordinal)) is { } script)
        {
            return script.Value;
        }

        foreach (Match tag in Tag().Matches(html))
        {
            foreach (var (name, value) in AttributesOf(tag.Groups[2].Value))
            {
                if (name.StartsWith("on", StringComparison.Ordinal) || (name is "href" or "src" or "action" or "formaction" && value.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)))
                {
                    return tag.Value;
                }
            }
        }

        return null;
    }

    [GeneratedRegex("<form\\b([^>]*)>(.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormTag();

    [GeneratedRegex("<(input)\\b([^>]*)>()|<(textarea|select)\\b([^>]*)>(.*?)</\\4>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FieldTag();

    [GeneratedRegex("\\b([a-zA-Z-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))")]
    private static partial Regex Attribute();

    [GeneratedRegex("<button\\b([^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex ButtonTag();

    [GeneratedRegex("<option\\b([^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex OptionTag();

    [GeneratedRegex("<html lang=\"([a-z]+)\"")]
    private static partial Regex HtmlLang();

    private sealed record Field(string Name, string Type, string Value);

    private sealed record Form(string Page, string Method, string Action, IReadOnlyList<Field> Fields);

    private static Dictionary<string, string> AttributesOf(string tag) =>
        Attribute().Matches(tag).GroupBy(m => m.Groups[1].Value.ToLowerInvariant())
            .ToDictionary(g => g.Key, g => WebUtility.HtmlDecode(g.First().Groups[2].Success ? g.First().Groups[2].Value : g.First().Groups[3].Success ? g.First().Groups[3].Value : g.First().Groups[4].Value));

    private static IEnumerable<Form> FormsOf(string page, string html)
    {
        foreach (Match form in FormTag().Matches(html))
        {
            var attributes = AttributesOf(form.Groups[1].Value);
            var fields = new List<Field>();
            foreach (Match field in FieldTag().Matches(form.Groups[2].Value))
            {
                var (tagName, tagAttributes, content) = field.Groups[1].Success ? (field.Groups[1].Value, field.Groups[2].Value, "") : (field.Groups[4].Value, field.Groups[5].Value, field.Groups[6].Value);
                var a = AttributesOf(tagAttributes);
                if (!a.TryGetValue("name", out var name) || name.Length == 0)
                {
                    continue;
                }

                var kind = tagName.ToLowerInvariant();
                var type = kind == "input" ? a.GetValueOrDefault("type", "text").ToLowerInvariant() : kind;
                if (type is "submit" or "button" or "file" or "image" || (type is "checkbox" or "radio" && !a.ContainsKey("checked")))
                {
                    continue;
                }

                var value = kind switch
                {
                    "textarea" => WebUtility.HtmlDecode(content),
                    "select" => OptionTag().Matches(content).Select(o => AttributesOf(o.Groups[1].Value)).Where(o => o.ContainsKey("value"))
                        .OrderByDescending(o => o.ContainsKey("selected")).Select(o => o["value"]).FirstOrDefault() ?? "",
                    _ => a.GetValueOrDefault("value", ""),
                };
                fields.Add(new Field(name, type, value));
            }

            // An action of only a query ("?handler=x") or nothing is the page's own address.
            var action = attributes.GetValueOrDefault("action", "");
            var path = page.Split('?')[0];
            action = action.Length == 0 ? page : action.StartsWith('?') ? path + action : action;
            var method = attributes.GetValueOrDefault("method", "get").ToLowerInvariant();
            yield return new Form(page, method, action, fields);

            // Buttons that send the same fields elsewhere (formaction, e.g. publish / back to draft).
            foreach (Match button in ButtonTag().Matches(form.Groups[2].Value))
            {
                if (AttributesOf(button.Groups[1].Value).GetValueOrDefault("formaction") is { Length: > 0 } other)
                {
                    yield return new Form(page, method, other.StartsWith('?') ? path + other : other, fields);
                }
            }
        }
    }

    private static string WithCulture(string url, string culture)
    {
        var bare = Regex.Replace(url.Split('#')[0], "([?&])culture=[^&]*&?", "$1").TrimEnd('&', '?');
        return bare.Contains('?') ? $"{bare}&culture={culture}" : $"{bare}?culture={culture}";
    }

    [Theory]
    [InlineData("fr", "La demande n’a pas pu être traitée")]
    [InlineData("ar", "lang=\"ar\"")]
    public async Task AFormTheServerCannotRead_IsABadRequest_InTheVisitorsLanguage(string culture, string shown)
    {
        var visitor = new BrowserSession(factory.Browser());
        var token = await visitor.TokenAsync($"/{B}/account/login?culture={culture}");
        var content = new StringContent($"Input.Email=a%00b%40example.ma&Input.Password=x&__RequestVerificationToken={Uri.EscapeDataString(token)}", Encoding.ASCII, "application/x-www-form-urlencoded");
        var response = await visitor.Client.PostAsync($"/{B}/account/login?culture={culture}", content);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain(shown);

        // A NUL in a query string is dropped before anything reads it (PostgreSQL refuses it in any text).
        (await visitor.GetAsync($"/{B}/search?q=budget%00participatif&culture={culture}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task EveryFormAndQuery_TakesHostileInput_WithoutA500_AndNoScriptIsEverServedBack()
    {
        var user = await PlatformUsers.CreateAsync(factory, B, CmsRoles.TenantAdmin);
        var admin = new BrowserSession(factory.Browser());
        await admin.LogInAsync(user.Email!, PlatformUsers.Password, "/" + B);
        var (ids, slugs) = await EndpointCatalog.KeysAsync(factory, t => t == B);

        // Every page there is, with the tenant's own ids and slugs; its forms, each shape once.
        var pages = new List<string>();
        var forms = new Dictionary<string, Form>();
        var gets = new List<string>();
        foreach (var endpoint in EndpointCatalog.Endpoints(factory))
        {
            var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()?.HttpMethods;
            var isPage = endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null;
            if (!isPage && methods is not null && !methods.Contains("GET"))
            {
                continue;
            }

            var paths = EndpointCatalog.Paths(endpoint.RoutePattern, ids, slugs).Distinct().ToList();
            if (!isPage)
            {
                gets.AddRange(paths.Take(3));
            }

            foreach (var path in paths)
            {
                var url = $"/{B}{path}?culture=fr";
                var response = await admin.GetAsync(url);
                if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
                {
                    continue;
                }

                pages.Add(url);
                foreach (var form in FormsOf(url, await response.Content.ReadAsStringAsync()))
                {
                    // Not tried: signing out, taking roles back and switching modules off would end the run for
                    // everything after them (each has its own tests).
                    if (Regex.IsMatch(form.Action, "logout|handler=revoke|/admin/features", RegexOptions.IgnoreCase))
                    {
                        continue;
                    }

                    var shape = $"{endpoint.RoutePattern.RawText}|{form.Method}|{Regex.Replace(form.Action, "[0-9]+", "N")}|{string.Join(',', form.Fields.Select(f => f.Name).Order())}";
                    forms.TryAdd(shape, form);
                }
            }
        }

        pages.Count.ShouldBeGreaterThan(50);
        forms.Count.ShouldBeGreaterThan(60);

        var failures = new List<string>();
        var requests = 0;
        var statuses = new SortedDictionary<int, int>();
        async Task CheckAsync(HttpResponseMessage response, string what, string culture)
        {
            requests++;
            statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
            var text = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{what}: {(int)response.StatusCode}");
            }
            else if (response.Content.Headers.ContentType?.MediaType == "text/html" && HtmlLang().Match(text) is { Success: true } lang && lang.Groups[1].Value != culture)
            {
                failures.Add($"{what}: answered in {lang.Groups[1].Value}, asked in {culture}");
            }

            if (response.Content.Headers.ContentType?.MediaType == "text/html" && LiveScript(text) is { } live)
            {
                failures.Add($"{what}: serves a live script: {live}");
            }
        }

        // Forms that remove things go last, so that everything else still finds what it works on.
        var turn = 0;
        foreach (var form in forms.Values.OrderBy(f => Regex.IsMatch(f.Action, "delete|remove|disable|withdraw|close|end", RegexOptions.IgnoreCase)))
        {
            foreach (var (name, value, fill) in Payloads)
            {
                var culture = turn++ % 2 == 0 ? "ar" : "fr";
                var action = WithCulture(form.Action, culture);
                var token = form.Fields.FirstOrDefault(f => f.Name == "__RequestVerificationToken")?.Value;
                var fields = form.Fields.Where(f => f.Name != "__RequestVerificationToken").Select(f => KeyValuePair.Create(f.Name, fill switch
                {
                    Fill.Every => value,
                    Fill.VisibleText when f.Type is "text" or "textarea" or "search" or "email" or "url" or "tel" => value,
                    _ => f.Value,
                })).Where(_ => fill != Fill.Nothing).ToList();
                HttpResponseMessage response;
                if (form.Method == "get")
                {
                    var query = string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(fill == Fill.RawBytes ? "%FF%FE" : f.Value)}"));
                    response = await admin.GetAsync(action + (query.Length > 0 ? "&" + query : ""));
                }
                else if (fill == Fill.RawBytes)
                {
                    // Bytes that are not UTF-8: percent-encoded (%FF, a cut sequence) and raw.
                    var body = new List<byte>();
                    foreach (var field in form.Fields.Where(f => f.Name != "__RequestVerificationToken"))
                    {
                        body.AddRange(Encoding.ASCII.GetBytes(Uri.EscapeDataString(field.Name) + "=%FF%FE%C3%28x"));
                        body.AddRange([0xC3, 0x28, 0xFF, (byte)'&']);
                    }

                    body.AddRange(Encoding.ASCII.GetBytes("__RequestVerificationToken=" + Uri.EscapeDataString(token ?? "")));
                    var content = new ByteArrayContent(body.ToArray());
                    content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
                    response = await admin.Client.PostAsync(action, content);
                }
                else
                {
                    response = await admin.PostAsync(action, fields, token);
                }

                await CheckAsync(response, $"{form.Method.ToUpperInvariant()} {action} ({name}, from {form.Page})", culture);
            }
        }

        // The GET endpoints (open data, feeds, files) with the payloads in their query strings.
        foreach (var get in gets)
        {
            foreach (var (name, value, _) in Payloads.Where(p => p.Fill != Fill.RawBytes))
            {
                var query = string.Join('&', new[] { "q", "page", "year", "status", "sort", "format", "from", "to", "tenant", "returnUrl" }.Select(k => $"{k}={Uri.EscapeDataString(value.Length > 2000 ? value[..2000] : value)}"));
                await CheckAsync(await admin.GetAsync($"/{B}{get}?culture=fr&{query}"), $"GET /{B}{get} ({name})", "fr");
            }
        }

        // Hostile addresses (a NUL in a path never reaches the platform: the server refuses it): overflowing ids, a very long slug, bidi and script in the path.
        foreach (var path in new[] { "/petitions/99999999999999999999", "/petitions/-1", "/pages/" + new string('a', 4000), "/news/%E2%80%AEtxt.exe", "/documents/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/budgets/%FF%FE" })
        {
            await CheckAsync(await admin.GetAsync($"/{B}{path}?culture=fr"), $"GET /{B}{path[..Math.Min(path.Length, 60)]}", "fr");
        }

        // What was stored: rows of the tenant now holding the script payload (so the check below is not vacuous).
        var stored = 0;
        await using (var db = factory.Service<OpenRegion.Cms.Data.CmsDbContextFactory>().Create(OpenRegion.Cms.Data.CmsDbScope.Platform))
        {
            foreach (var type in EndpointCatalog.TenantOwned(db))
            {
                var texts = type.GetProperties().Where(p => p.ClrType == typeof(string) && p.PropertyInfo is not null).ToList();
                stored += (await EndpointCatalog.RowsAsync(db, type, tracked: false, t => t == B))
                    .Count(row => texts.Any(p => p.PropertyInfo!.GetValue(row) is string text && text.Contains("xss1", StringComparison.Ordinal)));
            }
        }

        stored.ShouldBeGreaterThanOrEqualTo(5);

        // Every page there now is (with the ids and slugs of what was just created), to the administrator in Arabic
        // and to a visitor in French: no script was stored.
        var visitor = new BrowserSession(factory.Browser());
        var (newIds, newSlugs) = await EndpointCatalog.KeysAsync(factory, t => t == B);
        var shown = 0;
        foreach (var endpoint in EndpointCatalog.Endpoints(factory))
        {
            var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()?.HttpMethods;
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is null && methods is not null && !methods.Contains("GET"))
            {
                continue;
            }

            foreach (var path in EndpointCatalog.Paths(endpoint.RoutePattern, newIds, newSlugs).Distinct())
            {
                foreach (var (session, culture) in new[] { (admin, "ar"), (visitor, "fr") })
                {
                    var response = await session.GetAsync($"/{B}{path}?culture={culture}");
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        shown++;
                        await CheckAsync(response, $"GET /{B}{path}?culture={culture}", culture);
                    }
                }
            }
        }

        output.WriteLine($"{stored} rows hold the script payload; {shown} pages shown again");
        output.WriteLine($"{pages.Count} pages, {forms.Count} forms, {Payloads.Length} payloads each, {gets.Count} GET endpoints, {requests} requests: " +
            string.Join(", ", statuses.Select(s => $"{s.Key}: {s.Value}")));
        foreach (var failure in failures.Take(80))
        {
            output.WriteLine(failure.Length > 500 ? failure[..500] : failure);
        }

        failures.ShouldBeEmpty();
    }
}

public sealed class SqliteInputSuiteTests(SqlitePlatformFactory factory, ITestOutputHelper output) : InputSuiteTests<SqlitePlatformFactory>(factory, output);

public sealed class PostgresInputSuiteTests(PostgresPlatformFactory factory, ITestOutputHelper output) : InputSuiteTests<PostgresPlatformFactory>(factory, output);
