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

    /// <summary>A citizen as the ballot box knows them: the fingerprint of their card and where they live.</summary>
    private static Voter Resident(string? residence = Tenant) => new(Guid.NewGuid().ToString("N"), residence);

    private static readonly IReadOnlySet<string> BeniMellal = new HashSet<string> { Tenant };

    private static BallotChoice[] Pick(params long[] ids) => [.. ids.Select(id => new BallotChoice(id.ToString(CultureInfo.InvariantCulture)))];

    private async Task<BallotResult> CastAsync(long budgetId, Voter voter, BallotChoice[] choices, string tenant = Tenant, TimeProvider? clock = null, BallotChannel channel = BallotChannel.Online)
    {
        await using var db = Db(tenant);
        return await BallotBox.CastAsync(db, new BallotRequest(budgetId, voter, choices, channel, channel == BallotChannel.Counter ? "staff@example.test" : null, BeniMellal), clock ?? _clock);
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
        var voter = Resident();

        var first = await CastAsync(budget.Id, voter, Pick(p[0], p[1]));
        first.Accepted.ShouldBeTrue();
        first.ReceiptCode.ShouldNotBeNull().ShouldMatch("^[A-HJ-NP-Z2-9]{5}-[A-HJ-NP-Z2-9]{5}$");

        var changed = await CastAsync(budget.Id, voter, Pick(p[2], p[3]));
        changed.Accepted.ShouldBeTrue();
        changed.Changed.ShouldBeTrue();
        changed.ReceiptCode.ShouldBe(first.ReceiptCode);
        (await BallotsAsync(budget.Id)).ShouldBe(1);
        await using var db = Db();
        (await BallotBox.FindAsync(db, budget.Id, voter.Key)).ShouldNotBeNull().ChoicesJson.ShouldContain(p[3].ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task OverBudget_Forged_Unfeasible_OutOfPhase_Ineligible_OrOtherTenant_IsRefused_AndStoresNothing()
    {
        var (budget, p) = await BudgetAsync();
        var voter = Resident();

        (await CastAsync(budget.Id, voter, Pick(p[0], p[1], p[3]))).Errors.ShouldContain(e => e.Code == BallotErrorCode.OverBudget); // 180,000
        (await CastAsync(budget.Id, voter, [new BallotChoice("999999999")])).Errors.ShouldContain(e => e.Code == BallotErrorCode.UnknownProject);
        (await CastAsync(budget.Id, voter, Pick(p[4]))).Errors.ShouldContain(e => e.Code == BallotErrorCode.UnknownProject); // not on the ballot
        (await CastAsync(budget.Id, Resident("azilal"), Pick(p[0]))).Refusal.ShouldBe(BallotRefusal.NotEligible);
        (await CastAsync(budget.Id, Resident(null), Pick(p[0]))).Refusal.ShouldBe(BallotRefusal.NotEligible);
        (await CastAsync(budget.Id, voter, Pick(p[0]), tenant: "azilal")).Refusal.ShouldBe(BallotRefusal.UnknownBudget); // another tenant's budget id

        var early = new FakeTimeProvider(new DateTimeOffset(2027, 2, 28, 23, 59, 59, TimeSpan.Zero)); // not yet open
        (await CastAsync(budget.Id, voter, Pick(p[0]), clock: early)).Refusal.ShouldBe(BallotRefusal.OutOfPhase);
        _clock.SetUtcNow(new DateTimeOffset(2027, 4, 1, 0, 0, 0, TimeSpan.Zero)); // voting closed
        (await CastAsync(budget.Id, voter, Pick(p[0]))).Refusal.ShouldBe(BallotRefusal.OutOfPhase);

        (await BallotsAsync(budget.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task ManyParallelSubmissionsByOneVoter_LeaveExactlyOneBallot()
    {
        var (budget, p) = await BudgetAsync();
        var voter = Resident();
        var choices = new[] { Pick(p[0]), Pick(p[1]), Pick(p[2]), Pick(p[0], p[2]), Pick(p[1], p[2]) };

        var results = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => Task.Run(() => CastAsync(budget.Id, voter, choices[i % choices.Length]))));

        results.ShouldAllBe(r => r.Accepted);
        results.Select(r => r.ReceiptCode).Distinct().ShouldHaveSingleItem();
        (await BallotsAsync(budget.Id)).ShouldBe(1);
        await using var db = Db();
        (await db.Set<Ballot>().SingleAsync(b => b.BudgetId == budget.Id)).Changes.ShouldBe(23);
    }

    [Fact]
    public async Task OneCitizen_HasOneBallot_WhateverTheChannel()
    {
        var (budget, p) = await BudgetAsync();
        var online = Resident();
        (await CastAsync(budget.Id, online, Pick(p[0]))).Accepted.ShouldBeTrue();
        // The same card at a counter: refused, the online ballot stands.
        (await CastAsync(budget.Id, online, Pick(p[1]), channel: BallotChannel.Counter)).Refusal.ShouldBe(BallotRefusal.AlreadyVoted);

        var paper = Resident();
        (await CastAsync(budget.Id, paper, Pick(p[2]), channel: BallotChannel.Counter)).Accepted.ShouldBeTrue();
        // A paper ballot is final: neither a second paper ballot nor an online change replaces it.
        (await CastAsync(budget.Id, paper, Pick(p[1]), channel: BallotChannel.Counter)).Refusal.ShouldBe(BallotRefusal.AlreadyVoted);
        (await CastAsync(budget.Id, paper, Pick(p[1]))).Refusal.ShouldBe(BallotRefusal.AlreadyVoted);

        // Racing channels for a third citizen still leave one ballot.
        var racer = Resident();
        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() => CastAsync(budget.Id, racer, Pick(p[i % 3]), channel: i % 2 == 0 ? BallotChannel.Online : BallotChannel.Counter))));
        results.ShouldContain(r => r.Accepted);

        await using var db = Db();
        var ballots = await db.Set<Ballot>().Where(b => b.BudgetId == budget.Id).ToListAsync();
        ballots.Count.ShouldBe(3);
        ballots.Single(b => b.VoterId == online.Key).ChoicesJson.ShouldContain($"\"{p[0]}\"");
        ballots.Single(b => b.VoterId == paper.Key).Channel.ShouldBe(BallotChannel.Counter);
        ballots.Single(b => b.VoterId == paper.Key).RecordedBy.ShouldBe("staff@example.test");
    }

    [Fact]
    public void WithoutANamedCommune_EveryResidentOfTheTerritoryMayVote()
    {
        var tenants = new[]
        {
            new OpenRegion.Cms.Core.Tenancy.Tenant { Id = "region" },
            new OpenRegion.Cms.Core.Tenancy.Tenant { Id = "province-azilal", ParentId = "region" },
            new OpenRegion.Cms.Core.Tenancy.Tenant { Id = "azilal", ParentId = "province-azilal" },
            new OpenRegion.Cms.Core.Tenancy.Tenant { Id = "beni-mellal", ParentId = "region" },
            new OpenRegion.Cms.Core.Tenancy.Tenant { Id = "elsewhere" },
        };
        var region = Territories.Of(tenants, "region");
        region.ShouldBe(["region", "province-azilal", "azilal", "beni-mellal"], ignoreOrder: true);
        var everyone = new Budget { EligibleCommunesJson = "[]" };
        BallotBox.IsEligible(everyone, "azilal", region).ShouldBeTrue();
        BallotBox.IsEligible(everyone, "elsewhere", region).ShouldBeFalse();
        BallotBox.IsEligible(everyone, null, region).ShouldBeFalse();
        BallotBox.IsEligible(everyone, "azilal", Territories.Of(tenants, "beni-mellal")).ShouldBeFalse();
        var rural = new Budget { EligibleCommunesJson = "[\"azilal\"]" };
        BallotBox.IsEligible(rural, "azilal", region).ShouldBeTrue();
        BallotBox.IsEligible(rural, "beni-mellal", region).ShouldBeFalse();
    }

    [Fact]
    public async Task TheResults_AreCountedByTheProcessRule_AndThePublishedFileRecountsTheSame()
    {
        var (budget, p) = await BudgetAsync();
        var voters = new List<Voter>();
        foreach (var ballot in new[] { Pick(p[0], p[1]), Pick(p[0], p[2]), Pick(p[3]), Pick(p[0], p[3]), Pick(p[1], p[2]) })
        {
            var voter = Resident();
            voters.Add(voter);
            (await CastAsync(budget.Id, voter, ballot)).Accepted.ShouldBeTrue();
        }

        await using var db = Db();
        var result = (await BudgetResults.CountAsync(db, budget.Id)).ShouldNotBeNull();
        // Votes 3, 2, 2, 2: the 40,000 first, then in ballot order 50,000 and 30,000; the 90,000 no longer fits.
        result.Selected.Select(s => s.Id).ShouldBe(new[] { p[0], p[1], p[2] }.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        result.TotalCost.ShouldBe(120_000m);

        var file = OpenRegion.Cms.Core.Budgeting.Pabulib.PbWriter.Write((await BudgetResults.ElectionAsync(db, budget.Id)).ShouldNotBeNull());
        foreach (var voter in voters)
        {
            file.ShouldNotContain(voter.Key);
        }

        file.ShouldNotContain("Projet non faisable"); // not on the ballot
        var recount = OpenRegion.Cms.Core.Budgeting.Counting.BudgetCounter.Count(OpenRegion.Cms.Core.Budgeting.Pabulib.PbParser.Parse(file));
        recount.Selected.Select(s => s.Id).ShouldBe(result.Selected.Select(s => s.Id));
        recount.TotalCost.ShouldBe(result.TotalCost);
        (await BudgetResults.CountAsync(Db("azilal"), budget.Id)).ShouldBeNull(); // another tenant sees no such budget
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
