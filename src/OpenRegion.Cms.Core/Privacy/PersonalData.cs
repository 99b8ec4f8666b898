using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.AdvisoryBodies;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Budgeting.Model;
using OpenRegion.Cms.Core.Consultations;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Deadlines;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Innovation;
using OpenRegion.Cms.Core.Notifications;
using OpenRegion.Cms.Core.Petitions;
using OpenRegion.Cms.Core.Transparency;

namespace OpenRegion.Cms.Core.Privacy;

/// <summary>Why an account cannot be erased yet: what the person must end (or have ended) first.</summary>
public sealed record ErasureBlocker(string Reason, string TenantId, string? What = null);

/// <summary>What an erasure did: how many rows of each kind, on which sites (their cached pages must go: they may show the name).</summary>
public sealed record ErasureReport(IReadOnlyDictionary<string, int> Rows, IReadOnlySet<string> Sites);

/// <summary>A column that looks personal but stays when an account is erased, and why.</summary>
public sealed record KeptColumn(Type Entity, string Column, string Why);

/// <summary>
/// Everything the platform holds about a citizen (law 09-08: the right to know it and to have it erased), kind by
/// kind. The account is one for the region and every commune, so both the export and the erasure look at every site,
/// always by the person's own account id or card fingerprint. Ballots, signatures, supports and survey answers stay
/// counted but no longer say who; what they follow and what they were told goes; their contributions stay in the
/// debate without their name; requests and complaints stay in the administration's register (the law makes it keep
/// them) until the site's retention period ends (<see cref="RetentionSweep"/>).
/// </summary>
public static class PersonalData
{
    private static readonly PetitionState[] PetitionsInProgress = [PetitionState.Collecting, PetitionState.Deposited, PetitionState.Accepted, PetitionState.InCommittee];

    /// <summary>Petitions whose signatures may still be checked or counted: a signer's fingerprint stays while so (one signature per card).</summary>
    public static readonly PetitionState[] SignaturesStillChecked = [PetitionState.Draft, PetitionState.Collecting, PetitionState.Deposited];

