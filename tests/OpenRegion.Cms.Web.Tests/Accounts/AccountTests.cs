using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Web.Tests.Accounts;

/// <summary>A citizen registers, confirms by e-mail (.eml in the data directory), logs in on any tenant, logs out.</summary>
public sealed class AccountTests(SqlitePlatformFactory factory) : IClassFixture<SqlitePlatformFactory>
{
    [Fact]
    public async Task CitizenRegistersConfirmsLogsInOnEveryTenantAndLogsOut()
    {
        var browser = new BrowserSession(factory.Browser());
        var email = $"fatima-{Guid.NewGuid():N}@example.test";
        var register = await browser.SubmitAsync("/azilal/account/register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "فاطمة الزهراء", ["Input.Email"] = email, ["Input.Password"] = "azilal-2026-ok", ["Input.ResidenceTenantId"] = "azilal",
        });
        register.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await register.Content.ReadAsStringAsync()).ShouldContain("role=\"status\"");

        // Not confirmed yet: the log-in says so.
        var early = await browser.SubmitAsync("/account/login?culture=fr", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "azilal-2026-ok" });
        early.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await early.Content.ReadAsStringAsync()).ShouldContain("Confirmez");

        var mail = factory.LatestMailTo(email);
        mail.ShouldContain("فاطمة الزهراء");
        var link = new Uri(PlatformFactory.FirstLink(mail));
        link.AbsolutePath.ShouldBe("/azilal/account/confirm");
        (await browser.GetTextAsync(link.PathAndQuery)).ShouldContain("notice success");

        await browser.LogInAsync(email, "azilal-2026-ok", "/khouribga");
        (await browser.GetTextAsync("/khouribga/")).ShouldContain(email);
        (await browser.GetTextAsync("/beni-mellal/")).ShouldContain(email);

        var logout = await browser.SubmitAsync("/beni-mellal/", new Dictionary<string, string>(), "/beni-mellal/account/logout");
        logout.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetTextAsync("/beni-mellal/")).ShouldNotContain(email);

        await using var scope = factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>().FindByEmailAsync(email);
        user!.ResidenceTenantId.ShouldBe("azilal");
        user.PreferredCulture.ShouldBe("ar");
    }

    [Fact]
    public async Task AWeakPasswordIsRefusedWithALocalizedMessage_AndNoAccountIsCreated()
    {
        var browser = new BrowserSession(factory.Browser());
        var email = $"weak-{Guid.NewGuid():N}@example.test";
        var response = await browser.SubmitAsync("/account/register?culture=fr", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Karim", ["Input.Email"] = email, ["Input.Password"] = "short",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("10");
        html.ShouldContain("mot de passe", Case.Insensitive);
        html.ShouldContain($"value=\"{email}\"");
        await using var scope = factory.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>().FindByEmailAsync(email)).ShouldBeNull();
    }

    [Fact]
    public async Task FiveWrongPasswordsLockTheAccount_EvenAgainstTheRightPassword()
    {
        var user = await PlatformUsers.CreateAsync(factory);
        var browser = new BrowserSession(factory.Browser());
        for (var i = 0; i < 5; i++)
        {
            var wrong = await browser.SubmitAsync("/account/login?culture=fr", new Dictionary<string, string> { ["Input.Email"] = user.Email!, ["Input.Password"] = "wrong-passw0rd" });
            wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var locked = await browser.SubmitAsync("/account/login?culture=fr", new Dictionary<string, string> { ["Input.Email"] = user.Email!, ["Input.Password"] = PlatformUsers.Password });
        locked.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await locked.Content.ReadAsStringAsync()).ShouldContain("15 minutes");
    }

    [Fact]
    public async Task AFormPostedWithoutItsAntiforgeryTokenIsRefused()
    {
        var user = await PlatformUsers.CreateAsync(factory);
        var browser = new BrowserSession(factory.Browser());
        var response = await browser.PostAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = user.Email!, ["Input.Password"] = PlatformUsers.Password }, antiforgeryToken: null);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task TenantAdminInvitesAnEditorByEmail_WhoAcceptsAfterRegistering()
    {
        var admin = await PlatformUsers.CreateAsync(factory, "beni-mellal", CmsRoles.TenantAdmin);
        var adminBrowser = new BrowserSession(factory.Browser());
        await adminBrowser.LogInAsync(admin.Email!, PlatformUsers.Password);
        var invitee = $"editor-{Guid.NewGuid():N}@example.test";
        var invite = await adminBrowser.SubmitAsync("/beni-mellal/admin/users", new Dictionary<string, string> { ["email"] = invitee, ["role"] = CmsRoles.Editor }, "/beni-mellal/admin/users?handler=Grant");
        invite.StatusCode.ShouldBe(HttpStatusCode.OK);

        var invitation = new Uri(PlatformFactory.FirstLink(factory.LatestMailTo(invitee)));
        invitation.AbsolutePath.ShouldBe("/beni-mellal/account/invitation");

        var editor = await PlatformUsers.CreateAsync(factory);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
            var account = (await users.FindByIdAsync(editor.Id))!;
            await users.SetEmailAsync(account, invitee);
            await users.SetUserNameAsync(account, invitee);
            account.EmailConfirmed = true;
            await users.UpdateAsync(account);
        }

        var browser = new BrowserSession(factory.Browser());
        await browser.LogInAsync(invitee, PlatformUsers.Password);
        (await browser.GetAsync("/beni-mellal/admin/content")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var accept = await browser.SubmitAsync(invitation.PathAndQuery, new Dictionary<string, string> { ["token"] = System.Web.HttpUtility.ParseQueryString(invitation.Query)["token"]! });
        accept.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.GetAsync("/beni-mellal/admin/content")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.GetAsync("/azilal/admin/content")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // A token works once.
        var again = await browser.SubmitAsync(invitation.PathAndQuery, new Dictionary<string, string> { ["token"] = System.Web.HttpUtility.ParseQueryString(invitation.Query)["token"]! });
        (await again.Content.ReadAsStringAsync()).ShouldContain("notice error");
    }
}
