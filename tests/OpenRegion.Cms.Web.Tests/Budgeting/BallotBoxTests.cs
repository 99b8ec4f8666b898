using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenRegion.Cms.Core.Budgeting;
using OpenRegion.Cms.Core.Budgeting.Ballots;
using OpenRegion.Cms.Core.Budgeting.Model;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Data;
using OpenRegion.Cms.Web.Tests.Infrastructure;
using OpenRegion.Cms.Web.Tests.Workflows;

namespace OpenRegion.Cms.Web.Tests.Budgeting;

/// <summary>Ballots on a real database: taken only when they should be, one per voter and budget, even under a race.</summary>
public abstract class BallotBoxTests<TFactory>(TFactory factory) where TFactory : PlatformFactory
{
    private const string Tenant = "beni-mellal";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 3, 10, 10, 0, 0, TimeSpan.Zero));

    private CmsDbContext Db(string tenant = Tenant) => factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant(tenant));

    /// <summary>A process in its voting phase (1-31 March 2027) with one knapsack budget of 150,000 MAD for Béni Mellal's residents.</summary>
    private async Task<(Budget Budget, long[] Projects)> BudgetAsync(string tenant = Tenant)
    {
        await using var db = Db(tenant);
        var process = new BudgetProcess
        {
            Slug = "bp-" + Guid.NewGuid().ToString("N")[..8], TitleAr = "الميزانية التشاركية 2027", TitleFr = "Budget participatif 2027",
            InformationStartsUtc = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), ProposalsStartsUtc = new(2027, 1, 1, 0, 0, 0, TimeSpan.Zero),
            ReviewStartsUtc = new(2027, 2, 1, 0, 0, 0, TimeSpan.Zero), VotingStartsUtc = new(2027, 3, 1, 0, 0, 0, TimeSpan.Zero),
            VotingEndsUtc = new(2027, 4, 1, 0, 0, 0, TimeSpan.Zero), CreatedUtc = _clock.GetUtcNow(),
        };
        db.Set<BudgetProcess>().Add(process);
        await db.SaveChangesAsync();
        var budget = new Budget { ProcessId = process.Id, NameAr = "الغلاف الحضري", NameFr = "Enveloppe urbaine", Amount = 150_000m, BallotKind = BallotKind.Knapsack, EligibleCommunesJson = "[\"beni-mellal\"]" };
        db.Set<Budget>().Add(budget);
        await db.SaveChangesAsync();
        var projects = new[] { ("المدينة الخضراء", "Ville verte", 40_000m), ("حملات النظافة", "Campagnes de propreté", 50_000m), ("بوابة العرائض", "Portail des pétitions", 30_000m), ("ميزانية المواطن", "Budget citoyen", 90_000m) }
            .Select(p => new BudgetProject { BudgetId = budget.Id, TitleAr = p.Item1, TitleFr = p.Item2, Cost = p.Item3, State = ProjectState.Feasible, CreatedUtc = _clock.GetUtcNow() }).ToList();
        projects.Add(new BudgetProject { BudgetId = budget.Id, TitleAr = "مشروع غير قابل للإنجاز", TitleFr = "Projet non faisable", Cost = 10_000m, State = ProjectState.Unfeasible, CreatedUtc = _clock.GetUtcNow() });
        db.Set<BudgetProject>().AddRange(projects);
        await db.SaveChangesAsync();
        return (budget, [.. projects.Select(p => p.Id)]);
    }

    private async Task<CmsUser> ResidentAsync(string? residence = Tenant)
    {
        var user = await PlatformUsers.CreateAsync(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
        var stored = (await users.FindByIdAsync(user.Id))!;
        stored.ResidenceTenantId = residence;
        (await users.UpdateAsync(stored)).Succeeded.ShouldBeTrue();
        return stored;
    }

    private static BallotChoice[] Pick(params long[] ids) => [.. ids.Select(id => new BallotChoice(id.ToString(CultureInfo.InvariantCulture)))];

    private async Task<BallotResult> CastAsync(long budgetId, string voterId, BallotChoice[] choices, string tenant = Tenant, TimeProvider? clock = null)
    {
        await using var db = Db(tenant);
        return await BallotBox.CastAsync(db, budgetId, voterId, choices, BallotChannel.Online, null, clock ?? _clock);
    }

    private async Task<int> BallotsAsync(long budgetId)
    {
        await using var db = Db();
        return await db.Set<Ballot>().CountAsync(b => b.BudgetId == budgetId);
    }

    [Fact]
    public async Task AValidBallot_GetsAReceipt_AndAChangeKeepsItAsTheOneBallot()
    {
        var (budget, p) = await BudgetAsync();
        var voter = await ResidentAsync();

        var first = await CastAsync(budget.Id, voter.Id, Pick(p[0], p[1]));
        first.Accepted.ShouldBeTrue();
        first.ReceiptCode.ShouldNotBeNull().ShouldMatch("^[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}$");

        var changed = await CastAsync(budget.Id, voter.Id, Pick(p[2], p[3]));
        changed.Accepted.ShouldBeTrue();
        changed.Changed.ShouldBeTrue();
        changed.ReceiptCode.ShouldBe(first.ReceiptCode);
        (await BallotsAsync(budget.Id)).ShouldBe(1);
        await using var db = Db();
        (await BallotBox.FindAsync(db, budget.Id, voter.Id)).ShouldNotBeNull().ChoicesJson.ShouldContain(p[3].ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task OverBudget_Forged_Unfeasible_OutOfPhase_Ineligible_OrOtherTenant_IsRefused_AndStoresNothing()
    {
        var (budget, p) = await BudgetAsync();
        var voter = await ResidentAsync();

        (await CastAsync(budget.Id, voter.Id, Pick(p[0], p[1], p[3]))).Errors.ShouldContain(e => e.Code == BallotErrorCode.OverBudget); // 180,000
        (await CastAsync(budget.Id, voter.Id, [new BallotChoice("999999999")])).Errors.ShouldContain(e => e.Code == BallotErrorCode.UnknownProject);
        (await CastAsync(budget.Id, voter.Id, Pick(p[4]))).Errors.ShouldContain(e => e.Code == BallotErrorCode.UnknownProject); // not on the ballot
        (await CastAsync(budget.Id, (await ResidentAsync("azilal")).Id, Pick(p[0]))).Refusal.ShouldBe(BallotRefusal.NotEligible);
        (await CastAsync(budget.Id, (await ResidentAsync(null)).Id, Pick(p[0]))).Refusal.ShouldBe(BallotRefusal.NotEligible);
        (await CastAsync(budget.Id, voter.Id, Pick(p[0]), tenant: "azilal")).Refusal.ShouldBe(BallotRefusal.UnknownBudget); // another tenant's budget id

        var early = new FakeTimeProvider(new DateTimeOffset(2027, 2, 28, 23, 59, 59, TimeSpan.Zero)); // not yet open
        (await CastAsync(budget.Id, voter.Id, Pick(p[0]), clock: early)).Refusal.ShouldBe(BallotRefusal.OutOfPhase);
        _clock.SetUtcNow(new DateTimeOffset(2027, 4, 1, 0, 0, 0, TimeSpan.Zero)); // voting closed
        (await CastAsync(budget.Id, voter.Id, Pick(p[0]))).Refusal.ShouldBe(BallotRefusal.OutOfPhase);

        (await BallotsAsync(budget.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task ManyParallelSubmissionsByOneVoter_LeaveExactlyOneBallot()
    {
        var (budget, p) = await BudgetAsync();
        var voter = await ResidentAsync();
        var choices = new[] { Pick(p[0]), Pick(p[1]), Pick(p[2]), Pick(p[0], p[2]), Pick(p[1], p[2]) };

        var results = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => Task.Run(() => CastAsync(budget.Id, voter.Id, choices[i % choices.Length]))));

        results.ShouldAllBe(r => r.Accepted);
        results.Select(r => r.ReceiptCode).Distinct().ShouldHaveSingleItem();
        (await BallotsAsync(budget.Id)).ShouldBe(1);
        await using var db = Db();
        (await db.Set<Ballot>().SingleAsync(b => b.BudgetId == budget.Id)).Changes.ShouldBe(23);
    }

    [Fact]
    public void ThePhase_FollowsTheDates()
    {
        var process = new BudgetProcess { InformationStartsUtc = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), VotingStartsUtc = new(2027, 3, 1, 0, 0, 0, TimeSpan.Zero), VotingEndsUtc = new(2027, 4, 1, 0, 0, 0, TimeSpan.Zero) };
        process.PhaseAt(new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero)).ShouldBe(BudgetPhase.Draft);
        process.PhaseAt(new(2027, 1, 15, 0, 0, 0, TimeSpan.Zero)).ShouldBe(BudgetPhase.Information);
        process.PhaseAt(new(2027, 3, 1, 0, 0, 0, TimeSpan.Zero)).ShouldBe(BudgetPhase.Voting);
        process.PhaseAt(new(2027, 4, 1, 0, 0, 0, TimeSpan.Zero)).ShouldBe(BudgetPhase.Results);
    }
}

public sealed class SqliteBallotBoxTests(SqliteOutboxFactory factory) : BallotBoxTests<SqliteOutboxFactory>(factory), IClassFixture<SqliteOutboxFactory>;

public sealed class PostgresBallotBoxTests(PostgresOutboxFactory factory) : BallotBoxTests<PostgresOutboxFactory>(factory), IClassFixture<PostgresOutboxFactory>;
