using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Data;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Web.Tests.Content;

/// <summary>
/// The communication team's day: write a news item in Arabic and French side by side, publish it, change it as a
/// draft, look at its history, restore, withdraw. Citizens see only what is published, in their language.
/// </summary>
public abstract partial class NewsLifecycleTests<TFactory>(TFactory factory) where TFactory : PlatformFactory
{
    private const string Tenant = "beni-mellal";

    private async Task<BrowserSession> EditorAsync()
    {
        var editor = await PlatformUsers.CreateAsync(factory, Tenant, CmsRoles.Editor);
        var session = new BrowserSession(factory.Browser());
        await session.LogInAsync(editor.Email!, PlatformUsers.Password);
        return session;
    }

    private static Dictionary<string, string> News(string suffix, string action = "publish") => ContentAdmin.Fields(action,
        (0, "Title", $"انطلاق المشاركة المواطنة في إعداد برنامج عمل الجماعة {suffix}"),
        (0, "Summary", "دعوة المواطنات والمواطنين إلى والمشاركة في إعداد برنامج عمل الجماعة."),
        (0, "Body", "تفتح الجماعة باب **المشاركة** أمام المواطنين والجمعيات.\n\n- لقاءات تشاورية\n- منصة رقمية"),
        (1, "Title", $"Lancement de la participation citoyenne au programme d'action {suffix}"),
        (1, "Summary", "Les citoyennes et citoyens sont invités à contribuer au programme d'action de la commune."),
        (1, "Body", "La commune ouvre la **participation** aux citoyens et aux associations, pour l'électricite et l'eau."));

    private static string SetFrom(HttpResponseMessage response) =>
        SetInLocation().Match(response.Headers.Location!.OriginalString).Groups[1].Value;

    [Fact]
    public async Task AnEditorPublishesABilingualNewsItem_AndAVisitorReadsItInBothLanguages()
    {
        var staff = await EditorAsync();
        var suffix = Guid.NewGuid().ToString("N")[..6];

        var saved = await staff.SubmitFormAsync($"/{Tenant}/admin/content/new/News", News(suffix));

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var set = SetFrom(saved);
        var items = await ContentAdmin.ItemsAsync(factory, Tenant, set);
        items.Select(i => i.Culture).ShouldBe(["ar", "fr"]);
        items.ShouldAllBe(i => i.Published && i.PublishedVersion == 1 && i.LatestVersion == 1 && i.PublishedUtc != null);
        var ar = items[0];
        var fr = items[1];
        ar.Slug.ShouldStartWith("انطلاق-المشاركة-المواطنة");
        fr.Slug.ShouldStartWith("lancement-de-la-participation-citoyenne");

        var visitor = new BrowserSession(factory.Browser());
        var frenchList = await visitor.GetTextAsync($"/{Tenant}/news?culture=fr");
        frenchList.ShouldContain($"Lancement de la participation citoyenne au programme d&#x27;action {suffix}");
        var arabicList = await visitor.GetTextAsync($"/{Tenant}/news?culture=ar");
        arabicList.ShouldContain($"انطلاق المشاركة المواطنة في إعداد برنامج عمل الجماعة {suffix}");

        var frenchPage = await visitor.GetTextAsync($"/{Tenant}/news/{fr.Slug}?culture=fr");
        frenchPage.ShouldContain("<strong>participation</strong>");
        frenchPage.ShouldContain($"hreflang=\"ar\" href=\"http://localhost/{Tenant}/news/{Uri.EscapeDataString(ar.Slug)}?culture=ar\"");
        var arabicPage = await visitor.GetTextAsync($"/{Tenant}/news/{Uri.EscapeDataString(ar.Slug)}?culture=ar");
        arabicPage.ShouldContain("dir=\"rtl\"");
        arabicPage.ShouldContain("<strong>المشاركة</strong>");

        (await visitor.GetTextAsync($"/{Tenant}/?culture=fr")).ShouldContain(fr.Slug);
        var feed = await visitor.GetTextAsync($"/{Tenant}/news/feed.atom?culture=ar");
        feed.ShouldContain("<feed xml:lang=\"ar\" xmlns=\"http://www.w3.org/2005/Atom\">");
        feed.ShouldContain(ar.Title);
        (await visitor.GetTextAsync($"/{Tenant}/news/feed.rss?culture=fr")).ShouldContain(fr.Title);
        (await visitor.GetTextAsync($"/{Tenant}/sitemap.xml")).ShouldContain($"/news/{fr.Slug}?culture=fr");

        // Fed to search on publication: Arabic stemming finds "والمشاركة" from "مشاركة", French folding "électricité".
        (await visitor.GetTextAsync($"/{Tenant}/search?q={Uri.EscapeDataString("مشاركة")}&culture=ar")).ShouldContain(Uri.EscapeDataString(ar.Slug));
        (await visitor.GetTextAsync($"/{Tenant}/search?q={Uri.EscapeDataString("électricité")}&culture=fr&type=News")).ShouldContain(fr.Slug);
    }