    public static IReadOnlyList<PersonalDataKind> Kinds { get; } =
    [
        new PersonalDataKind<Follow>("follows", ErasureEffect.Deleted, [nameof(Follow.UserId)], s => r => r.UserId == s.UserId, Delete),
        new PersonalDataKind<Notification>("notifications", ErasureEffect.Deleted, [nameof(Notification.UserId)], s => r => r.UserId == s.UserId, Delete),
        new PersonalDataKind<ConsultationBlock>("consultation-blocks", ErasureEffect.Deleted, [nameof(ConsultationBlock.UserId)], s => r => r.UserId == s.UserId, Delete),
        new PersonalDataKind<Invitation>("invitations", ErasureEffect.Deleted, [nameof(Invitation.Email)], s => r => s.Email != null && r.Email == s.Email, Delete,
            r => new { r.TenantId, r.Email, r.Role, r.CreatedUtc, r.ExpiresUtc, r.AcceptedUtc }),
        new PersonalDataKind<Ballot>("ballots", ErasureEffect.Unlinked, [nameof(Ballot.VoterId)], s => r => s.VoterKey != null && r.VoterId == s.VoterKey, UnlinkBallotsAsync,
            r => new { r.TenantId, r.BudgetId, r.ChoicesJson, r.Channel, r.ReceiptCode, r.CastUtc, r.UpdatedUtc, r.Changes }),
        new PersonalDataKind<PetitionSignature>("petition-signatures", ErasureEffect.Unlinked, [nameof(PetitionSignature.UserId), nameof(PetitionSignature.SignerKey), nameof(PetitionSignature.SignerName)],
            s => r => r.UserId == s.UserId || (s.VoterKey != null && r.SignerKey == s.VoterKey), UnlinkSignaturesAsync,
            r => new { r.TenantId, r.PetitionId, r.SignerName, r.CommuneTenantId, r.ProvinceTenantId, r.Basis, r.Channel, r.SignedUtc }),
        new PersonalDataKind<IdeaSupport>("idea-supports", ErasureEffect.Unlinked, [nameof(IdeaSupport.UserId)], s => r => r.UserId == s.UserId, Tokens<IdeaSupport>((r, t) => r.UserId = t)),
        new PersonalDataKind<ContributionReaction>("contribution-reactions", ErasureEffect.Unlinked, [nameof(ContributionReaction.UserId)], s => r => r.UserId == s.UserId, Tokens<ContributionReaction>((r, t) => r.UserId = t)),
        new PersonalDataKind<ContributionReport>("contribution-reports", ErasureEffect.Unlinked, [nameof(ContributionReport.UserId)], s => r => r.UserId == s.UserId, Tokens<ContributionReport>((r, t) => r.UserId = t)),
        new PersonalDataKind<SurveyAnswer>("survey-answers", ErasureEffect.Unlinked, [nameof(SurveyAnswer.UserId)], s => r => r.UserId == s.UserId, Tokens<SurveyAnswer>((r, t) => r.UserId = t)),
        new PersonalDataKind<ParticipantProfile>("participant-profiles", ErasureEffect.Unlinked, [nameof(ParticipantProfile.UserId)], s => r => r.UserId == s.UserId, Tokens<ParticipantProfile>((r, t) => r.UserId = t)),
        new PersonalDataKind<Contribution>("contributions", ErasureEffect.Unlinked, [nameof(Contribution.UserId), nameof(Contribution.AuthorName)], s => r => r.UserId == s.UserId,
            Each<Contribution>(r => { r.UserId = null; r.AuthorName = ""; })),
        new PersonalDataKind<Idea>("ideas", ErasureEffect.Unlinked, [nameof(Idea.UserId), nameof(Idea.AuthorName)], s => r => r.UserId == s.UserId,
            Tokens<Idea>((r, t) => { r.UserId = t; r.AuthorName = ""; })),
        new PersonalDataKind<BudgetProject>("budget-proposals", ErasureEffect.Unlinked, [nameof(BudgetProject.ProposerUserId)], s => r => r.ProposerUserId == s.UserId,
            Each<BudgetProject>(r => r.ProposerUserId = null)),
        new PersonalDataKind<Petition>("petitions-filed", ErasureEffect.Unlinked, [nameof(Petition.FilerUserId), nameof(Petition.ProxyName)], s => r => r.FilerUserId == s.UserId, UnlinkPetitionsAsync),
        new PersonalDataKind<Solution>("lab-solutions", ErasureEffect.Unlinked, [nameof(Solution.OwnerUserId)], s => r => r.OwnerUserId == s.UserId, Tokens<Solution>((r, t) => r.OwnerUserId = t)),
        new PersonalDataKind<LabEventRegistration>("lab-event-registrations", ErasureEffect.Unlinked,
            [nameof(LabEventRegistration.UserId), nameof(LabEventRegistration.Name), nameof(LabEventRegistration.Email)], s => r => r.UserId == s.UserId, UnlinkRegistrationsAsync),
        new PersonalDataKind<OpinionVersion>("opinion-versions", ErasureEffect.Unlinked, [nameof(OpinionVersion.AuthorUserId), nameof(OpinionVersion.AuthorName)], s => r => r.AuthorUserId == s.UserId,
            Tokens<OpinionVersion>((r, t) => { r.AuthorUserId = t; r.AuthorName = ""; })),
        new PersonalDataKind<OpinionComment>("opinion-comments", ErasureEffect.Unlinked, [nameof(OpinionComment.AuthorUserId), nameof(OpinionComment.AuthorName)], s => r => r.AuthorUserId == s.UserId,
            Tokens<OpinionComment>((r, t) => { r.AuthorUserId = t; r.AuthorName = ""; })),
        new PersonalDataKind<BodyMember>("advisory-body-mandates", ErasureEffect.Unlinked, [nameof(BodyMember.UserId)], s => r => r.UserId == s.UserId, Tokens<BodyMember>((r, t) => r.UserId = t)),
        new PersonalDataKind<JuryConflict>("jury-conflicts", ErasureEffect.Unlinked, [nameof(JuryConflict.UserId)], s => r => r.UserId == s.UserId, Tokens<JuryConflict>((r, t) => r.UserId = t)),
        new PersonalDataKind<JurySheet>("jury-sheets", ErasureEffect.Unlinked, [nameof(JurySheet.UserId)], s => r => r.UserId == s.UserId, Tokens<JurySheet>((r, t) => r.UserId = t)),
        new PersonalDataKind<Deadline>("deadlines-assigned", ErasureEffect.Unlinked, [nameof(Deadline.AssigneeUserId)], s => r => r.AssigneeUserId == s.UserId, Each<Deadline>(r => r.AssigneeUserId = null)),
        new PersonalDataKind<AuditEntry>("audit-entries", ErasureEffect.Unlinked, [nameof(AuditEntry.UserId), nameof(AuditEntry.UserName)], s => r => r.UserId == s.UserId, UnlinkAuditAsync,
            r => new { r.TenantId, r.OccurredUtc, r.Action, r.Target, r.RemoteIp }),
        new PersonalDataKind<InformationRequest>("information-requests", ErasureEffect.KeptInRegister,
            [nameof(InformationRequest.RequesterUserId), nameof(InformationRequest.RequesterName), nameof(InformationRequest.Address), nameof(InformationRequest.IdentityNumber), nameof(InformationRequest.Email), nameof(InformationRequest.Phone)],
            s => r => r.RequesterUserId == s.UserId, Each<InformationRequest>(r => r.RequesterUserId = null)),
        new PersonalDataKind<Complaint>("complaints", ErasureEffect.KeptInRegister,
            [nameof(Complaint.ComplainantUserId), nameof(Complaint.Name), nameof(Complaint.Email), nameof(Complaint.Phone), nameof(Complaint.Address)],
            s => r => r.ComplainantUserId == s.UserId, Each<Complaint>(r => r.ComplainantUserId = null)),
    ];

