using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Media;
using OpenRegion.Cms.Data;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Web.Tests.Content;

/// <summary>An editor fills the media library and publishes a document; bad files are refused and leave nothing behind.</summary>
public abstract partial class MediaLibraryTests<TFactory>(TFactory factory) where TFactory : PlatformFactory
{
    private const string Tenant = "azilal";

    // The smallest valid PNG (1×1) and a PDF header: enough for the content checks.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private static byte[] Pdf(string text) => Encoding.ASCII.GetBytes($"%PDF-1.4\n% {text}\n%%EOF\n");

    private async Task<BrowserSession> EditorAsync()
    {
        var editor = await PlatformUsers.CreateAsync(factory, Tenant, CmsRoles.Editor);
        var session = new BrowserSession(factory.Browser());
        await session.LogInAsync(editor.Email!, PlatformUsers.Password);
        return session;
    }

    private static async Task<HttpResponseMessage> UploadAsync(BrowserSession session, string fileName, byte[] bytes, string? altAr = null, string? altFr = null)
    {
        var page = await session.GetTextAsync($"/{Tenant}/admin/media?culture=fr");
        var token = Token().Match(page).Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(altAr ?? ""), "Input.AltAr" },
            { new StringContent(altFr ?? ""), "Input.AltFr" },
            { new ByteArrayContent(bytes), "Input.File", fileName },
        };
        return await session.Client.PostAsync($"/{Tenant}/admin/media?culture=fr", form);
    }

    private async Task<MediaItem?> FindAsync(string sha256OrName)
    {
        await using var db = factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant(Tenant));
        return await db.Set<MediaItem>().AsNoTracking().OrderByDescending(m => m.Id).FirstOrDefaultAsync(m => m.FileName == sha256OrName || m.Sha256 == sha256OrName);
    }

    private int FilesOnDisk() =>
        Directory.Exists(Path.Combine(factory.DataDirectory, "media", Tenant))
            ? Directory.EnumerateFiles(Path.Combine(factory.DataDirectory, "media", Tenant), "*", SearchOption.AllDirectories).Count()
            : 0;

    [Fact]
    public async Task AnImageNeedsItsTextAlternative_ThenIsServedWithItsTypeToThisTenantOnly()
    {
        var staff = await EditorAsync();
        var name = $"souk-azilal-{Guid.NewGuid():N}.png";

        var refused = await UploadAsync(staff, name, Png, altAr: "سوق أزيلال");
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Décrivez l’image");
        (await FindAsync(name)).ShouldBeNull();

        var accepted = await UploadAsync(staff, name, Png, "سوق أزيلال الأسبوعي", "Le souk hebdomadaire d'Azilal");
        accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect, string.Join(" / ", Regex.Matches(await accepted.Content.ReadAsStringAsync(), "class=\"[^\"]*(error|validation)[^\"]*\"[^>]*>([^<]+)<").Select(m => m.Groups[2].Value)));
        var item = (await FindAsync(name)).ShouldNotBeNull();
        item.Kind.ShouldBe(MediaKind.Image);
        item.AltFr.ShouldBe("Le souk hebdomadaire d'Azilal");

        var visitor = factory.Browser();
        var image = await visitor.GetAsync($"/{Tenant}{item.Url}");
        image.StatusCode.ShouldBe(HttpStatusCode.OK);
        image.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        image.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        (await image.Content.ReadAsByteArrayAsync()).ShouldBe(Png);
        (await visitor.GetAsync($"/khouribga{item.Url}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var library = await staff.GetTextAsync($"/{Tenant}/admin/media?culture=fr");
        library.ShouldContain($"![Le souk hebdomadaire d&#x27;Azilal](/{Tenant}{item.Url})");
    }

    [Theory]
    [InlineData("tract.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", "Ce type de fichier n’est pas accepté")]
    [InlineData("budget.pdf", "MZ\u0090\0 not a pdf at all", "ne correspond pas à son extension .pdf")]
    [InlineData("photo.jpg", "<html><script>alert(1)</script></html>", "ne correspond pas à son extension .jpg")]
    [InlineData("page.html", "<html></html>", "Ce type de fichier n’est pas accepté")]
    [InlineData("vide.pdf", "", "Choisissez un fichier à envoyer.")]
    public async Task ADisallowedOrDisguisedFileIsRefused_AndNothingIsKept(string fileName, string content, string message)
    {
        var staff = await EditorAsync();
        var before = FilesOnDisk();

        var response = await UploadAsync(staff, fileName, Encoding.UTF8.GetBytes(content), "نص", "texte");

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadAsStringAsync()).ShouldContain(message);
        (await FindAsync(MediaRules.CleanFileName(fileName))).ShouldBeNull();
        FilesOnDisk().ShouldBe(before);
    }

    [Fact]
    public async Task AnOversizedDocumentIsRefusedWithItsLimit()
    {
        var staff = await EditorAsync();
        var big = new byte[(int)MediaRules.MaxDocumentBytes + 1];
        Pdf("big").CopyTo(big, 0);

        var response = await UploadAsync(staff, "rapport-annuel.pdf", big);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Le fichier est trop volumineux : 20 Mo au maximum pour ce type.");
        (await FindAsync("rapport-annuel.pdf")).ShouldBeNull();
    }

    [Fact]
    public async Task AnEditorPublishesADocument_CitizensDownloadIt_AndItsFileCannotBeDeletedWhileUsed()
    {
        var staff = await EditorAsync();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var bytes = Pdf("Programme d'action " + suffix);
        (await UploadAsync(staff, $"Programme d'action {suffix}.pdf", bytes)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var file = (await FindAsync($"programme-d-action-{suffix}.pdf")).ShouldNotBeNull();
        file.Kind.ShouldBe(MediaKind.Document);

        var noFile = await staff.SubmitFormAsync($"/{Tenant}/admin/content/new/Document?culture=fr", ContentAdmin.Fields("publish", (1, "Title", $"Programme d'action {suffix}")));
        noFile.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await noFile.Content.ReadAsStringAsync()).ShouldContain("Choisissez le fichier de ce document.");

        var id = file.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var saved = await staff.SubmitFormAsync($"/{Tenant}/admin/content/new/Document?culture=fr", ContentAdmin.Fields("publish",
            (0, "Title", $"برنامج عمل الجماعة {suffix}"), (0, "FileMediaId", id),
            (1, "Title", $"Programme d'action de la commune {suffix}"), (1, "Summary", "Le programme adopté par le conseil."), (1, "FileMediaId", id)));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var visitor = new BrowserSession(factory.Browser());
        var list = await visitor.GetTextAsync($"/{Tenant}/documents?culture=fr");
        list.ShouldContain($"Programme d&#x27;action de la commune {suffix}");
        var page = await visitor.GetTextAsync($"/{Tenant}/documents/programme-d-action-de-la-commune-{suffix}?culture=fr");
        page.ShouldContain($"href=\"/{Tenant}{file.Url}\"");
        page.ShouldContain("Télécharger (PDF");
        var download = await visitor.GetAsync($"/{Tenant}{file.Url}");
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(bytes);

        var library = await staff.GetTextAsync($"/{Tenant}/admin/media?culture=fr");
        var delete = await staff.PostAsync($"/{Tenant}/admin/media?handler=delete&id={id}&culture=fr", new Dictionary<string, string>(), Token().Match(library).Groups[1].Value);
        delete.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await staff.GetTextAsync($"/{Tenant}/admin/media?culture=fr")).ShouldContain("est encore utilisé par");
        (await FindAsync(file.FileName)).ShouldNotBeNull();
        (await visitor.GetAsync($"/{Tenant}{file.Url}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task TheRegionsOwnDocuments_ComeWithTheDemo_InItsLibrary_AndDownloadable()
    {
        var visitor = new BrowserSession(factory.Browser());
        var list = await visitor.GetTextAsync("/documents?culture=fr");
        list.ShouldContain("Projet de programme");
        list.ShouldContain("Schéma directeur d&#x27;informatisation");

        var page = await visitor.GetTextAsync("/documents/projet-programme-region-ouverte-2020-2023?culture=fr");
        var href = Regex.Match(page, "href=\"(/media/[0-9]+/programme-region-ouverte-2020-2023\\.odt)\"").Groups[1].Value;
        href.ShouldNotBeEmpty();
        var download = await visitor.GetAsync(href);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.oasis.opendocument.text");
        var bytes = await download.Content.ReadAsByteArrayAsync();
        System.Text.Encoding.ASCII.GetString(bytes, 0, 2).ShouldBe("PK");

        // One library entry however many translations point at it; the Arabic translation offers the same file.
        var arabic = await visitor.GetTextAsync($"/documents/{Uri.EscapeDataString("مشروع-برنامج-الجهة-المنفتحة-2020-2023")}?culture=ar");
        arabic.ShouldContain($"href=\"{href}\"");
        await using var db = factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant("region"));
        // The three documents once each, though the publication catalogue lists them too; and the catalogue's eight data files.
        (await db.Set<MediaItem>().CountAsync(m => m.UploadedBy == "recipe" && m.FileName.EndsWith(".odt"))).ShouldBe(3);
        (await db.Set<MediaItem>().CountAsync(m => m.UploadedBy == "recipe")).ShouldBe(11);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

public sealed class SqliteMediaLibraryTests(SqlitePlatformFactory factory) : MediaLibraryTests<SqlitePlatformFactory>(factory), IClassFixture<SqlitePlatformFactory>;

public sealed class PostgresMediaLibraryTests(PostgresPlatformFactory factory) : MediaLibraryTests<PostgresPlatformFactory>(factory), IClassFixture<PostgresPlatformFactory>;
