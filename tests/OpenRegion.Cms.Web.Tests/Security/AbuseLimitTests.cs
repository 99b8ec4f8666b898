using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Transparency;
using OpenRegion.Cms.Data;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Web.Tests.Security;

/// <summary>
/// The platform on Kestrel behind a trusted proxy (loopback), with small limits, and a clock for the limits that the
/// tests move: each test's visitors come from their own addresses (X-Forwarded-For), as behind a real proxy.
/// </summary>
public sealed class LimitedPlatformFactory : SqlitePlatformFactory
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public string BaseUrl { get; private set; } = "";

    private int _addresses;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OpenRegion:Limits:Enabled", "true");
        builder.UseSetting("OpenRegion:Security:TrustedProxies", "127.0.0.1 ::1");
        foreach (var (action, account, address, minutes) in new[] { ("Login", 3, 4, 15), ("Register", 5, 2, 60), ("Verify", 2, 10, 60), ("Comment", 2, 10, 10) })
        {
            builder.UseSetting($"OpenRegion:Limits:{action}:PerAccount", account.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting($"OpenRegion:Limits:{action}:PerAddress", address.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting($"OpenRegion:Limits:{action}:WindowMinutes", minutes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<AttemptCounter>();
            services.AddSingleton(new AttemptCounter(Clock));
        });
    }

    protected override void Start() => BaseUrl = StartOnKestrel();

    /// <summary>A browser of its own (cookies), whose requests the proxy says come from a fresh address.</summary>
    public BrowserSession Visitor(string? address = null, string language = "fr")
    {
        var client = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), UseCookies = true, AllowAutoRedirect = false }) { BaseAddress = new Uri(BaseUrl) };
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address ?? NewAddress());
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return new BrowserSession(client);
    }

    public string NewAddress() => $"198.51.100.{Interlocked.Increment(ref _addresses)}";
}

public sealed class AbuseLimitTests(LimitedPlatformFactory factory) : IClassFixture<LimitedPlatformFactory>
{
    private static Dictionary<string, string> Login(string email, string password) => new() { ["Input.Email"] = email, ["Input.Password"] = password };

