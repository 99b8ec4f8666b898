using System.Collections;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Data;
using OpenRegion.Cms.Web.Security;
using OpenRegion.Cms.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OpenRegion.Cms.Web.Tests.Isolation;

/// <summary>
/// Every endpoint of every module, found in the endpoint data source (so a new one is covered without a line here),
/// is tried by the administrator of tenant A (Azilal) against the other tenants' objects: every id and slug that
/// exists in another tenant (Beni Mellal, the region, the provinces, Khouribga), in A's addresses (GET and every POST
/// handler, with forged tenant and id fields) and in B's administration. Every title and name of the other tenants'
/// rows carries a marker first: no answer in A's addresses may show one, B's administration answers 403 or 404,
/// nothing answers 500, and afterwards every row of every other tenant is exactly as it was.
/// </summary>
public abstract class EndpointIsolationTests<TFactory>(TFactory factory, ITestOutputHelper output) : IClassFixture<TFactory> where TFactory : PlatformFactory
{
    private const string A = "azilal";
    private const string B = "beni-mellal";
    private const string Marker = "XLEAK";

    private IReadOnlyList<RouteEndpoint> Endpoints() => EndpointCatalog.Endpoints(factory);

    [Fact]
    public void EveryEndpoint_DeclaresWhoMayUseIt()
    {
        var endpoints = Endpoints();
        endpoints.Count.ShouldBeGreaterThan(100);
        var undeclared = endpoints
            .Where(e => !UndeclaredEndpointGuard.Declares(e))
            .Select(e => $"{e.RoutePattern.RawText} ({e.DisplayName})")
            .ToList();
        undeclared.ShouldBeEmpty("Each endpoint needs an authorization policy or [AllowAnonymous]");
    }

