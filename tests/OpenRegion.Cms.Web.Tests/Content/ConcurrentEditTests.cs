using System.Net;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Web.Tests.Content;

/// <summary>Two editors change the same item: the second save is told, keeps its text, and overwrites only knowingly.</summary>
public abstract class ConcurrentEditTests<TFactory>(TFactory factory) where TFactory : PlatformFactory
{
    [Fact]
    public async Task TheSecondEditorIsToldOfTheConflict_KeepsTheirText_AndNothingIsOverwrittenSilently()
    {
        var first = await PlatformUsers.CreateAsync(factory, "azilal", CmsRoles.Editor);
        var second = await PlatformUsers.CreateAsync(factory, "azilal", CmsRoles.Editor);
        var amina = new BrowserSession(factory.Browser());
        var karim = new BrowserSession(factory.Browser());
        await amina.LogInAsync(first.Email!, PlatformUsers.Password);
        await karim.LogInAsync(second.Email!, PlatformUsers.Password);
        var set = await ContentAdmin.SetAsync(factory, "azilal", "HomePage");
        var url = $"/azilal/admin/content/{set}?culture=fr";
        var karimsForm = await karim.GetTextAsync(url);

        (await amina.SubmitFormAsync(url, ContentAdmin.Fields("publish", (1, "Title", "Texte d'Amina"), (1, "Body", "Version d'Amina."))))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var conflict = await karim.PostFormAsync(karimsForm, url, ContentAdmin.Fields("publish", (1, "Title", "Texte de Karim"), (1, "Body", "Version de Karim.")));

        conflict.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var page = await conflict.Content.ReadAsStringAsync();
        page.ShouldContain("Quelqu’un d’autre a enregistré ce contenu");
        page.ShouldContain("value=\"Texte de Karim\"");
        page.ShouldContain("Version de Karim.");
        page.ShouldContain("Version d&#x27;Amina.");
        (await ContentAdmin.ItemsAsync(factory, "azilal", set)).Single(i => i.Culture == "fr").Title.ShouldBe("Texte d'Amina");

        // Having seen Amina's version, Karim saves again on purpose: the form now carries the current version.
        var again = await karim.PostFormAsync(page, url, ContentAdmin.Fields("publish"));
        again.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ContentAdmin.ItemsAsync(factory, "azilal", set)).Single(i => i.Culture == "fr").Title.ShouldBe("Texte de Karim");
    }
}

public sealed class SqliteConcurrentEditTests(SqlitePlatformFactory factory) : ConcurrentEditTests<SqlitePlatformFactory>(factory), IClassFixture<SqlitePlatformFactory>;

public sealed class PostgresConcurrentEditTests(PostgresPlatformFactory factory) : ConcurrentEditTests<PostgresPlatformFactory>(factory), IClassFixture<PostgresPlatformFactory>;