    private static async Task ShouldBeRefusedAsync(HttpResponseMessage response, params string[] shown)
    {
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests, BrowserSession.Excerpt(html));
        int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
        response.Headers.Contains("Content-Security-Policy").ShouldBeTrue();
        foreach (var text in shown)
        {
            html.ShouldContain(text);
        }
    }

    [Fact]
    public async Task SigningIn_IsLimitedPerAccount_FromEveryAddress_WithAPageThatKeepsWhatWasTyped()
    {
        var user = await PlatformUsers.CreateAsync(factory);
        for (var i = 0; i < 3; i++)
        {
            (await factory.Visitor().SubmitAsync("/account/login", Login(user.Email!, "wrong-" + i))).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        // A fourth guess, from yet another address, in French then in Arabic: refused before the password is checked.
        var french = await factory.Visitor().SubmitAsync("/account/login?culture=fr", Login(user.Email!, "wrong-3"));
        await ShouldBeRefusedAsync(french, "Trop de tentatives", user.Email!, "heure marocaine");
        (await french.Content.ReadAsStringAsync()).ShouldNotContain("wrong-3");
        var arabic = await factory.Visitor(language: "ar").SubmitAsync("/account/login?culture=ar", Login(user.Email!, PlatformUsers.Password));
        await ShouldBeRefusedAsync(arabic, "محاولات", "dir=\"rtl\"", user.Email!);

        // Even the right password waits: the limit is on the account, not on failures. Once the window has passed, it gets in.
        factory.Clock.Advance(TimeSpan.FromMinutes(15));
        (await factory.Visitor().SubmitAsync("/account/login", Login(user.Email!, PlatformUsers.Password))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task SigningIn_IsLimitedPerAddress_AcrossAccounts_AndOtherAddressesAreNotHeld()
    {
        var address = factory.NewAddress();
        var users = new List<CmsUser>();
        for (var i = 0; i < 5; i++)
        {
            users.Add(await PlatformUsers.CreateAsync(factory));
        }

        for (var i = 0; i < 4; i++)
        {
            await factory.Visitor(address).LogInAsync(users[i].Email!, PlatformUsers.Password);
        }

        await ShouldBeRefusedAsync(await factory.Visitor(address).SubmitAsync("/account/login", Login(users[4].Email!, PlatformUsers.Password)));
        await factory.Visitor().LogInAsync(users[4].Email!, PlatformUsers.Password);
    }

    [Fact]
    public async Task Registering_IsLimitedPerAddress_AndTheRefusedRegistrationCreatesNoAccount()
    {
        var address = factory.NewAddress();
        string Email(int i) => $"limit-{address}-{i}@example.test";
        for (var i = 0; i < 2; i++)
        {
            var created = await factory.Visitor(address).SubmitAsync("/account/register?culture=fr", new Dictionary<string, string>
            {
                ["Input.DisplayName"] = "Citoyen " + i, ["Input.Email"] = Email(i), ["Input.Password"] = "Citizen-passw0rd", ["Input.ConfirmPassword"] = "Citizen-passw0rd",
            });
            created.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var refused = await factory.Visitor(address).SubmitAsync("/account/register?culture=fr", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Hafsa Amrani", ["Input.Email"] = Email(2), ["Input.Password"] = "Citizen-passw0rd", ["Input.ConfirmPassword"] = "Citizen-passw0rd",
        });
        await ShouldBeRefusedAsync(refused, "Hafsa Amrani", Email(2));
        (await refused.Content.ReadAsStringAsync()).ShouldNotContain("Citizen-passw0rd");

        await using var db = factory.Service<CmsDbContextFactory>().Create(CmsDbScope.Platform);
        (await db.Set<CmsUser>().CountAsync(u => u.Email!.StartsWith("limit-" + address))).ShouldBe(2);
    }

    [Fact]
    public async Task ACitizensRequests_AreLimitedPerAccount_TheRefusedOneIsNotFiled_AndIsShownBackToSendLater()
    {
        var user = await PlatformUsers.CreateAsync(factory);
        var citizen = factory.Visitor();
        await citizen.LogInAsync(user.Email!, PlatformUsers.Password);
        (string, string)[] Fields(string subject) =>
        [
            ("Input.Name", "Khadija Ait Lahcen"), ("Input.Address", "12, rue Oum Errabia, Béni Mellal"), ("Input.Identity", "i 733 421"),
            ("Input.Email", "khadija@example.org"), ("Input.Language", "fr"), ("Input.Subject", subject),
            ("Input.Details", "Le tableau des subventions accordées aux associations en 2025."), ("Input.Form", "Electronic"),
            ("Input.Urgent", "false"), ("Input.ShowInRegister", "false"),
        ];
        for (var i = 0; i < 2; i++)
        {
            (await citizen.PostFieldsAsync("/information/request?culture=fr", "/information/request?culture=fr", Fields("Subventions " + i))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var refused = await citizen.PostFieldsAsync("/information/request?culture=fr", "/information/request?culture=fr", Fields("Marchés publics de 2026"));
        await ShouldBeRefusedAsync(refused, "Marchés publics de 2026", "Envoyer à nouveau");
        await using (var db = factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant("region")))
        {
            (await db.Set<InformationRequest>().CountAsync(r => r.RequesterUserId == user.Id)).ShouldBe(2);
        }

        // The same account from another address is held too; another citizen on the first address is not.
        await ShouldBeRefusedAsync(await citizen.PostFieldsAsync("/information/request?culture=fr", "/information/request?culture=fr", Fields("Encore")));
        var neighbour = await PlatformUsers.CreateAsync(factory);
        var other = factory.Visitor();
        await other.LogInAsync(neighbour.Email!, PlatformUsers.Password);
        (await other.PostFieldsAsync("/information/request?culture=fr", "/information/request?culture=fr", Fields("Voirie"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // Ten minutes later, the held request goes through, sent again from the refusal page's own form.
        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        var again = await citizen.PostFormAsync(await refused.Content.ReadAsStringAsync(), "/information/request?culture=fr", new Dictionary<string, string>());
        again.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await again.Content.ReadAsStringAsync()));
        await using (var db = factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant("region")))
        {
            (await db.Set<InformationRequest>().Where(r => r.RequesterUserId == user.Id).Select(r => r.Subject).ToListAsync()).ShouldContain("Marchés publics de 2026");
        }
    }

    /// <summary>
    /// Every handler through which a citizen writes something carries a limit: a new one without a limit (or a
    /// deliberate exemption listed here, with its reason) fails this test.
    /// </summary>
    [Fact]
    public void EveryCitizenFacingPostHandler_IsLimited_OrDeliberatelyExempt()
    {
        var exempt = new Dictionary<string, string>
        {
            ["ErrorModel.OnPost"] = "shows an error page, writes nothing",
            ["SetupModel.OnPostAsync"] = "first run only, guarded by the set-up token",
            ["LogoutModel.OnPostAsync"] = "signing out",
            ["FollowModel.OnPostAsync"] = "following a page: one row per subject, idempotent",
            ["NotificationsModel.OnPostReadAllAsync"] = "marks one's own notifications read",
            ["NotificationsModel.OnPostUnfollowAsync"] = "idempotent",
            ["NotificationsModel.OnPostPreferencesAsync"] = "one's own settings",
            ["OpinionModel.OnPostSaveAsync"] = "members of an advisory body, drafting (versioned)",
            ["OpinionModel.OnPostSubmitAsync"] = "the body's chair submits once",
            ["SheetModel.OnPostAsync"] = "jury members scoring",
            ["JuryModel.OnPostConflictAsync"] = "jury members declaring a conflict of interest",
            ["EventsModel.OnPostUnregisterAsync"] = "withdrawing one's own registration",
            ["PetitionModel.OnPostOpenAsync"] = "the filers open their own petition, once",
            ["PetitionModel.OnPostWithdrawAsync"] = "the filers withdraw their own petition, once",
        };
        var pages = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name is { } name && name.StartsWith("OpenRegion", StringComparison.Ordinal) && !name.Contains("Tests", StringComparison.Ordinal))
            .SelectMany(a => a.GetTypes())
            .Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract && !(t.Namespace ?? "").Contains(".Admin", StringComparison.Ordinal))
            .ToList();
        pages.Count.ShouldBeGreaterThan(30);
        var handlers = pages
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.Name.StartsWith("OnPost", StringComparison.Ordinal))
            .ToList();
        var unlimited = handlers
            .Where(m => m.GetCustomAttribute<LimitedAttribute>() is null && !exempt.ContainsKey($"{m.DeclaringType!.Name}.{m.Name}"))
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}")
            .ToList();
        unlimited.ShouldBeEmpty("Give these handlers a [Limited(…)] or list them as exempt with a reason");
        handlers.Count(m => m.GetCustomAttribute<LimitedAttribute>() is not null).ShouldBeGreaterThanOrEqualTo(20);
        var actions = handlers.Select(m => m.GetCustomAttribute<LimitedAttribute>()?.Action).OfType<LimitedAction>().Distinct().Order();
        actions.ShouldBe(Enum.GetValues<LimitedAction>());
    }
}
