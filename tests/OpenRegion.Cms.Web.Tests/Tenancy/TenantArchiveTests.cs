using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenRegion.Cms.Core.Budgeting.Model;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Media;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Data;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Web.Tests.Tenancy;

/// <summary>
/// A commune moved between deployments as one archive, across database engines: onboarded through HTTP on the source,
/// given a citizen, a vote and a file, exported, imported into an empty deployment, and compared row for row and page
/// for page. Damaged, altered, newer or clashing archives are refused and leave nothing behind.
/// </summary>
public abstract class TenantArchiveTests<TSource, TTarget>(TSource source) : IClassFixture<TSource>
    where TSource : PlatformFactory
    where TTarget : PlatformFactory, new()
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private static async Task<TTarget> EmptyTargetAsync()
    {
        var target = new TTarget { Empty = true };
        await target.InitializeAsync();
        return target;
    }

    private static async Task<byte[]> ExportAsync(PlatformFactory factory, string tenant)
    {
        // Events still waiting (the recipe's content.imported, say) would be delivered on one side and not the other
        // between the export and the comparison: deliver them first, as a quiet moment of the source would.
        await factory.Service<OpenRegion.Cms.Core.Workflows.OutboxDispatcher>().DrainAsync();
        using var archive = new MemoryStream();
        await factory.Service<TenantExporter>().ExportAsync(tenant, archive);
        return archive.ToArray();
    }

    private static async Task<TenantArchiveSummary> ImportAsync(PlatformFactory factory, byte[] archive, string? parent = null)
    {
        using var stream = new MemoryStream(archive);
        return await factory.Service<TenantImporter>().ImportAsync(stream, parent);
    }

    /// <summary>The archive's entries by name (the manifest aside, whose date differs from one export to the next).</summary>
    private static Dictionary<string, byte[]> Entries(byte[] archive)
    {
        using var zip = new ZipArchive(new MemoryStream(archive), ZipArchiveMode.Read);
        return zip.Entries.Where(e => e.FullName != TenantArchiveFormat.ManifestEntry).ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    /// <summary>A copy of the archive with entries changed; with <paramref name="fixChecksums"/>, the manifest is rewritten to match (a careful forger).</summary>
    private static byte[] Rewrite(byte[] archive, Func<string, byte[], byte[]?> change, bool fixChecksums = false, Action<JsonObject>? manifest = null)
    {
        using var input = new ZipArchive(new MemoryStream(archive), ZipArchiveMode.Read);
        var entries = Entries(archive).Select(e => (Name: e.Key, Content: change(e.Key, e.Value))).Where(e => e.Content is not null).ToList();
        var manifestJson = JsonNode.Parse(new StreamReader(input.GetEntry(TenantArchiveFormat.ManifestEntry)!.Open()).ReadToEnd())!.AsObject();
        if (fixChecksums)
        {
            manifestJson["Entries"] = new JsonArray(entries.Select(e => (JsonNode)new JsonObject
            {
                ["Name"] = e.Name, ["Bytes"] = e.Content!.Length, ["Sha256"] = TenantArchiveFormat.Sha256(e.Content),
            }).ToArray());
        }

        manifest?.Invoke(manifestJson);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries.Append((TenantArchiveFormat.ManifestEntry, Encoding.UTF8.GetBytes(manifestJson.ToJsonString()))))
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(content!);
            }
        }

        return output.ToArray();
    }

    /// <summary>
    /// An entry as the engines agree on it: files byte for byte; rows value for value, where the engines differ only
    /// in how they keep the same value (PostgreSQL keeps instants to the microsecond, SQLite to 100 ns; a decimal
    /// column keeps its scale on PostgreSQL).
    /// </summary>
    private static string Comparable(byte[] content, string name, string? replace = null, string? by = null)
    {
        if (!name.EndsWith(".jsonl", StringComparison.Ordinal) && name != TenantArchiveFormat.TenantEntry)
        {
            return Convert.ToHexString(content);
        }

        JsonNode? Normal(JsonNode? node) => node switch
        {
            JsonObject o => new JsonObject(o.Where(p => p.Key != nameof(CmsUser.IsPlatformAdmin)).Select(p => KeyValuePair.Create(p.Key, Normal(p.Value)))), // reset on import, by design
            JsonArray a => new JsonArray(a.Select(Normal).ToArray()),
            JsonValue v when v.GetValueKind() == JsonValueKind.Number => JsonValue.Create(v.GetValue<decimal>() / 1.000000000000000000000000000000000m),
            JsonValue v when v.GetValueKind() == JsonValueKind.String && Regex.IsMatch(v.GetValue<string>(), @"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?[+-]\d\d:\d\d$")
                => JsonValue.Create(DateTimeOffset.Parse(v.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) is var instant ? new DateTimeOffset(instant.UtcTicks - instant.UtcTicks % 1000, TimeSpan.Zero) : default),
            _ => node?.DeepClone(),
        };

        var text = Encoding.UTF8.GetString(content);
        text = replace is null ? text : text.Replace(replace, by, StringComparison.Ordinal);
        return string.Join('\n', text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.Contains("\"ADMIN@REGION.TEST\"", StringComparison.Ordinal)) // the administrator is each deployment's own (below)
            .Select(line => Normal(JsonNode.Parse(line))!.ToJsonString()));
    }

    private static async Task<string> AdminIdAsync(PlatformFactory factory)
    {
        await using var db = factory.Service<CmsDbContextFactory>().Create(CmsDbScope.Platform);
        return await db.Set<CmsUser>().Where(u => u.NormalizedEmail == PlatformFactory.AdminEmail.ToUpperInvariant()).Select(u => u.Id).SingleAsync();
    }

    private static async Task<int> RowsOfAsync(PlatformFactory factory, string tenant)
    {
        await using var db = factory.Service<CmsDbContextFactory>().Create(CmsDbScope.Platform);
        return await db.Set<ContentItem>().CountAsync(c => c.TenantId == tenant) + await db.Set<OpenRegion.Cms.Core.Audit.AuditEntry>().CountAsync(a => a.TenantId == tenant);
    }

    /// <summary>The page's main region without what differs by request (antiforgery tokens) or by deployment (nothing else should).</summary>
    private static string MainOf(string html)
    {
        var main = Regex.Match(html, "<main.*?</main>", RegexOptions.Singleline).Value;
        main.ShouldNotBeEmpty();
        return Regex.Replace(main, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"", "");
    }

    [Fact]
    public async Task A_commune_onboarded_through_HTTP_moves_to_an_empty_deployment_with_its_pages_votes_and_files()
    {
        var id = "c" + Guid.NewGuid().ToString("N")[..6];
        var admin = await PlatformUsers.PlatformAdminAsync(source);
        var page = "/admin/onboarding?culture=fr";
        var created = await admin.PostAsync(page, new Dictionary<string, string>
        {
            ["Site.Id"] = id, ["Site.NameAr"] = "جماعة تاكلفت", ["Site.NameFr"] = "Commune de Tagleft", ["Site.Kind"] = "Commune", ["Site.ParentId"] = "province-azilal",
            ["Site.UrlPrefix"] = id, ["Site.Population"] = "12000", ["Appearance.MainColour"] = "#1f6b34", ["Appearance.LinksColour"] = "#125a9c",
        }, await admin.TokenAsync(page));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        source.Service<TenantRegistry>().Find(id).ShouldNotBeNull().State.ShouldBe(TenantState.Running);

        // A file in its media library (through the page), a resident citizen and their ballot with its receipt.
        var upload = await admin.PostMultipartAsync($"/{id}/admin/media?culture=fr", $"/{id}/admin/media?culture=fr",
            new Dictionary<string, string> { ["Input.AltAr"] = "سوق تاكلفت", ["Input.AltFr"] = "Le souk de Tagleft" }, ("Input.File", "souk.png", Png));
        upload.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        upload.Headers.Location!.OriginalString.ShouldNotContain("login");
        var citizen = await PlatformUsers.CreateAsync(source);
        await using (var scope = source.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
            var stored = (await users.FindByIdAsync(citizen.Id))!;
            stored.ResidenceTenantId = id;
            stored.IsPlatformAdmin = true; // an operator of the source who lives there: not an operator of the next deployment
            (await users.UpdateAsync(stored)).Succeeded.ShouldBeTrue();
        }

        // Staff set up a participatory budget on the new commune's pages.
        var process = await admin.SubmitAsync($"/{id}/admin/budgets?culture=fr", new Dictionary<string, string>
        {
            ["Input.TitleAr"] = "الميزانية التشاركية 2027", ["Input.TitleFr"] = "Budget participatif 2027", ["Input.Slug"] = "bp-2027",
        }, $"/{id}/admin/budgets?handler=create&culture=fr");
        process.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await process.Content.ReadAsStringAsync()));
        var processPage = process.Headers.Location!.OriginalString;
        var envelope = await admin.SubmitAsync($"{processPage}?culture=fr", new Dictionary<string, string>
        {
            ["BudgetForm.NameAr"] = "غلاف 2027", ["BudgetForm.NameFr"] = "Enveloppe 2027", ["BudgetForm.Amount"] = "200000", ["BudgetForm.BallotKind"] = "Knapsack",
            ["BudgetForm.MinProjects"] = "1", ["BudgetForm.Communes"] = id,
        }, $"{processPage}?handler=budget&culture=fr");
        envelope.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await envelope.Content.ReadAsStringAsync()));

        string mediaUrl;
        await using (var db = source.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant(id)))
        {
            var budget = await db.Set<Budget>().OrderBy(b => b.Id).FirstAsync();
            db.Add(new Ballot { BudgetId = budget.Id, VoterId = citizen.Id, ChoicesJson = "[]", ReceiptCode = "TGL-" + id, CastUtc = DateTimeOffset.UtcNow, UpdatedUtc = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
            mediaUrl = (await db.Set<MediaItem>().SingleAsync()).Url;
        }

        var archive = await ExportAsync(source, id);
        var target = await EmptyTargetAsync();
        try
        {
            // The commune's province (and the province's region) move first: ids are kept, so they never clash with each other.
            await ImportAsync(target, await ExportAsync(source, "region"));
            await ImportAsync(target, await ExportAsync(source, "province-azilal"));
            await MovedAsync(target, archive, id, citizen, mediaUrl);
        }
        finally
        {
            await target.DisposeAsync();
        }
    }

    private async Task MovedAsync(TTarget target, byte[] archive, string id, CmsUser citizen, string mediaUrl)
    {
        var imported = await ImportAsync(target, archive);

        // Row for row: exported again from the new deployment, every table and file is the same, byte for byte
        // (its audit trail has one line more: the import itself).
        // The source's administrator has an account here with the same e-mail: the rows that named them name it now.
        var again = Entries(await ExportAsync(target, id));
        var sourceAdmin = await AdminIdAsync(source);
        var hereAdmin = await AdminIdAsync(target);
        hereAdmin.ShouldNotBe(sourceAdmin);
        var before = Entries(archive);
        again.Keys.Order().ShouldBe(before.Keys.Order());
        foreach (var (name, content) in before.Where(e => e.Key != "data/AuditEntries.jsonl"))
        {
            Comparable(again[name], name, hereAdmin, sourceAdmin).ShouldBe(Comparable(content, name), name);
        }

        imported.RowsPerTable["Ballots"].ShouldBe(1);
        imported.RowsPerTable["ContentItems"].ShouldBeGreaterThan(5);
        imported.Files.ShouldBe(1);
        imported.Accounts.ShouldBeGreaterThanOrEqualTo(1);

        // Page for page, for a visitor in Arabic and in French.
        var (from, to) = (source.Browser(), target.Browser());
        foreach (var path in new[] { $"/{id}/?culture=ar", $"/{id}/?culture=fr", $"/{id}/budgets?culture=fr", $"/{id}/news?culture=ar" })
        {
            var expected = await from.GetAsync(path);
            var actual = await to.GetAsync(path);
            actual.StatusCode.ShouldBe(expected.StatusCode, path);
            MainOf(await actual.Content.ReadAsStringAsync()).ShouldBe(MainOf(await expected.Content.ReadAsStringAsync()), path);
        }

        (await to.GetByteArrayAsync($"/{id}{mediaUrl}")).ShouldBe(Png);

        // The citizen logs in on the new deployment with the same password and their ballot is theirs.
        var moved = new BrowserSession(target.Browser());
        await moved.LogInAsync(citizen.Email!, PlatformUsers.Password);
        await using (var db = target.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant(id)))
        {
            (await db.Set<Ballot>().SingleAsync()).VoterId.ShouldBe(citizen.Id);

            // New rows take new ids after the imported ones (PostgreSQL's sequences were moved past them).
            db.Add(new Ballot { BudgetId = (await db.Set<Budget>().OrderBy(b => b.Id).FirstAsync()).Id, VoterId = Guid.NewGuid().ToString(), ChoicesJson = "[]", ReceiptCode = "NEW-" + id, CastUtc = DateTimeOffset.UtcNow, UpdatedUtc = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        // A platform administrator of the source is not one here: this deployment's administrators are its own.
        await using (var db = target.Service<CmsDbContextFactory>().Create(CmsDbScope.Platform))
        {
            (await db.Set<CmsUser>().Where(u => u.IsPlatformAdmin).Select(u => u.Id).ToListAsync()).ShouldBe([await AdminIdAsync(target)]);
            (await db.Set<CmsUser>().SingleAsync(u => u.Id == citizen.Id)).ResidenceTenantId.ShouldBe(id);
        }
    }

    [Fact]
    public async Task Damaged_altered_newer_or_clashing_archives_are_refused_and_leave_nothing_behind()
    {
        const string Id = "khouribga";
        var archive = await ExportAsync(source, Id);
        var target = await EmptyTargetAsync();
        try
        {
            await RefusalsAsync(target, archive);
        }
        finally
        {
            await target.DisposeAsync();
        }
    }

    private async Task RefusalsAsync(TTarget target, byte[] archive)
    {
        const string Id = "khouribga";

        async Task RefusedAsync(byte[] bytes, string message)
        {
            var refused = await Should.ThrowAsync<TenantValidationException>(() => ImportAsync(target, bytes));
            refused.Message.ShouldContain(message);
            target.Service<TenantRegistry>().Find(Id).ShouldBeNull();
            (await RowsOfAsync(target, Id)).ShouldBe(0);
            Directory.Exists(Path.Combine(target.DataDirectory, "media", Id)).ShouldBeFalse();
        }

        await RefusedAsync(archive[..(archive.Length / 2)], "truncated");
        await RefusedAsync(Encoding.UTF8.GetBytes("id,name_ar\n"), "not a tenant archive");
        await RefusedAsync(Rewrite(archive, (name, content) => name == "data/ContentItems.jsonl" ? Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(content).Replace("Khouribga", "Kh0uribga", StringComparison.Ordinal)) : content),
            "data/ContentItems.jsonl does not match its checksum");
        await RefusedAsync(Rewrite(archive, (name, content) => name == "data/Ballots.jsonl" ? null : content), "data/Ballots.jsonl is missing");
        await RefusedAsync(Rewrite(archive, (_, content) => content, manifest: m => m["Version"] = TenantArchiveFormat.CurrentVersion + 1), "newer version");
        await RefusedAsync(Rewrite(archive, (_, content) => content, manifest: m => m["Tables"]!.AsArray().First(t => (string?)t!["Name"] == "Petitions")!["Columns"]!.AsArray().Add("QuorumRule")),
            "table Petitions has a column QuorumRule");
        await RefusedAsync(archive, "province 'province-khouribga' is not on this platform");

        // A careful forger who also rewrites the checksums still cannot take ids that are used: here, the source's own.
        var forged = Rewrite(archive, (name, content) => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(content).Replace("\"khouribga\"", "\"khouribga-bis\"", StringComparison.Ordinal)),
            fixChecksums: true, manifest: m => m["TenantId"] = "khouribga-bis");
        var clash = await Should.ThrowAsync<TenantValidationException>(() => ImportAsync(source, forged, "province-khouribga"));
        clash.Message.ShouldContain("already holds a row");
        source.Service<TenantRegistry>().Find("khouribga-bis").ShouldBeNull();
        (await RowsOfAsync(source, "khouribga-bis")).ShouldBe(0);

        // Once its region and province are there, the same archive goes in; a second time it is refused.
        await ImportAsync(target, await ExportAsync(source, "region"));
        await ImportAsync(target, await ExportAsync(source, "province-khouribga"));
        (await ImportAsync(target, archive)).Rows.ShouldBeGreaterThan(10);
        (await Should.ThrowAsync<TenantValidationException>(() => ImportAsync(target, archive))).Message.ShouldContain("already exists");
    }
}

public sealed class SqliteToPostgresTenantArchiveTests(SqlitePlatformFactory source) : TenantArchiveTests<SqlitePlatformFactory, PostgresPlatformFactory>(source);

public sealed class PostgresToSqliteTenantArchiveTests(PostgresPlatformFactory source) : TenantArchiveTests<PostgresPlatformFactory, SqlitePlatformFactory>(source);
