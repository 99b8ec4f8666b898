using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Budgeting;
using OpenRegion.Cms.Core.Budgeting.Ballots;
using OpenRegion.Cms.Core.Budgeting.Model;
using OpenRegion.Cms.Core.Consultations;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Notifications;
using OpenRegion.Cms.Core.Petitions;
using OpenRegion.Cms.Core.Privacy;
using OpenRegion.Cms.Core.Transparency;
using OpenRegion.Cms.Data;
using OpenRegion.Cms.Web.Tests.Infrastructure;

namespace OpenRegion.Cms.Web.Tests.Privacy;

/// <summary>
/// A citizen who voted, signed, contributed and wrote to the administration downloads everything held about them and
/// erases their account, on a real database: the counts do not move, nothing links to them any more (except, while a
/// vote is open, the card's fingerprint that stops a second ballot), and the retention sweep finishes the job.
/// </summary>
public abstract class PersonalDataTests<TFactory>(TFactory factory) where TFactory : PlatformFactory
{
    private const string Tenant = "beni-mellal";
    private const string Name = "فاطمة الزهراء العمراني";

    private CmsDbContext Db(string tenant = Tenant) => factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant(tenant));

    private CmsDbContext PlatformDb() => factory.Service<CmsDbContextFactory>().Create(CmsDbScope.Platform);

    private sealed record Citizen(CmsUser User, string Key, long OpenBudget, long ClosedBudget, long CollectingPetition, long SettledPetition, long Contribution, long Idea, long Request, string ConsultationSlug);

    private static BallotChoice[] Pick(params long[] ids) => [.. ids.Select(id => new BallotChoice(id.ToString(CultureInfo.InvariantCulture)))];

    private async Task<(long Budget, long[] Projects)> BudgetAsync(DateTimeOffset votingEnds)
    {
        await using var db = Db();
        var process = new BudgetProcess
        {
            Slug = "privacy-" + Guid.NewGuid().ToString("N")[..8], TitleAr = "الميزانية التشاركية", TitleFr = "Budget participatif",
            VotingStartsUtc = votingEnds.AddDays(-20), VotingEndsUtc = votingEnds, CreatedUtc = DateTimeOffset.UtcNow,
        };
        db.Set<BudgetProcess>().Add(process);
        await db.SaveChangesAsync();
        var budget = new Budget { ProcessId = process.Id, NameAr = "الغلاف الحضري", NameFr = "Enveloppe urbaine", Amount = 150_000m, BallotKind = BallotKind.Knapsack, EligibleCommunesJson = "[\"beni-mellal\"]" };
        db.Set<Budget>().Add(budget);
        await db.SaveChangesAsync();
        var projects = new[] { ("حديقة حي أولاد حمدان", "Parc d'Ouled Hamdan", 60_000m), ("إنارة الطريق", "Éclairage de la route", 50_000m) }
            .Select(p => new BudgetProject { BudgetId = budget.Id, TitleAr = p.Item1, TitleFr = p.Item2, Cost = p.Item3, State = ProjectState.Feasible, CreatedUtc = DateTimeOffset.UtcNow }).ToList();
        db.Set<BudgetProject>().AddRange(projects);
        await db.SaveChangesAsync();
        return (budget.Id, [.. projects.Select(p => p.Id)]);
    }

    private static Ballot BallotOf(long budget, string voter, long project) => new()
    {
        BudgetId = budget, VoterId = voter, ChoicesJson = $"[{{\"ProjectId\":\"{project}\"}}]", Channel = BallotChannel.Online,
        ReceiptCode = Guid.NewGuid().ToString("N")[..11].ToUpperInvariant(), CastUtc = DateTimeOffset.UtcNow.AddDays(-3), UpdatedUtc = DateTimeOffset.UtcNow.AddDays(-3),
    };

    /// <summary>A citizen of Béni Mellal who took part in everything, next to others who did too.</summary>
    private async Task<Citizen> CitizenAsync()
    {
        var user = await PlatformUsers.CreateAsync(factory);
        var key = "k" + Guid.NewGuid().ToString("N");
        await using (var platform = PlatformDb())
        {
            var row = await platform.Set<CmsUser>().SingleAsync(u => u.Id == user.Id);
            row.VoterKey = key;
            row.ResidenceTenantId = Tenant;
            row.DisplayName = Name;
            await platform.SaveChangesAsync();
            user = row;
        }

        var (open, openProjects) = await BudgetAsync(DateTimeOffset.UtcNow.AddDays(10));
        var (closed, closedProjects) = await BudgetAsync(DateTimeOffset.UtcNow.AddDays(-1));
        await using var db = Db();
        var territory = new HashSet<string> { Tenant };
        foreach (var voter in new[] { key, "other-1-" + Guid.NewGuid().ToString("N"), "other-2-" + Guid.NewGuid().ToString("N") })
        {
            (await BallotBox.CastAsync(db, new BallotRequest(open, new Voter(voter, Tenant), Pick(openProjects[0]), BallotChannel.Online, null, territory), TimeProvider.System)).Accepted.ShouldBeTrue();
            db.Set<Ballot>().Add(BallotOf(closed, voter, closedProjects[1]));
        }

        var collecting = await db.Set<Petition>().Where(p => p.State == PetitionState.Collecting).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        var settled = new Petition
        {
            Title = "تهيئة ملعب القرب بحي الأدارسة", Reasons = "غياب فضاءات رياضية", Objectives = "ملعب قرب", Filer = PetitionFiler.Citizens, FilerUserId = "someone-else",
            ProxyName = "محمد أمين", State = PetitionState.Rejected, CreatedUtc = DateTimeOffset.UtcNow.AddDays(-90), DecidedUtc = DateTimeOffset.UtcNow.AddDays(-5),
        };
        db.Set<Petition>().Add(settled);
        await db.SaveChangesAsync();
        foreach (var petition in new[] { collecting, settled.Id })
        {
            db.Set<PetitionSignature>().Add(new PetitionSignature { PetitionId = petition, SignerKey = key, UserId = user.Id, SignerName = Name, CommuneTenantId = Tenant, Basis = SignatureBasis.Resident, SignedUtc = DateTimeOffset.UtcNow.AddDays(-6) });
            db.Set<PetitionSignature>().Add(new PetitionSignature { PetitionId = petition, SignerKey = "other-" + Guid.NewGuid().ToString("N")[..20], SignerName = "سعيد", CommuneTenantId = Tenant, Basis = SignatureBasis.Resident, SignedUtc = DateTimeOffset.UtcNow.AddDays(-6) });
        }

        var consultation = await db.Set<Consultation>().OrderBy(c => c.Id).FirstAsync();
        var section = await db.Set<ConsultationSection>().Where(s => s.ConsultationId == consultation.Id).OrderBy(s => s.Id).FirstAsync();
        var contribution = new Contribution
        {
            ConsultationId = consultation.Id, SectionId = section.Id, UserId = user.Id, AuthorName = Name, Channel = ContributionChannel.Online,
            Body = "أقترح تخصيص مسار آمن للدراجات على طول شارع محمد الخامس " + Guid.NewGuid().ToString("N")[..6], CreatedUtc = DateTimeOffset.UtcNow.AddDays(-2),
        };
        var othersIdea = new Idea { ConsultationId = consultation.Id, SectionId = section.Id, UserId = "someone-else", AuthorName = "سعيد", Title = "مكتبة متنقلة", Description = "مكتبة متنقلة في الدواوير", CreatedUtc = DateTimeOffset.UtcNow.AddDays(-4), Supports = 1 };
        var idea = new Idea { ConsultationId = consultation.Id, SectionId = section.Id, UserId = user.Id, AuthorName = Name, Title = "حافلات ليلية", Description = "خط حافلات ليلي نحو الحي الجامعي", CreatedUtc = DateTimeOffset.UtcNow.AddDays(-3) };
        db.AddRange(contribution, othersIdea, idea);
        await db.SaveChangesAsync();
        db.Set<IdeaSupport>().Add(new IdeaSupport { IdeaId = othersIdea.Id, UserId = user.Id, CreatedUtc = DateTimeOffset.UtcNow.AddDays(-1) });
        db.Set<ParticipantProfile>().Add(new ParticipantProfile { ConsultationId = consultation.Id, UserId = user.Id, Gender = Gender.Woman, AgeBand = AgeBand.From25To34, UpdatedUtc = DateTimeOffset.UtcNow });
        db.Set<Follow>().Add(new Follow { UserId = user.Id, Subject = "consultation:" + consultation.Id, CreatedUtc = DateTimeOffset.UtcNow });
        db.Set<Notification>().Add(new Notification { UserId = user.Id, Kind = "test", Title = "تم نشر الحصيلة", Body = "…", CreatedUtc = DateTimeOffset.UtcNow });
        var request = new InformationRequest
        {
            Number = "DI-" + Guid.NewGuid().ToString("N")[..8], Channel = ReceiptChannel.Online, ReceivedUtc = DateTimeOffset.UtcNow.AddDays(-40), RequesterUserId = user.Id,
            RequesterName = Name, Address = "حي الأدارسة، بني ملال", IdentityNumber = "I734512", Email = user.Email, Subject = "ميزانية 2026", Details = "نسخة من الحساب الإداري",
            AnsweredOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-20)), Outcome = InformationOutcome.Full, AnswerText = "الحساب الإداري منشور في سجل المنشورات.",
        };
        db.Set<InformationRequest>().Add(request);
        db.Set<AuditEntry>().Add(new AuditEntry { OccurredUtc = DateTimeOffset.UtcNow.AddDays(-2), Action = "test.action", UserId = user.Id, UserName = user.Email, RemoteIp = "198.51.100.7" });
        await db.SaveChangesAsync();
        return new Citizen(user, key, open, closed, collecting, settled.Id, contribution.Id, idea.Id, request.Id, consultation.Slug);
    }

    private async Task<BrowserSession> SignedInAsync(CmsUser user)
    {
        var session = new BrowserSession(factory.Browser());
        await session.LogInAsync(user.Email!, PlatformUsers.Password, "/" + Tenant);
        return session;
    }

    private async Task<(int Ballots, int Signatures, int Supports, int Contributions)> CountsAsync(Citizen c)
    {
        await using var db = Db();
        return (
            await db.Set<Ballot>().CountAsync(b => b.BudgetId == c.OpenBudget || b.BudgetId == c.ClosedBudget),
            await db.Set<PetitionSignature>().CountAsync(s => s.PetitionId == c.CollectingPetition || s.PetitionId == c.SettledPetition),
            await db.Set<IdeaSupport>().CountAsync(),
            await db.Set<Contribution>().CountAsync());
    }

    [Fact]
    public async Task TheDownload_HoldsEverythingAboutTheCitizen_AndNothingAboutOthers()
    {
        var citizen = await CitizenAsync();
        var session = await SignedInAsync(citizen.User);

        var page = await session.GetTextAsync($"/{Tenant}/account/data?culture=fr");
        page.ShouldContain("Mes données");
        page.ShouldContain("Vos bulletins (budgets participatifs)");
        page.ShouldContain("Effacer mon compte");

        var response = await session.GetAsync($"/{Tenant}/account/data?handler=download");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        response.Content.Headers.ContentDisposition!.FileName!.ShouldContain("openregion-my-data-");
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var text = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text);
        var data = json.RootElement.GetProperty("data");
        json.RootElement.GetProperty("account").GetProperty("email").GetString().ShouldBe(citizen.User.Email);
        json.RootElement.GetProperty("account").GetProperty("identityCardDeclared").GetBoolean().ShouldBeTrue();
        data.GetProperty("ballots").GetArrayLength().ShouldBe(2);
        data.GetProperty("petition-signatures").GetArrayLength().ShouldBe(2);
        data.GetProperty("contributions").GetArrayLength().ShouldBe(1);
        data.GetProperty("ideas").GetArrayLength().ShouldBe(1);
        data.GetProperty("idea-supports").GetArrayLength().ShouldBe(1);
        data.GetProperty("participant-profiles").GetArrayLength().ShouldBe(1);
        data.GetProperty("follows").GetArrayLength().ShouldBe(1);
        data.GetProperty("notifications").GetArrayLength().ShouldBe(1);
        data.GetProperty("information-requests")[0].GetProperty("identityNumber").GetString().ShouldBe("I734512");
        text.ShouldContain("حافلات ليلية");
        text.ShouldContain("\"ballots\"");

        // Nothing of anyone else: not the other voters' fingerprints, not the other idea, not secrets.
        text.ShouldNotContain("other-1-");
        text.ShouldNotContain("مكتبة متنقلة");
        text.ShouldNotContain("passwordHash", Case.Insensitive);
        text.ShouldNotContain(citizen.Key);
    }

    [Fact]
    public async Task ErasingTheAccount_KeepsEveryCount_UnlinksEverything_AndTheCardStillCannotVoteTwiceWhileTheVoteIsOpen()
    {
        var citizen = await CitizenAsync();
        var before = await CountsAsync(citizen);
        (await new BrowserSession(factory.Browser()).GetTextAsync($"/{Tenant}/consultations/{citizen.ConsultationSlug}?culture=fr")).ShouldContain(Name);
        var session = await SignedInAsync(citizen.User);
        var otherDevice = await SignedInAsync(citizen.User);

        // A wrong password, or the box not ticked: a clear message, nothing erased.
        var wrong = await session.SubmitAsync($"/{Tenant}/account/data?culture=fr", new Dictionary<string, string> { ["Understood"] = "true", ["Password"] = "not-my-password" }, $"/{Tenant}/account/data?handler=erase&culture=fr");
        wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()).ShouldContain("Ce n'est pas votre mot de passe. Rien n'a été effacé.");
        var unticked = await session.SubmitAsync($"/{Tenant}/account/data?culture=ar", new Dictionary<string, string> { ["Password"] = PlatformUsers.Password }, $"/{Tenant}/account/data?handler=erase&culture=ar");
        (await unticked.Content.ReadAsStringAsync()).ShouldContain("ضعوا علامة في الخانة");
        await using (var platform = PlatformDb())
        {
            (await platform.Set<CmsUser>().AnyAsync(u => u.Id == citizen.User.Id)).ShouldBeTrue();
        }

        var erased = await session.SubmitAsync($"/{Tenant}/account/data", new Dictionary<string, string> { ["Understood"] = "true", ["Password"] = PlatformUsers.Password }, $"/{Tenant}/account/data?handler=erase");
        erased.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        erased.Headers.Location!.OriginalString.ShouldEndWith("/account/erased");
        (await session.GetTextAsync($"/{Tenant}/account/erased?culture=ar")).ShouldContain("تم محو حسابكم");

        // Every count is what it was.
        (await CountsAsync(citizen)).ShouldBe(before);

        // Nothing on any site links to the account any more; the fingerprint stays only on the open vote's ballot and the collecting petition's signature.
        await using (var platform = PlatformDb())
        {
            (await platform.Set<CmsUser>().AnyAsync(u => u.Id == citizen.User.Id)).ShouldBeFalse();
            var gone = new DataSubject(citizen.User.Id, null, citizen.User.Email);
            foreach (var kind in PersonalData.Kinds)
            {
                (await kind.ExportAsync(platform, gone, CancellationToken.None)).ShouldBeEmpty($"{kind.Name} still links to the erased account");
            }

            (await platform.Set<Ballot>().Where(b => b.VoterId == citizen.Key).Select(b => b.BudgetId).ToListAsync()).ShouldBe([citizen.OpenBudget]);
            (await platform.Set<PetitionSignature>().Where(s => s.SignerKey == citizen.Key).Select(s => s.PetitionId).ToListAsync()).ShouldBe([citizen.CollectingPetition]);
            (await platform.Set<PetitionSignature>().CountAsync(s => s.SignerName == Name)).ShouldBe(0);
            (await platform.Set<Contribution>().SingleAsync(c => c.Id == citizen.Contribution)).AuthorName.ShouldBe("");
            var request = await platform.Set<InformationRequest>().SingleAsync(r => r.Id == citizen.Request);
            request.RequesterUserId.ShouldBeNull();
            request.IdentityNumber.ShouldBe("I734512", "the register keeps the request until the retention period ends");
            var trail = await platform.Set<AuditEntry>().SingleAsync(e => e.Action == "test.action" && e.RemoteIp == "198.51.100.7" && e.UserId!.StartsWith(Erased.Prefix));
            trail.UserName.ShouldBeNull();
            var record = await platform.Set<AuditEntry>().Where(e => e.TenantId == Tenant && e.Action == "privacy.account-erased").OrderByDescending(e => e.Id).FirstAsync();
            record.UserId.ShouldBeNull();
            record.RemoteIp.ShouldBeNull();
            record.DetailsJson.ShouldNotBeNull().ShouldContain("\"ballots\":2");
        }

        // The contribution stays in the debate, as a former participant's.
        var debate = await new BrowserSession(factory.Browser()).GetTextAsync($"/{Tenant}/consultations/{citizen.ConsultationSlug}?culture=fr");
        debate.ShouldNotContain(Name);
        debate.ShouldContain("Ancien participant");

        // The other device's sign-in is worth nothing now; the password no longer opens anything.
        var stale = await otherDevice.GetAsync($"/{Tenant}/account/data");
        stale.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        stale.Headers.Location!.OriginalString.ShouldContain("/account/login");

        // Same card, new account, same open vote: the ballot is replaced, not added.
        await using (var db = Db())
        {
            var projects = await db.Set<BudgetProject>().Where(p => p.BudgetId == citizen.OpenBudget).Select(p => p.Id).ToListAsync();
            var again = await BallotBox.CastAsync(db, new BallotRequest(citizen.OpenBudget, new Voter(citizen.Key, Tenant), Pick(projects[1]), BallotChannel.Online, null, new HashSet<string> { Tenant }), TimeProvider.System);
            again.Accepted.ShouldBeTrue();
            again.Changed.ShouldBeTrue();
            (await db.Set<Ballot>().CountAsync(b => b.BudgetId == citizen.OpenBudget)).ShouldBe(3);
        }

        // Once the vote is closed, the retention sweep takes the last fingerprint away (no account holds it any more).
        await using (var db = Db())
        {
            await RetentionSweep.RunAsync(db, DateTimeOffset.UtcNow.AddDays(11));
            (await db.Set<Ballot>().CountAsync(b => b.VoterId == citizen.Key)).ShouldBe(0);
            (await db.Set<Ballot>().CountAsync(b => b.BudgetId == citizen.OpenBudget)).ShouldBe(3);
        }
    }

    [Fact]
    public async Task AnAccountHoldingARole_CannotBeErased_AndNothingChanges()
    {
        var staff = await PlatformUsers.CreateAsync(factory, "azilal", CmsRoles.Editor);
        var session = await SignedInAsync(staff);

        var page = await session.GetTextAsync($"/{Tenant}/account/data?culture=fr");
        page.ShouldContain("Votre compte ne peut pas encore être effacé");
        page.ShouldContain("Azilal");
        page.ShouldNotContain("handler=erase");

        var refused = await session.PostAsync($"/{Tenant}/account/data?handler=erase&culture=fr", new Dictionary<string, string> { ["Understood"] = "true", ["Password"] = PlatformUsers.Password }, await session.TokenAsync($"/{Tenant}/account/data"));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var platform = PlatformDb();
        (await platform.Set<CmsUser>().AnyAsync(u => u.Id == staff.Id)).ShouldBeTrue();
        (await platform.Set<TenantRoleGrant>().AnyAsync(g => g.UserId == staff.Id)).ShouldBeTrue();
    }

    [Fact]
    public async Task TheRetentionSweep_RemovesPersonalDataOnlyAfterTheSitesPeriod_AndTheSettingIsChecked()
    {
        var citizen = await CitizenAsync();
        var admin = await PlatformUsers.PlatformAdminAsync(factory);

        // Bad input: a clear message, the setting unchanged.
        var bad = await admin.SubmitAsync($"/{Tenant}/admin/privacy?culture=fr", new Dictionary<string, string> { ["Days"] = "5" });
        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("La durée de conservation doit être un nombre de jours entre 30 et 3650.");
        var junk = await admin.SubmitAsync($"/{Tenant}/admin/privacy?culture=ar", new Dictionary<string, string> { ["Days"] = "<script>alert(1)</script>" });
        (await junk.Content.ReadAsStringAsync()).ShouldContain("يجب أن تكون مدة الاحتفاظ عددا من الأيام بين 30 و3650.");
        await using (var db = Db())
        {
            (await Retention.DaysAsync(db)).ShouldBe(Retention.DefaultDays);
        }

        // Within the default year: the answered request and the closed vote keep their data.
        await using (var db = Db())
        {
            await RetentionSweep.RunAsync(db, DateTimeOffset.UtcNow);
            (await db.Set<InformationRequest>().SingleAsync(r => r.Id == citizen.Request)).IdentityNumber.ShouldBe("I734512");
            (await db.Set<Ballot>().CountAsync(b => b.BudgetId == citizen.ClosedBudget && b.VoterId == citizen.Key)).ShouldBe(1, "the citizen's account still holds this fingerprint, and the year is not over");
        }

        var saved = await admin.SubmitAsync($"/{Tenant}/admin/privacy?culture=fr", new Dictionary<string, string> { ["Days"] = "30" });
        (await saved.Content.ReadAsStringAsync()).ShouldContain("30 jours");

        // Thirty days later: the request and the closed vote's ballots lose their people; every count stays.
        var before = await CountsAsync(citizen);
        await using (var db = Db())
        {
            var report = await RetentionSweep.RunAsync(db, DateTimeOffset.UtcNow.AddDays(31));
            report.Changed["information-requests"].ShouldBeGreaterThanOrEqualTo(1);
            report.Changed["ballots"].ShouldBeGreaterThanOrEqualTo(3);
            var request = await db.Set<InformationRequest>().SingleAsync(r => r.Id == citizen.Request);
            (request.RequesterName, request.Address, request.IdentityNumber, request.Email, request.RequesterUserId).ShouldBe(("", "", "", (string?)null, (string?)null));
            request.Subject.ShouldBe("ميزانية 2026", "the register keeps what was asked and answered");
            (await db.Set<Ballot>().CountAsync(b => b.BudgetId == citizen.ClosedBudget && !b.VoterId.StartsWith(Erased.Prefix))).ShouldBe(0);
            (await db.Set<PetitionSignature>().CountAsync(s => s.PetitionId == citizen.SettledPetition && (s.SignerName != "" || !s.SignerKey.StartsWith(Erased.Prefix)))).ShouldBe(0);
            (await db.Set<PetitionSignature>().CountAsync(s => s.PetitionId == citizen.CollectingPetition && s.SignerKey == citizen.Key)).ShouldBe(1, "a collecting petition keeps its signers' fingerprints");
            (await db.Set<AuditEntry>().CountAsync(e => e.Action == "test.action" && e.RemoteIp != null)).ShouldBe(0);

            // Idempotent: a second sweep finds nothing more of this.
            var again = await RetentionSweep.RunAsync(db, DateTimeOffset.UtcNow.AddDays(31));
            again.Changed.GetValueOrDefault("information-requests").ShouldBe(0);
            again.Changed.GetValueOrDefault("ballots").ShouldBe(0);
        }

        (await CountsAsync(citizen)).ShouldBe(before);
        var history = await admin.GetTextAsync($"/{Tenant}/admin/privacy?culture=fr");
        history.ShouldContain("Effacement après la durée de conservation");

        // The register shows the request without who made it.
        (await admin.GetTextAsync($"/{Tenant}/admin/information/{citizen.Request}?culture=fr")).ShouldContain("Effacé (durée de conservation)");

        await using (var db = Db())
        {
            (await Retention.SetAsync(db, Retention.DefaultDays)).ShouldBeTrue();
            await db.SaveChangesAsync();
        }
    }

    /// <summary>A new column that looks personal (an account id, a name, an address, a card, an IP…) must be handled by the erasure or kept for a stated reason.</summary>
    [Fact]
    public void EveryPersonalLookingColumn_IsErasedOrKeptForAStatedReason()
    {
        using var db = Db();
        var handled = PersonalData.Kinds.SelectMany(k => k.Columns.Select(c => (k.Entity, c)))
            .Concat(PersonalData.Kept.Select(k => (k.Entity, k.Column))).ToHashSet();
        var personal = new System.Text.RegularExpressions.Regex("(UserId|Email|Phone|Name|Address|IdentityNumber|IdentityKey|VoterId|VoterKey|SignerKey|RemoteIp|BirthDate|By)$");
        var missing = db.Model.GetEntityTypes()
            .Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType))
            .SelectMany(t => t.GetProperties().Where(p => personal.IsMatch(p.Name)).Select(p => (t.ClrType, p.Name)))
            .Where(c => !handled.Contains(c))
            .Select(c => $"{c.ClrType.Name}.{c.Name}")
            .Order(StringComparer.Ordinal)
            .ToList();
        missing.ShouldBeEmpty("Add these columns to PersonalData.Kinds (what erasure does) or PersonalData.Kept (why they stay)");
        PersonalData.Kept.ShouldAllBe(k => k.Why.Length > 10);
    }
}

public sealed class SqlitePersonalDataTests(SqlitePlatformFactory factory) : PersonalDataTests<SqlitePlatformFactory>(factory), IClassFixture<SqlitePlatformFactory>;

public sealed class PostgresPersonalDataTests(PostgresPlatformFactory factory) : PersonalDataTests<PostgresPlatformFactory>(factory), IClassFixture<PostgresPlatformFactory>;