    /// <summary>Columns that look personal and stay, with the reason (staff's official acts, other people's data, names of things).</summary>
    public static IReadOnlyList<KeptColumn> Kept { get; } =
    [
        Staff<Ballot>(nameof(Ballot.RecordedBy)), Staff<PetitionSignature>(nameof(PetitionSignature.RecordedBy)), Staff<InformationRequest>(nameof(InformationRequest.RecordedBy)),
        Staff<InformationRequest>(nameof(InformationRequest.AnsweredBy)), Staff<Complaint>(nameof(Complaint.RecordedBy)), Staff<Complaint>(nameof(Complaint.AnsweredBy)),
        Staff<Workshop>(nameof(Workshop.RecordedBy)), Staff<ConsultationBlock>(nameof(ConsultationBlock.By)), Staff<LabEvent>(nameof(LabEvent.CreatedBy)),
        Staff<Deadline>(nameof(Deadline.CreatedBy)), Staff<Deadline>(nameof(Deadline.CompletedBy)), Staff<TenantRoleGrant>(nameof(TenantRoleGrant.GrantedBy)),
        Staff<JuryMember>(nameof(JuryMember.AppointedBy)), Staff<Opinion>(nameof(Opinion.OpenedBy)), Staff<Opinion>(nameof(Opinion.SubmittedBy)), Staff<Opinion>(nameof(Opinion.RespondedBy)),
        Staff<PrototypeReport>(nameof(PrototypeReport.ReportedBy)), Staff<AgendaItem>(nameof(AgendaItem.DecidedBy)), Staff<AgendaItem>(nameof(AgendaItem.PublishedBy)),
        Staff<Challenge>(nameof(Challenge.CreatedBy)), Staff<CitizenBudget>(nameof(CitizenBudget.CreatedBy)), Staff<CouncilSession>(nameof(CouncilSession.CreatedBy)),
        Staff<OpenRegion.Cms.Core.Media.MediaItem>(nameof(OpenRegion.Cms.Core.Media.MediaItem.UploadedBy)), Staff<OpenGovMilestone>(nameof(OpenGovMilestone.UpdatedBy)),
        Staff<Publication>(nameof(Publication.CreatedBy)), Staff<OpenRegion.Cms.Core.Workflows.Rules.WorkflowRule>(nameof(OpenRegion.Cms.Core.Workflows.Rules.WorkflowRule.ModifiedBy)),
        new(typeof(AuditEntry), nameof(AuditEntry.RemoteIp), "The network address an action came from: kept for security, removed by the retention sweep once the site's period is over."),
        new(typeof(OpenRegion.Cms.Core.Workflows.Rules.RuleRun), nameof(OpenRegion.Cms.Core.Workflows.Rules.RuleRun.RuleName), "The name of an automation rule."),
        new(typeof(TenantRoleGrant), nameof(TenantRoleGrant.UserId), "A role on a site: an account holding one cannot be erased until the site's administrator takes it back."),
        new(typeof(JuryMember), nameof(JuryMember.UserId), "A jury appointment: an account holding one cannot be erased until the lab's staff end it."),
        new(typeof(JuryMember), nameof(JuryMember.DisplayName), "Same as the jury appointment's account."),
        new(typeof(JuryMember), nameof(JuryMember.Email), "Same as the jury appointment's account."),
        new(typeof(BodyMember), nameof(BodyMember.DisplayName), "The public composition of an advisory body (the council's decision names its members)."),
        new(typeof(ElectoralRollEntry), nameof(ElectoralRollEntry.IdentityKey), "The roll the commune imported, not something the citizen gave; replaced at each import."),
        new(typeof(ElectoralRollEntry), nameof(ElectoralRollEntry.BirthDate), "The roll the commune imported, not something the citizen gave; replaced at each import."),
        new(typeof(ContentItemVersion), nameof(ContentItemVersion.AuthorName), "The staff member who edited a page: an official act."),
        new(typeof(SolutionMember), nameof(SolutionMember.Name), "A team member named by the team's owner, not linked to any account; goes with the team's solution."),
        new(typeof(SolutionMember), nameof(SolutionMember.Email), "A team member named by the team's owner, not linked to any account; goes with the team's solution."),
        new(typeof(Solution), nameof(Solution.TeamName), "The name of a team, chosen for the challenge."),
        new(typeof(Petition), nameof(Petition.AssociationName), "The name of an association (a legal person)."),
        new(typeof(SolutionAttachment), nameof(SolutionAttachment.FileName), "The name of a file."),
        new(typeof(OpenRegion.Cms.Core.Media.MediaItem), nameof(OpenRegion.Cms.Core.Media.MediaItem.FileName), "The name of a file."),
        new(typeof(InformationRequest), nameof(InformationRequest.AnswerDocumentName), "The name of a file."),
        new(typeof(OpenRegion.Cms.Core.Workflows.Rules.WorkflowRule), nameof(OpenRegion.Cms.Core.Workflows.Rules.WorkflowRule.Name), "The name of an automation rule."),
    ];

