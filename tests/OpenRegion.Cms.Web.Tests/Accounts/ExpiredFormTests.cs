using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Web.Tests.Accounts;

/// <summary>A form sent with an expired or missing antiforgery token is refused, and nothing typed is lost.</summary>
public sealed partial class ExpiredFormTests(SqlitePlatformFactory factory) : IClassFixture<SqlitePlatformFactory>
{
    [Fact]
    public async Task AnExpiredRegistrationFormIsRefused_ShownBack_AndCanBeSentAgain()
    {
        var browser = new BrowserSession(factory.Browser());
        await browser.GetTextAsync("/azilal/account/register?culture=fr");
        var email = $"hafsa-{Guid.NewGuid():N}@example.test";
        var fields = new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "حفصة بن علي", ["Input.Email"] = email, ["Input.Password"] = "azilal-2026-ok", ["Input.ResidenceTenantId"] = "azilal",
        };

        var refused = await browser.PostAsync("/azilal/account/register?culture=fr", fields, antiforgeryToken: "expired-or-forged");

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await refused.Content.ReadAsStringAsync();
        page.ShouldContain("Le formulaire a expiré");
        page.ShouldContain("حفصة بن علي");
        page.ShouldContain($"value=\"{email}\"");
        page.ShouldNotContain("azilal-2026-ok");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>().FindByEmailAsync(email)).ShouldBeNull();
        }

        // The visitor types the password again and sends the form the refusal page gave back.
        var resend = Hidden().Matches(page).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        var token = resend["__RequestVerificationToken"];
        resend.Remove("__RequestVerificationToken");
        resend["Input.Password"] = "azilal-2026-ok";
        var sent = await browser.PostAsync("/azilal/account/register?culture=fr", resend, token);

        sent.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await sent.Content.ReadAsStringAsync()).ShouldContain("notice success");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>().FindByEmailAsync(email);
            user.ShouldNotBeNull();
            user.DisplayName.ShouldBe("حفصة بن علي");
        }
    }

    [GeneratedRegex("<input (?:type=\"hidden\" )?name=\"([^\"]+)\" (?:type=\"hidden\" )?value=\"([^\"]*)\"")]
    private static partial Regex Hidden();
}
