using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Budgeting.Model;
using OpenRegion.Cms.Core.Budgeting.Pabulib;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Web.Tests.Budgeting;

public abstract partial class ParticipatoryBudgetTests<TFactory>
{
    /// <summary>A past election replayed from its published file funds what the city funded.</summary>
    [Theory]
    [InlineData("Netherlands_Assen_2024.pb")] // Equal Shares with add-one
    [InlineData("Poland_Gdynia_2022_Kamienna_Gora__small.pb")] // greedy, stopping at the first that does not fit
    public async Task StaffReplayAPastElection_AndItsResultsAreWhatTheCityFunded(string name)
    {
        var (admin, _) = await SignedInAsync(CmsRoles.TenantAdmin);
        var path = PabulibFile(name);
        var response = await admin.PostMultipartAsync($"{P}/admin/budgets?culture=fr", $"{P}/admin/budgets?handler=import&culture=fr", new Dictionary<string, string>(), ("file", name, await File.ReadAllBytesAsync(path)));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, BrowserSession.Excerpt(await TextOf(response)));
        var processId = long.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);

        var election = PbParser.ParseFile(path);
        await using var db = Db();
        var process = await db.Set<BudgetProcess>().SingleAsync(p => p.Id == processId);
        process.ImportedFrom.ShouldBe(name);
        var budget = await db.Set<Budget>().SingleAsync(b => b.ProcessId == processId);
        (await db.Set<Ballot>().CountAsync(b => b.BudgetId == budget.Id)).ShouldBe(election.Voters.Count);
        var funded = await db.Set<BudgetProject>().Where(p => p.BudgetId == budget.Id && p.State == ProjectState.Selected).Select(p => p.ExternalId!).ToListAsync();
        funded.Order(StringComparer.Ordinal).ShouldBe(election.Projects.Where(p => p.Selected == 1).Select(p => p.Id).Order(StringComparer.Ordinal));

        var results = await new BrowserSession(factory.Browser()).GetTextAsync($"{P}/budgets/{process.Slug}/results?culture=fr");
        results.ShouldContain(election.Projects.First(p => p.Selected == 1).Name!.Replace("'", "&#x27;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AMalformedPabulibFile_IsRefusedWithItsLine_AndStoresNothing()
    {
        var (admin, _) = await SignedInAsync(CmsRoles.TenantAdmin);
        await using var db = Db();
        var before = await db.Set<BudgetProcess>().CountAsync();
        var broken = "META\nkey;value\nbudget;1000\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;500\n2;not-a-cost\nVOTES\nvoter_id;vote\n1;1\n";
        var response = await admin.PostMultipartAsync($"{P}/admin/budgets?culture=fr", $"{P}/admin/budgets?handler=import&culture=fr", new Dictionary<string, string>(), ("file", "broken.pb", System.Text.Encoding.UTF8.GetBytes(broken)));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await TextOf(response);
        page.ShouldContain("Ligne 8 :"); // the line of the bad cost, in the reader's language
        page.ShouldContain("notice error");
        (await db.Set<BudgetProcess>().CountAsync()).ShouldBe(before);
    }

    private static string PabulibFile(string name)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "OpenRegion.Cms.sln")))
        {
            root = root.Parent;
        }

        return Path.Combine(root.ShouldNotBeNull().FullName, "tests", "data", "pabulib", name);
    }
}