    [Fact]
    public async Task TheAdministratorOfA_ReadsAndChangesNothingOfAnotherTenant_ThroughAnyEndpoint()
    {
        await MarkOtherTenantsAsync();
        var before = await SnapshotAsync();
        var (ids, slugs) = await EndpointCatalog.KeysAsync(factory, t => t != A);
        ids.Count.ShouldBeGreaterThan(20);
        slugs.Count.ShouldBeGreaterThan(10);

        // The marker shows where it belongs (B's own public pages), so its absence below means something.
        foreach (var own in new[] { $"/{B}/petitions", $"/{B}/budgets", $"/{B}/consultations", $"/{B}/news", "/information", "/publications" })
        {
            (await new BrowserSession(factory.Browser()).GetTextAsync(own)).ShouldContain(Marker, customMessage: own);
        }

        var user = await PlatformUsers.CreateAsync(factory, A, CmsRoles.TenantAdmin);
        var admin = new BrowserSession(factory.Browser());
        await admin.LogInAsync(user.Email!, PlatformUsers.Password, "/" + A);
        var token = await admin.TokenAsync($"/{A}/admin/content");

        var failures = new List<string>();
        var requests = 0;
        var endpoints = Endpoints();
        foreach (var endpoint in endpoints)
        {
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            var page = endpoint.Metadata.GetMetadata<PageActionDescriptor>();
            var isAdmin = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>() is not null
                && (endpoint.RoutePattern.RawText ?? "").TrimStart('/').StartsWith("admin", StringComparison.OrdinalIgnoreCase);
            // Signing out would end the probe: every other handler is tried.
            var handlers = page is null || page.ViewEnginePath == "/Account/Logout" ? [] : EndpointCatalog.PostHandlersOf(page);
            foreach (var path in EndpointCatalog.Paths(endpoint.RoutePattern, ids, slugs))
            {
                if (page is not null || methods is null || methods.Contains("GET"))
                {
                    requests++;
                    await CheckAsync(await admin.GetAsync($"/{A}{path}"), $"GET /{A}{path}", failures);
                    if (isAdmin)
                    {
                        requests++;
                        await CheckForbiddenAsync(await admin.GetAsync($"/{B}{path}"), $"GET /{B}{path}", failures);
                    }
                }

                foreach (var handler in handlers)
                {
                    var query = (handler.Length > 0 ? $"?handler={handler}&" : "?") + string.Join('&', IdNames.Select(n => $"{n}={ids[(requests + n.Length) % ids.Count]}"));
                    requests++;
                    await CheckAsync(await admin.PostAsync($"/{A}{path}{query}", Forged(ids, slugs, requests), token), $"POST /{A}{path}{query}", failures);
                    if (isAdmin)
                    {
                        requests++;
                        await CheckForbiddenAsync(await admin.PostAsync($"/{B}{path}{query}", Forged(ids, slugs, requests), token), $"POST /{B}{path}{query}", failures);
                    }
                }
            }
        }

        // Still signed in as A's administrator at the end: the refusals above were refusals, not a lost session.
        (await admin.GetAsync($"/{A}/admin")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.GetAsync($"/{B}/admin")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        output.WriteLine($"{endpoints.Count} endpoints, {requests} requests, {ids.Count} ids and {slugs.Count} slugs of other tenants: " + string.Join(", ", _statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")));
        foreach (var failure in failures.GroupBy(f => System.Text.RegularExpressions.Regex.Replace(f, "[0-9]+", "N")).Take(60))
        {
            output.WriteLine($"{failure.Count()} × {failure.First()}");
        }

        failures.ShouldBeEmpty();
        var after = await SnapshotAsync();
        var changed = before.Keys.Union(after.Keys).Where(k => before.GetValueOrDefault(k) != after.GetValueOrDefault(k)).ToList();
        changed.ShouldBeEmpty("rows of other tenants changed");
    }

    private static readonly string[] IdNames = ["id", "sectionId", "contributionId", "ideaId", "solutionId", "eventId", "fileId", "budgetId", "projectId", "versionId", "lineId", "itemId"];

    private static Dictionary<string, string> Forged(IReadOnlyList<long> ids, IReadOnlyList<string> slugs, int seed)
    {
        var id = ids[seed % ids.Count].ToString(System.Globalization.CultureInfo.InvariantCulture);
        var slug = slugs[seed % slugs.Count];
        return new Dictionary<string, string>
        {
            ["TenantId"] = B, ["Input.TenantId"] = B, ["Tenant"] = B, ["Id"] = id, ["Input.Id"] = id, ["Slug"] = slug, ["Input.Slug"] = slug,
            ["ContentItemId"] = id, ["LocalizationSet"] = slug, ["UserId"] = id, ["Body"] = "forged", ["Input.Title"] = "forged", ["Title"] = "forged",
        };
    }

    private readonly Dictionary<string, int> _statuses = [];

    private async Task CheckAsync(HttpResponseMessage response, string what, List<string> failures)
    {
        var kind = $"{what.Split(' ')[0]} {(what.Contains($"/{B}/", StringComparison.Ordinal) ? "B" : "A")} {(int)response.StatusCode}";
        _statuses[kind] = _statuses.GetValueOrDefault(kind) + 1;
        if (response.StatusCode >= HttpStatusCode.InternalServerError)
        {
            failures.Add($"{what}: {(int)response.StatusCode}");
            return;
        }

        var text = await response.Content.ReadAsStringAsync();
        if (text.Contains(Marker, StringComparison.Ordinal))
        {
            var at = text.IndexOf(Marker, StringComparison.Ordinal);
            failures.Add($"{what}: shows another tenant's data: …{text[Math.Max(0, at - 120)..Math.Min(text.Length, at + 40)]}…");
        }

    }

    private async Task CheckForbiddenAsync(HttpResponseMessage response, string what, List<string> failures)
    {
        if (response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.NotFound))
        {
            failures.Add($"{what}: {(int)response.StatusCode} {response.Headers.Location}, expected 403 or 404");
        }

        await CheckAsync(response, what, failures);
    }

    private CmsDbContext PlatformDb() => factory.Service<CmsDbContextFactory>().Create(CmsDbScope.Platform);

    /// <summary>Titles and names of every other tenant's rows get the marker (where the column has room).</summary>
    private async Task MarkOtherTenantsAsync()
    {
        await using var db = PlatformDb();
        var marked = 0;
        foreach (var type in EndpointCatalog.TenantOwned(db))
        {
            var properties = type.GetProperties()
                .Where(p => p.ClrType == typeof(string) && p.PropertyInfo is not null && !p.IsKey() && !p.IsForeignKey() && !p.IsConcurrencyToken && !p.IsIndex())
                .Where(p => p.Name.Contains("Title", StringComparison.Ordinal) || p.Name.Contains("Name", StringComparison.Ordinal) || p.Name.Contains("Subject", StringComparison.Ordinal))
                .Where(p => !p.Name.Contains("File", StringComparison.Ordinal) && !p.Name.Contains("User", StringComparison.Ordinal) && !p.Name.Contains("Normalized", StringComparison.Ordinal))
                .ToList();
            if (properties.Count == 0)
            {
                continue;
            }

            foreach (var row in await EndpointCatalog.RowsAsync(db, type, tracked: true, t => t != A))
            {
                foreach (var property in properties)
                {
                    if (property.PropertyInfo!.GetValue(row) is string { Length: > 0 } value && (property.GetMaxLength() is not { } most || value.Length + 8 <= most))
                    {
                        property.PropertyInfo.SetValue(row, value + " " + Marker + "-" + ((ITenantOwned)row).TenantId[..2]);
                        marked++;
                    }
                }
            }
        }

        await db.SaveChangesAsync();
        marked.ShouldBeGreaterThan(50);
        factory.Service<ContentVersions>().BumpAll();
    }

    /// <summary>
    /// What the host's own event dispatcher writes in the background while the probe runs (a timer of another tenant
    /// coming due, a retry): its delivery records and a message's progress. An event an endpoint would raise for
    /// another tenant, or change, still shows (type, payload, timer, dates).
    /// </summary>
    private static readonly HashSet<string> DispatcherBookkeeping =
    [
        "OutboxMessage.Status", "OutboxMessage.Attempts", "OutboxMessage.NextAttemptUtc", "OutboxMessage.LockedUntilUtc",
        "OutboxMessage.ClaimToken", "OutboxMessage.LastError", "OutboxMessage.ProcessedUtc",
    ];

    /// <summary>Every row of every other tenant, property by property, per table (the dispatcher's bookkeeping aside).</summary>
    private async Task<Dictionary<string, string>> SnapshotAsync()
    {
        await using var db = PlatformDb();
        var tables = new Dictionary<string, string>();
        foreach (var type in EndpointCatalog.TenantOwned(db).Where(t => t.ClrType != typeof(OpenRegion.Cms.Core.Workflows.OutboxDelivery)))
        {
            var text = new StringBuilder();
            var properties = type.GetProperties().Where(p => p.PropertyInfo is not null && !DispatcherBookkeeping.Contains($"{type.ClrType.Name}.{p.Name}")).ToList();
            foreach (var row in await EndpointCatalog.RowsAsync(db, type, tracked: false, t => t != A))
            {
                foreach (var property in properties)
                {
                    var value = property.PropertyInfo!.GetValue(row);
                    text.Append(value is IEnumerable and not string ? string.Join(',', ((IEnumerable)value).Cast<object>()) : value).Append('|');
                }

                text.Append('\n');
            }

            tables[type.ClrType.Name] = string.Join('\n', text.ToString().Split('\n').Order(StringComparer.Ordinal));
        }

        return tables;
    }
}

public sealed class SqliteEndpointIsolationTests(SqlitePlatformFactory factory, ITestOutputHelper output) : EndpointIsolationTests<SqlitePlatformFactory>(factory, output);

public sealed class PostgresEndpointIsolationTests(PostgresPlatformFactory factory, ITestOutputHelper output) : EndpointIsolationTests<PostgresPlatformFactory>(factory, output);