    private static KeptColumn Staff<T>(string column) => new(typeof(T), column, "Who among the staff did it: an official act of the administration.");

    /// <summary>What stops the erasure: roles held on a site, a mandate or appointment still running, a petition the person is proxy of still going through the council.</summary>
    public static async Task<IReadOnlyList<ErasureBlocker>> BlockersAsync(ICmsDbContext db, CmsUser user, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var blockers = new List<ErasureBlocker>();
        if (user.IsPlatformAdmin)
        {
            blockers.Add(new ErasureBlocker("platform-admin", ""));
        }

        foreach (var grant in await db.Set<TenantRoleGrant>().AsNoTracking().Where(g => g.UserId == user.Id).OrderBy(g => g.TenantId).ToListAsync(cancellationToken))
        {
            blockers.Add(new ErasureBlocker("role", grant.TenantId, grant.Role));
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        foreach (var member in await db.Set<BodyMember>().AsNoTracking().Where(m => m.UserId == user.Id && (m.MandateEnd == null || m.MandateEnd >= today)).ToListAsync(cancellationToken))
        {
            blockers.Add(new ErasureBlocker("body-member", member.TenantId));
        }

        foreach (var juror in await db.Set<JuryMember>().AsNoTracking().Where(m => m.UserId == user.Id).ToListAsync(cancellationToken))
        {
            blockers.Add(new ErasureBlocker("jury-member", juror.TenantId));
        }

        foreach (var petition in await db.Set<Petition>().AsNoTracking().Where(p => p.FilerUserId == user.Id && PetitionsInProgress.Contains(p.State)).ToListAsync(cancellationToken))
        {
            blockers.Add(new ErasureBlocker("petition-proxy", petition.TenantId, petition.Title));
        }

        return blockers;
    }

    public static DataSubject SubjectOf(CmsUser user) => new(user.Id, user.VoterKey, user.Email);

    /// <summary>Everything held about the person, as a JSON document they can keep: the account, then each kind of row, site by site.</summary>
    public static async Task<byte[]> ExportAsync(ICmsDbContext db, CmsUser user, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var subject = SubjectOf(user);
        var sections = new Dictionary<string, IReadOnlyList<object>>(StringComparer.Ordinal);
        foreach (var kind in Kinds)
        {
            var rows = await kind.ExportAsync(db, subject, cancellationToken);
            if (rows.Count > 0)
            {
                sections[kind.Name] = rows;
            }
        }

        var document = new
        {
            exportedUtc = now,
            account = new
            {
                user.Id,
                user.UserName,
                user.Email,
                user.EmailConfirmed,
                user.DisplayName,
                user.PhoneNumber,
                user.PreferredCulture,
                user.ResidenceTenantId,
                identityCardDeclared = user.VoterKey is not null,
                user.IdentityVerifiedUtc,
                user.OnElectoralRoll,
                user.CreatedUtc,
                user.EmailNotifications,
                user.SmsNotifications,
            },
            data = sections,
        };
        return JsonSerializer.SerializeToUtf8Bytes(document, ExportJson);
    }

    private static readonly JsonSerializerOptions ExportJson = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    /// <summary>How many of the person's rows each kind holds (for the page that shows them what there is).</summary>
    public static async Task<IReadOnlyDictionary<string, int>> CountAsync(ICmsDbContext db, CmsUser user, CancellationToken cancellationToken = default)
    {
        var subject = SubjectOf(user);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var kind in Kinds)
        {
            var count = await kind.CountAsync(db, subject, cancellationToken);
            if (count > 0)
            {
                counts[kind.Name] = count;
            }
        }

        return counts;
    }

