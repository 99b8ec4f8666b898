using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Deadlines;
using OpenRegion.Cms.Core.Media;
using OpenRegion.Cms.Core.Petitions;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Petitions.Domain;
using OpenRegion.Petitions.Pages.Petitions;

namespace OpenRegion.Petitions.Pages.Admin.Petitions;

/// <summary>
/// The bureau examines one deposited petition: the admissibility checklist, one line per legal condition; the
/// decision — accepted (on the agenda of the next ordinary session, proposed from the council's session months and
/// the 20-day agenda notice) or rejected with its reasons, which are the reasoned notice the proxy receives; then the
/// referral to a standing committee and the deliberation's outcome. Every step is public with its reasons, audited,
/// and told to the filer and the signers.
/// </summary>
[Authorize(Policy = PermissionPolicy.Prefix + PetitionsPermissions.Manage)]
public sealed class ReviewModel(ICmsDbContext db, TimeProvider clock, PetitionSite site, PetitionTexts texts, IAuditLog audit, IStringLocalizer<PetitionsModule> T)
    : PetitionPageModel(db, clock)
{
    public PetitionSite Site => site;

    public SignatureTally Tally { get; private set; } = null!;

    public IReadOnlyList<AdmissibilityCondition> Conditions { get; private set; } = [];

    public IReadOnlyDictionary<string, bool> Checks { get; private set; } = new Dictionary<string, bool>();

    public IReadOnlyList<(string Kind, MediaItem Item)> Documents { get; private set; } = [];

    public Deadline? NoticeDeadline { get; private set; }

    public IReadOnlyDictionary<SignatureChannel, int> ByChannel { get; private set; } = new Dictionary<SignatureChannel, int>();

    public DateOnly ProposedSession { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    [BindProperty]
    public List<string> Met { get; set; } = [];

    [BindProperty]
    public string? Reasons { get; set; }

    [BindProperty]
    public string? Session { get; set; }

    [BindProperty]
    public string? Committee { get; set; }

    [BindProperty]
    public bool? Adopted { get; set; }

    [BindProperty]
    public string? Deliberation { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) && Petition.State != PetitionState.Draft ? await ShowAsync(cancellationToken) : NotFound();

    /// <summary>Saves the checklist without deciding (the bureau may examine over several sittings).</summary>
    public Task<IActionResult> OnPostChecklistAsync(long id, CancellationToken cancellationToken) =>
        ActAsync(id, PetitionState.Deposited, petition =>
        {
            petition.ChecklistJson = ChecklistJson(petition);
            audit.Record("petition.checklist-saved", Target(petition), new { Met });
            return (null, T["Checklist saved."]);
        }, cancellationToken);

    public Task<IActionResult> OnPostAcceptAsync(long id, CancellationToken cancellationToken) =>
        ActAsync(id, PetitionState.Accepted, petition =>
        {
            petition.ChecklistJson = ChecklistJson(petition);
            var conditions = Admissibility.Conditions(petition.Filer, site.Tenant.Kind);
            if (!Admissibility.AllMet(conditions, Admissibility.Read(petition.ChecklistJson)))
            {
                return (T["Every condition must be checked to accept the petition; otherwise reject it with its reasons."], "");
            }

            if (!DateOnly.TryParseExact(Session?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var session) || session < LocalTime.Date(Clock.GetUtcNow()))
            {
                return (T["Give the date of the session whose agenda the petition goes on (today or later)."], "");
            }

            petition.SessionDate = session;
            petition.DecidedUtc = Clock.GetUtcNow();
            petition.DecisionReasons = Text(Reasons, optional: true, out var problem);
            audit.Record("petition.accepted", Target(petition), new { Session = session.ToString("O", CultureInfo.InvariantCulture) });
            return (problem, T["The petition is accepted and put on the session's agenda. The filer and the signers are told."]);
        }, cancellationToken, closesDeadline: true);

    public Task<IActionResult> OnPostRejectAsync(long id, CancellationToken cancellationToken) =>
        ActAsync(id, PetitionState.Rejected, petition =>
        {
            petition.ChecklistJson = ChecklistJson(petition);
            var reasons = Text(Reasons, optional: false, out var problem);
            if (problem is not null)
            {
                return (problem, "");
            }

            var unmet = Admissibility.Conditions(petition.Filer, site.Tenant.Kind).Where(c => !Admissibility.Read(petition.ChecklistJson).GetValueOrDefault(c.Key)).Select(c => "— " + T[c.Label].Value);
            petition.DecisionReasons = string.Join("\n", [reasons, .. unmet]);
            petition.DecidedUtc = Clock.GetUtcNow();
            audit.Record("petition.rejected", Target(petition), null);
            return (null, T["The petition is rejected. The reasoned notice is sent to the proxy, and the reasons are public."]);
        }, cancellationToken, closesDeadline: true, note: p => p.DecisionReasons);

    public Task<IActionResult> OnPostCommitteeAsync(long id, CancellationToken cancellationToken) =>
        ActAsync(id, PetitionState.InCommittee, petition =>
        {
            var committee = Text(Committee, optional: false, out var problem, Petition.MaxNameLength);
            petition.Committee = committee;
            audit.Record("petition.referred", Target(petition), new { committee });
            return (problem, T["The petition is referred to the committee."]);
        }, cancellationToken, note: p => p.Committee);

    public Task<IActionResult> OnPostDeliberationAsync(long id, CancellationToken cancellationToken) =>
        ActAsync(id, PetitionState.Deliberated, petition =>
        {
            var text = Text(Deliberation, optional: false, out var problem);
            if (Adopted is null)
            {
                problem ??= T["Say whether the council adopted what the petition asked."];
            }

            petition.Adopted = Adopted;
            petition.Deliberation = text;
            petition.DeliberatedUtc = Clock.GetUtcNow();
            audit.Record("petition.deliberated", Target(petition), new { Adopted });
            return (problem, T["The deliberation is recorded and published."]);
        }, cancellationToken, note: p => p.Deliberation);

    /// <summary>
    /// Applies <paramref name="change"/> to the petition and, unless it stays <see cref="PetitionState.Deposited"/>,
    /// moves it to <paramref name="to"/>; refused with the page's errors when the move or the input is wrong.
    /// </summary>
    private async Task<IActionResult> ActAsync(long id, PetitionState to, Func<Petition, (string? Problem, string Done)> change, CancellationToken cancellationToken, bool closesDeadline = false, Func<Petition, string?>? note = null)
    {
        if (!await LoadAsync(id, cancellationToken, tracked: true) || Petition.State == PetitionState.Draft)
        {
            return NotFound();
        }

        var stays = to == Petition.State;
        if (!stays && !PetitionStateMachine.CanMove(Petition.State, to))
        {
            return await RefuseAsync(T["This step is not possible in the petition's present state ({0}).", texts.State(Petition.State)], cancellationToken);
        }

        var (problem, done) = change(Petition);
        if (problem is not null)
        {
            return await RefuseAsync(problem, cancellationToken);
        }

        if (!stays)
        {
            PetitionProcedure.Move(Db, Petition, to, note?.Invoke(Petition), Clock);
        }

        if (closesDeadline)
        {
            await PetitionProcedure.CloseDeadlineAsync(Db, Petition, User.Identity?.Name ?? "", Clock, cancellationToken);
        }

        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await RefuseAsync(T["The petition changed meanwhile: look at its state and try again."], cancellationToken);
        }

        TempData["Saved"] = done;
        return LocalRedirect(Url.Content($"~/admin/petitions/{Petition.Id}"));
    }

    private async Task<IActionResult> RefuseAsync(string error, CancellationToken cancellationToken)
    {
        var id = Petition.Id;
        Db.ChangeTracker.Clear();
        await LoadAsync(id, cancellationToken);
        Errors = [error];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await ShowAsync(cancellationToken, keepInput: true);
    }

    private string ChecklistJson(Petition petition) =>
        JsonSerializer.Serialize(Admissibility.Conditions(petition.Filer, site.Tenant.Kind).ToDictionary(c => c.Key, c => Met.Contains(c.Key)));

    private string? Text(string? input, bool optional, out string? problem, int max = Petition.MaxTextLength)
    {
        var errors = new List<string>();
        var text = T.Read(input, max, multiline: true, T["Reasons"], errors);
        problem = errors.FirstOrDefault() ?? (text.Length == 0 && !optional ? T["Write the reasons: they are what the filer and the public read."].Value : null);
        return text.Length == 0 ? null : text;
    }

    private static string Target(Petition petition) => "Petition:" + petition.Id.ToString(CultureInfo.InvariantCulture);

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken, bool keepInput = false)
    {
        Tally = await PetitionProcedure.TallyAsync(Db, Petition, Petition.RequiredSignatures ?? site.Required, site.PerProvince, site.Provinces, cancellationToken);
        Conditions = Admissibility.Conditions(Petition.Filer, site.Tenant.Kind);
        Checks = keepInput ? Conditions.ToDictionary(c => c.Key, c => Met.Contains(c.Key)) : Admissibility.Read(Petition.ChecklistJson);
        Documents = await DocumentsAsync(cancellationToken);
        NoticeDeadline = await Db.Set<Deadline>().AsNoTracking().FirstOrDefaultAsync(d => d.Key == PetitionEvents.NoticeDeadlineKey(Petition.Id), cancellationToken);
        ByChannel = await Db.Set<PetitionSignature>().AsNoTracking().Where(s => s.PetitionId == Petition.Id).GroupBy(s => s.Channel)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        ProposedSession = OrdinarySessions.Next(site.Tenant.Kind, LocalTime.Date(Clock.GetUtcNow()));
        if (!keepInput)
        {
            Session = ProposedSession.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return Page();
    }
}
