using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Data;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Web.Tests.Content;

/// <summary>Two editors change the same page: the second save is told, keeps its text, and overwrites only knowingly.</summary>
public abstract partial class ConcurrentEditTests<TFactory>(TFactory factory) where TFactory : PlatformFactory
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
        long id;
        await using (var db = factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant("azilal")))
        {
            id = (await db.Set<ContentItem>().SingleAsync(c => c.ContentType == "HomePage" && c.Culture == "fr")).Id;
        }

        var url = $"/azilal/admin/pages/{id}?culture=fr";
        var karimsForm = await karim.GetTextAsync(url);
        var karimsVersion = Version().Match(karimsForm).Groups[1].Value;

        (await amina.SubmitAsync(url, new Dictionary<string, string> { ["Input.Title"] = "Texte d'Amina", ["Input.Body"] = "Version d'Amina.", ["Input.Published"] = "true" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var conflict = await karim.PostAsync(url, new Dictionary<string, string>
        {
            ["Input.Title"] = "Texte de Karim", ["Input.Body"] = "Version de Karim.", ["Input.Published"] = "true", ["Input.Version"] = karimsVersion,
        }, Token().Match(karimsForm).Groups[1].Value);

        conflict.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var page = await conflict.Content.ReadAsStringAsync();
        page.ShouldContain("Quelqu’un d’autre a enregistré cette page");
        page.ShouldContain("value=\"Texte de Karim\"");
        page.ShouldContain("Version de Karim.");
        page.ShouldContain("Version d&#x27;Amina.");
        (await TitleAsync(id)).ShouldBe("Texte d'Amina");

        // Having seen Amina's version, Karim saves again on purpose: the form now carries the current version.
        var again = await karim.PostAsync(url, new Dictionary<string, string>
        {
            ["Input.Title"] = "Texte de Karim", ["Input.Body"] = "Version de Karim.", ["Input.Published"] = "true", ["Input.Version"] = Version().Match(page).Groups[1].Value,
        }, Token().Match(page).Groups[1].Value);
        again.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await TitleAsync(id)).ShouldBe("Texte de Karim");
    }

    private async Task<string> TitleAsync(long id)
    {
        await using var db = factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant("azilal"));
        return (await db.Set<ContentItem>().AsNoTracking().SingleAsync(c => c.Id == id)).Title;
    }

    [GeneratedRegex("name=\"Input.Version\" value=\"(\\d+)\"")]
    private static partial Regex Version();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

public sealed class SqliteConcurrentEditTests(SqlitePlatformFactory factory) : ConcurrentEditTests<SqlitePlatformFactory>(factory), IClassFixture<SqlitePlatformFactory>;

public sealed class PostgresConcurrentEditTests(PostgresPlatformFactory factory) : ConcurrentEditTests<PostgresPlatformFactory>(factory), IClassFixture<PostgresPlatformFactory>;