    /// <summary>
    /// Erases the account: every kind of row is deleted or unlinked, then the account itself goes, in one save (all
    /// or nothing). Call <see cref="BlockersAsync"/> first; the context must be the platform scope's. Returns how many
    /// rows of each kind were touched (nothing personal: the caller may log it).
    /// </summary>
    public static async Task<ErasureReport> EraseAsync(ICmsDbContext db, CmsUser user, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (db.TenantId is not null)
        {
            throw new InvalidOperationException("An account is erased in the platform scope: it is one for every site.");
        }

        var subject = SubjectOf(user);
        var touched = new Dictionary<string, int>(StringComparer.Ordinal);
        var sites = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kind in Kinds)
        {
            var count = await kind.EraseAsync(db, subject, now, sites, cancellationToken);
            if (count > 0)
            {
                touched[kind.Name] = count;
            }
        }

        db.Set<CmsUser>().Remove(user);
        await db.SaveChangesAsync(cancellationToken);
        return new ErasureReport(touched, sites);
    }

    private static Task Delete<T>(ErasureBatch<T> batch, CancellationToken cancellationToken) where T : class
    {
        batch.Delete();
        return Task.CompletedTask;
    }

    private static Func<ErasureBatch<T>, CancellationToken, Task> Each<T>(Action<T> change) where T : class => (batch, _) =>
    {
        batch.Each(change);
        return Task.CompletedTask;
    };

    /// <summary>Each row gets its own stand-in for the account (unique indexes hold; the rows are not tied together again).</summary>
    private static Func<ErasureBatch<T>, CancellationToken, Task> Tokens<T>(Action<T, string> change) where T : class => (batch, _) =>
    {
        batch.Each(r => change(r, Erased.Token()));
        return Task.CompletedTask;
    };

    /// <summary>
    /// A ballot of a closed vote forgets its voter at once. While the vote is open the card's fingerprint stays on it
    /// (nothing else on the platform links it to a person any more), so that the same card cannot cast a second
    /// ballot; the retention sweep replaces it once the vote closes.
    /// </summary>
    private static async Task UnlinkBallotsAsync(ErasureBatch<Ballot> batch, CancellationToken cancellationToken)
    {
        var budgets = batch.Rows.Select(b => b.BudgetId).Distinct().ToList();
        var closed = await ClosedBudgetsAsync(batch.Db, budgets, batch.Now, cancellationToken);
        batch.Each(b =>
        {
            if (closed.Contains(b.BudgetId))
            {
                b.VoterId = Erased.Token();
            }
        });
    }

    public static async Task<HashSet<long>> ClosedBudgetsAsync(ICmsDbContext db, IReadOnlyCollection<long>? budgetIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var query = from budget in db.Set<Budget>()
                    join process in db.Set<BudgetProcess>() on budget.ProcessId equals process.Id
                    where process.VotingEndsUtc != null && process.VotingEndsUtc <= now
                    select budget.Id;
        if (budgetIds is not null)
        {
            query = query.Where(id => budgetIds.Contains(id));
        }

        return (await query.ToListAsync(cancellationToken)).ToHashSet();
    }

    /// <summary>
    /// A signature keeps counting. The account and the name go at once; the card's fingerprint stays while the
    /// petition collects or the bureau checks it (one signature per card), then goes with the retention sweep.
    /// </summary>
    private static async Task UnlinkSignaturesAsync(ErasureBatch<PetitionSignature> batch, CancellationToken cancellationToken)
    {
        var petitionIds = batch.Rows.Select(s => s.PetitionId).Distinct().ToList();
        var checkedStill = (await batch.Db.Set<Petition>().Where(p => petitionIds.Contains(p.Id) && SignaturesStillChecked.Contains(p.State)).Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();
        batch.Each(s =>
        {
            s.UserId = null;
            s.SignerName = "";
            if (!checkedStill.Contains(s.PetitionId))
            {
                s.SignerKey = Erased.Token();
            }
        });
    }

    /// <summary>A draft nobody saw goes; a petition the council decided on stays in its record, without its proxy's name.</summary>
    private static Task UnlinkPetitionsAsync(ErasureBatch<Petition> batch, CancellationToken cancellationToken)
    {
        foreach (var petition in batch.Rows)
        {
            if (petition.State == PetitionState.Draft)
            {
                batch.Db.Set<Petition>().Remove(petition);
                continue;
            }

            petition.FilerUserId = Erased.Token();
            petition.ProxyName = "";
        }

        return Task.CompletedTask;
    }

    /// <summary>A seat at an event still to come is given back; attendance at a past one stays counted, without the person.</summary>
    private static async Task UnlinkRegistrationsAsync(ErasureBatch<LabEventRegistration> batch, CancellationToken cancellationToken)
    {
        var eventIds = batch.Rows.Select(r => r.EventId).Distinct().ToList();
        var past = (await batch.Db.Set<LabEvent>().Where(e => eventIds.Contains(e.Id) && e.EndsUtc <= batch.Now).Select(e => e.Id).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var registration in batch.Rows)
        {
            if (!past.Contains(registration.EventId))
            {
                batch.Db.Set<LabEventRegistration>().Remove(registration);
                continue;
            }

            registration.UserId = Erased.Token();
            registration.Name = "";
            registration.Email = "";
        }
    }

    /// <summary>The audit trail keeps that someone did these things (one stand-in for all of them: it is a trail), not who.</summary>
    private static Task UnlinkAuditAsync(ErasureBatch<AuditEntry> batch, CancellationToken cancellationToken)
    {
        var token = Erased.Token();
        batch.Each(e =>
        {
            e.UserId = token;
            e.UserName = null;
        });
        return Task.CompletedTask;
    }
}