    [Fact]
    public async Task ADraftStaysOffline_AChangeWaitsForPublication_AndHistoryRestoresAnOldVersion()
    {
        var staff = await EditorAsync();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var visitor = new BrowserSession(factory.Browser());

        var saved = await staff.SubmitFormAsync($"/{Tenant}/admin/content/new/News", News(suffix, "draft"));
        var set = SetFrom(saved);
        var fr = (await ContentAdmin.ItemsAsync(factory, Tenant, set))[1];
        fr.Published.ShouldBeFalse();
        (await visitor.GetAsync($"/{Tenant}/news/{fr.Slug}?culture=fr")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await visitor.GetTextAsync($"/{Tenant}/news?culture=fr")).ShouldNotContain(suffix);
        (await staff.GetTextAsync($"/{Tenant}/admin/content/{set}/preview/fr")).ShouldContain("<strong>participation</strong>");

        (await staff.SubmitFormAsync($"/{Tenant}/admin/content/{set}", ContentAdmin.Fields("publish"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await visitor.GetTextAsync($"/{Tenant}/news/{fr.Slug}?culture=fr")).ShouldContain(suffix);

        // A correction saved as a draft: the public page keeps the published text until the next publication.
        (await staff.SubmitFormAsync($"/{Tenant}/admin/content/{set}", ContentAdmin.Fields("draft", (1, "Body", "Texte corrigé, pas encore en ligne."))))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await visitor.GetTextAsync($"/{Tenant}/news/{fr.Slug}?culture=fr");
        page.ShouldContain("<strong>participation</strong>");
        page.ShouldNotContain("Texte corrigé");
        var editorView = await staff.GetTextAsync($"/{Tenant}/admin/content/{set}?culture=fr");
        editorView.ShouldContain("Texte corrigé, pas encore en ligne.");
        editorView.ShouldContain("Modifications non publiées");
        (await staff.GetTextAsync($"/{Tenant}/admin/content/{set}/preview/fr")).ShouldContain("Texte corrigé, pas encore en ligne.");

        // History: version 1 online, version 2 the latest draft. Restoring 1 makes a version 3 with its text.
        var history = await staff.GetTextAsync($"/{Tenant}/admin/content/{set}/history");
        history.ShouldContain("Texte corrigé, pas encore en ligne.");
        var restored = await staff.SubmitAsync($"/{Tenant}/admin/content/{set}/history", new Dictionary<string, string> { ["item"] = fr.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["version"] = "1" });
        restored.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = (await ContentAdmin.ItemsAsync(factory, Tenant, set))[1];
        after.LatestVersion.ShouldBe(3);
        after.PublishedVersion.ShouldBe(1);
        (await staff.GetTextAsync($"/{Tenant}/admin/content/{set}")).ShouldNotContain("Texte corrigé");

        // Withdrawn: gone from the site, the feed and search; the versions stay.
        (await staff.SubmitFormAsync($"/{Tenant}/admin/content/{set}", new Dictionary<string, string> { ["action"] = "unpublish" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await visitor.GetAsync($"/{Tenant}/news/{fr.Slug}?culture=fr")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await visitor.GetTextAsync($"/{Tenant}/news/feed.atom?culture=fr")).ShouldNotContain(suffix);
        (await visitor.GetTextAsync($"/{Tenant}/search?q={suffix}&culture=fr")).ShouldNotContain(fr.Slug);
        var withdrawn = await ContentAdmin.ItemsAsync(factory, Tenant, set);
        withdrawn.ShouldAllBe(i => !i.Published && i.PublishedVersion == null);
        withdrawn[1].LatestVersion.ShouldBe(3);

        await using var db = factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant(Tenant));
        var actions = await db.Set<AuditEntry>().Where(a => a.Target == $"News:{set}").Select(a => a.Action).ToListAsync();
        actions.ShouldBe(["content.draft-saved", "content.published", "content.draft-saved", "content.restored", "content.unpublished"], ignoreOrder: true);
    }

    [Fact]
    public async Task ChangingOneLanguage_MarksTheOtherOutdated_UntilItIsUpdatedOrConfirmed()
    {
        var staff = await EditorAsync();
        var set = SetFrom(await staff.SubmitFormAsync($"/{Tenant}/admin/content/new/News", News(Guid.NewGuid().ToString("N")[..6])));
        (await staff.GetTextAsync($"/{Tenant}/admin/content/{set}?culture=fr")).ShouldNotContain("status-outdated");

        await staff.SubmitFormAsync($"/{Tenant}/admin/content/{set}", ContentAdmin.Fields("publish", (0, "Body", "نص عربي جديد حول المشاركة.")));
        var editor = await staff.GetTextAsync($"/{Tenant}/admin/content/{set}?culture=fr");
        Regex.Matches(editor, "status-outdated").Count.ShouldBe(1);
        editor.ShouldContain("Périmée : une autre langue a changé depuis");
        (await staff.GetTextAsync($"/{Tenant}/admin/content?type=News&culture=fr")).ShouldContain("status-outdated");

        await staff.SubmitFormAsync($"/{Tenant}/admin/content/{set}", ContentAdmin.Fields("publish", (1, "StillMatches", "true")));
        (await staff.GetTextAsync($"/{Tenant}/admin/content/{set}?culture=fr")).ShouldNotContain("status-outdated");
    }

    [Fact]
    public async Task ATranslationNotYetWritten_FallsBackToTheOriginal_WithANotice()
    {
        var staff = await EditorAsync();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var saved = await staff.SubmitFormAsync($"/{Tenant}/admin/content/new/News", ContentAdmin.Fields("publish",
            (0, "Title", $"خبر بالعربية فقط {suffix}"), (0, "Body", "نص الخبر.")));
        var ar = (await ContentAdmin.ItemsAsync(factory, Tenant, SetFrom(saved))).Single();

        var visitor = new BrowserSession(factory.Browser());
        var list = await visitor.GetTextAsync($"/{Tenant}/news?culture=fr");
        list.ShouldContain($"خبر بالعربية فقط {suffix}");
        list.ShouldContain("En arabe");
        var page = await visitor.GetTextAsync($"/{Tenant}/news/{Uri.EscapeDataString(ar.Slug)}?culture=fr");
        page.ShouldContain("pas encore traduit");
        page.ShouldContain("lang=\"ar\" dir=\"rtl\"");
    }

    [Fact]
    public async Task BadInput_IsRefusedWithAClearMessage_AndNothingIsSaved()
    {
        var staff = await EditorAsync();
        var before = await ContentAdmin.CountAsync(factory, Tenant, "News");
        var existing = (await ContentAdmin.ItemsAsync(factory, Tenant, await ContentAdmin.SetAsync(factory, Tenant, "News"))).First(i => i.Culture == "fr");

        var taken = await staff.SubmitFormAsync($"/{Tenant}/admin/content/new/News?culture=fr", ContentAdmin.Fields("publish",
            (1, "Title", "Un autre titre"), (1, "Slug", existing.Slug), (1, "Body", "Texte à garder.")));
        taken.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var html = await taken.Content.ReadAsStringAsync();
        html.ShouldContain("Cette adresse est déjà utilisée");
        html.ShouldContain("Texte à garder.");

        var spoofed = await staff.SubmitFormAsync($"/{Tenant}/admin/content/new/News?culture=fr", ContentAdmin.Fields("publish",
            (1, "Title", "Titre"), (1, "Slug", "budget\u202Efdp.exe")));
        spoofed.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await spoofed.Content.ReadAsStringAsync()).ShouldContain("caractères invisibles");

        var noTitle = await staff.SubmitFormAsync($"/{Tenant}/admin/content/new/Event?culture=fr", ContentAdmin.Fields("publish", (1, "Body", "Sans titre ni date.")));
        noTitle.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var errors = await noTitle.Content.ReadAsStringAsync();
        errors.ShouldContain("Le titre est obligatoire.");
        errors.ShouldContain("La date de début est obligatoire.");

        (await ContentAdmin.CountAsync(factory, Tenant, "News")).ShouldBe(before);

        // The same title twice: the second gets its own address instead of an error.
        var first = SetFrom(await staff.SubmitFormAsync($"/{Tenant}/admin/content/new/News", ContentAdmin.Fields("publish", (1, "Title", "Conseil communal : session de février"))));
        var second = SetFrom(await staff.SubmitFormAsync($"/{Tenant}/admin/content/new/News", ContentAdmin.Fields("publish", (1, "Title", "Conseil communal : session de février"))));
        (await ContentAdmin.ItemsAsync(factory, Tenant, first)).Single().Slug.ShouldBe("conseil-communal-session-de-fevrier");
        (await ContentAdmin.ItemsAsync(factory, Tenant, second)).Single().Slug.ShouldBe("conseil-communal-session-de-fevrier-2");
    }

    [Fact]
    public async Task AnEditorAddsLinksToTheMainMenu_InEachLanguage_AndUnsafeOnesAreDropped()
    {
        var staff = await EditorAsync();
        var saved = await staff.SubmitFormAsync($"/{Tenant}/admin/content/new/Menu", ContentAdmin.Fields("publish",
            (0, "Title", "القائمة الرئيسية"), (0, "Body", "- [ميزانية المواطن](/pages/budget-citoyen)"),
            (1, "Title", "Menu principal"), (1, "Body", "- [Budget citoyen](/pages/budget-citoyen)\n- [Piège](javascript:alert(1))\n- [Portail national](https://www.maroc.ma)")));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var visitor = new BrowserSession(factory.Browser());
        var french = await visitor.GetTextAsync($"/{Tenant}/news?culture=fr");
        french.ShouldContain($"<a href=\"/{Tenant}/pages/budget-citoyen\" dir=\"auto\">Budget citoyen</a>");
        french.ShouldContain("<a href=\"https://www.maroc.ma\" dir=\"auto\">Portail national</a>");
        french.ShouldNotContain("Piège");
        (await visitor.GetTextAsync($"/{Tenant}/?culture=ar")).ShouldContain("ميزانية المواطن");
        (await staff.GetTextAsync($"/{Tenant}/admin/content?culture=fr")).ShouldNotContain("Nouveau : Menu principal");
    }

    [Fact]
    public async Task MarkupInTheText_NeverReachesThePageAsMarkup()
    {
        var staff = await EditorAsync();
        var saved = await staff.SubmitFormAsync($"/{Tenant}/admin/content/new/News", ContentAdmin.Fields("publish",
            (1, "Title", "<script>alert('titre')</script>"),
            (1, "Summary", "<img src=x onerror=alert(1)>"),
            (1, "Body", "<script>alert(1)</script>\n\n<a href=\"javascript:alert(2)\" onclick=\"alert(3)\">lien</a>\n\n[autre](javascript:alert(4))")));
        var fr = (await ContentAdmin.ItemsAsync(factory, Tenant, SetFrom(saved))).Single();

        var visitor = new BrowserSession(factory.Browser());
        foreach (var url in new[] { $"/{Tenant}/news/{fr.Slug}?culture=fr", $"/{Tenant}/news?culture=fr", $"/{Tenant}/?culture=fr", $"/{Tenant}/news/feed.atom?culture=fr" })
        {
            var html = await visitor.GetTextAsync(url);
            // As text, escaped, the markup is harmless; as tags or attributes it must not exist.
            html.ShouldNotContain("<script>alert", customMessage: url);
            html.ShouldNotContain("<img src=x", customMessage: url);
            html.ShouldNotMatch("<a\\s[^>]*href=\"javascript:", customMessage: url);
            html.ShouldNotMatch("<[a-z]+\\s[^>]*\\son(click|error)=", customMessage: url);
        }
    }

    [Fact]
    public async Task RichText_IsSanitizedWhenSaved_ShownAsHtml_AndSearchedAsWords()
    {
        var staff = await EditorAsync();
        var word = "oasis" + Guid.NewGuid().ToString("N")[..8];
        var saved = await staff.SubmitFormAsync($"/{Tenant}/admin/content/new/News", ContentAdmin.Fields("publish",
            (1, "Title", $"Le budget participatif de Béni Mellal {word}"),
            (1, "Summary", "Comment proposer et voter."),
            (1, "Format", BodyFormats.RichText),
            (1, "Body", "<h2 style=\"color:red\" class=\"MsoTitle\">Comment voter</h2>"
                + $"<p onclick=\"alert(1)\">Le <strong>vote</strong> est ouvert, {word} ; <a href=\"javascript:alert(2)\">piège</a> et <a href=\"/pages/budget\">le budget</a>.</p>"
                + "<script>alert(3)</script><ul><li>Proposer un projet</li><li>Voter</li></ul>")));

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var set = SetFrom(saved);
        var fr = (await ContentAdmin.ItemsAsync(factory, Tenant, set)).Single();
        ContentParts.Parse(fr.PartsJson).IsRichText.ShouldBeTrue();
        // Kept as it is shown: no script, handler, style or class waits in the history.
        fr.Body.ShouldNotContain("script");
        fr.Body.ShouldNotContain("onclick");
        fr.Body.ShouldNotContain("style=");
        fr.Body.ShouldNotContain("MsoTitle");
        fr.Body.ShouldNotContain("javascript:");

        var visitor = new BrowserSession(factory.Browser());
        var page = await visitor.GetTextAsync($"/{Tenant}/news/{fr.Slug}?culture=fr");
        page.ShouldContain("<h2>Comment voter</h2>");
        page.ShouldContain("<strong>vote</strong>");
        page.ShouldContain("<a href=\"/pages/budget\">le budget</a>");
        page.ShouldContain("<li>Proposer un projet</li>");
        page.ShouldNotContain("alert(");

        // Indexed as words, not markup.
        var results = await visitor.GetTextAsync($"/{Tenant}/search?q={word}&culture=fr");
        results.ShouldContain(fr.Slug);
        results.ShouldNotContain("&lt;strong&gt;");
        results.ShouldNotContain("&lt;p");

        // The editor opens again in rich-text mode with the sanitized text ready for the visual area.
        var editor = await staff.GetTextAsync($"/{Tenant}/admin/content/{set}");
        editor.ShouldMatch("<input type=\"radio\" name=\"Input.Cultures\\[1\\].Format\" value=\"html\" checked=\"checked\"");
        editor.ShouldContain("<template class=\"rich-initial\"><h2>Comment voter</h2>");
        editor.ShouldContain("rich-text.js");
    }

    [Fact]
    public async Task SwitchingToRichText_RendersTheMarkdownForEditors_WithTheFormToken()
    {
        var staff = await EditorAsync();
        var form = await staff.GetTextAsync($"/{Tenant}/admin/content/new/News");
        var url = Regex.Match(form, "data-markdown-url=\"([^\"]+)\"").Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal);
        url.ShouldBe($"/{Tenant}/admin/content/new/News?handler=RenderMarkdown", StringCompareShould.IgnoreCase);
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var fields = new Dictionary<string, string> { ["markdown"] = "## التصويت\n\nصوّت على **مشروعك** <script>alert(1)</script>" };

        var rendered = await staff.PostAsync(url, fields, token);
        rendered.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await rendered.Content.ReadAsStringAsync();
        html.ShouldContain("<h2");
        html.ShouldContain("<strong>مشروعك</strong>");
        html.ShouldNotContain("<script");

        (await staff.PostAsync(url, fields, antiforgeryToken: null)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var anonymous = await new BrowserSession(factory.Browser()).PostAsync(url, fields, token);
        anonymous.StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AnEditorsFormWithAnExpiredToken_IsRefused_ButItsTextComesBackToBeSentAgain()
    {
        var staff = await EditorAsync();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var fields = News(suffix);
        // Everything the editor's form sends (hidden fields included), as a page left open overnight would.
        foreach (var (name, value) in BrowserSession.FormValues(await staff.GetTextAsync($"/{Tenant}/admin/content/new/News?culture=fr")))
        {
            fields.TryAdd(name, value);
        }

        var refused = await staff.PostAsync($"/{Tenant}/admin/content/new/News?culture=fr", fields, antiforgeryToken: "left-open-overnight");

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await refused.Content.ReadAsStringAsync();
        page.ShouldContain("Le formulaire a expiré");
        page.ShouldContain(fields["Input.Cultures[0].Title"]);
        page.ShouldContain("تفتح الجماعة باب **المشاركة** أمام المواطنين والجمعيات.");

        // The refusal page's own form sends everything again with a fresh token: the item is published.
        var resent = await staff.PostFormAsync(page, $"/{Tenant}/admin/content/new/News?culture=fr", new Dictionary<string, string> { ["action"] = "publish" });
        resent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var items = await ContentAdmin.ItemsAsync(factory, Tenant, SetFrom(resent));
        items.Select(i => i.Title).ShouldBe([fields["Input.Cultures[0].Title"], fields["Input.Cultures[1].Title"]]);
        items[0].Body.ShouldBe(fields["Input.Cultures[0].Body"]);
        items.ShouldAllBe(i => i.Published);
    }

    [Fact]
    public async Task Publishing_RaisesAnEvent_ThatTheHostsOwnDispatcherDeliversWithinSeconds()
    {
        var staff = await EditorAsync();
        var saved = await staff.SubmitFormAsync($"/{Tenant}/admin/content/new/News", News(Guid.NewGuid().ToString("N")[..6]));
        var set = SetFrom(saved);

        await using var db = factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant(Tenant));
        var deadline = DateTime.UtcNow.AddSeconds(15);
        OpenRegion.Cms.Core.Workflows.OutboxMessage? message = null;
        while (DateTime.UtcNow < deadline)
        {
            message = (await db.Set<OpenRegion.Cms.Core.Workflows.OutboxMessage>().AsNoTracking()
                .Where(m => m.EventType == ContentEvents.Published).ToListAsync()).SingleOrDefault(m => m.PayloadJson.Contains(set, StringComparison.Ordinal));
            if (message?.Status == OpenRegion.Cms.Core.Workflows.OutboxStatus.Done)
            {
                break;
            }

            await Task.Delay(100);
        }

        message.ShouldNotBeNull().Status.ShouldBe(OpenRegion.Cms.Core.Workflows.OutboxStatus.Done);
        message.TenantId.ShouldBe(Tenant);
    }

    [GeneratedRegex("/admin/content/([0-9a-f]{32})")]
    private static partial Regex SetInLocation();
}

public sealed class SqliteNewsLifecycleTests(SqlitePlatformFactory factory) : NewsLifecycleTests<SqlitePlatformFactory>(factory), IClassFixture<SqlitePlatformFactory>;

public sealed class PostgresNewsLifecycleTests(PostgresPlatformFactory factory) : NewsLifecycleTests<PostgresPlatformFactory>(factory), IClassFixture<PostgresPlatformFactory>;
