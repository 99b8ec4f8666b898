using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Innovation;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Innovation.Domain;

namespace OpenRegion.Innovation.Pages.Admin.Innovation;

/// <summary>
/// The jury's secretariat for one challenge: appoint the members, follow their progress and declared conflicts, read the
/// ranking with the spread of scores, record the deliberation and publish the selection with its reasons.
/// </summary>
[Authorize(Policy = PermissionPolicy.Prefix + InnovationPermissions.Challenges)]
public sealed class JuryAdminModel(JuryDesk desk, UserManager<CmsUser> users, InnovationTexts texts, TimeProvider clock, IStringLocalizer<InnovationModule> T) : InnovationPageModel
{
    public JuryState Jury { get; private set; } = null!;

    [BindProperty]
    public DeliberationInput Input { get; set; } = new();

    /// <summary>Whether the deliberation can be recorded now: the call has closed and nothing is published yet.</summary>
    public bool Deliberating => !Jury.Published && Jury.Challenge.Calendar.PhaseOn(Cms.Core.Content.LocalTime.Date(clock.GetUtcNow())) >= ChallengePhase.Selection;

    /// <summary>A member of staff who also sits on the jury sees the scores only once they have scored everything, like any juror.</summary>
    public bool HidesScores => Jury.Member(UserId) is not null && !Jury.MaySeeOthers(UserId);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = DeliberationInput.Of(Jury);
        return Page();
    }

    public async Task<IActionResult> OnPostAppointAsync(long id, string? email, string? organisation, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var errors = new List<string>();
        var from = Text(organisation, JuryMember.MaxOrganisationLength, T["On behalf of"], T, errors);
        var user = string.IsNullOrWhiteSpace(email) || email.Length > 256 ? null : await users.FindByEmailAsync(email.Trim());
        if (errors.Count == 0 && await desk.AppointAsync(Jury, user, from, By, cancellationToken) is { } problem)
        {
            errors.Add(texts.Refusal(problem));
        }

        return errors.Count > 0 ? Again("appoint", errors) : Done(id, T["{0} sits on the jury.", user!.DisplayName.Length > 0 ? user.DisplayName : email!.Trim()]);
    }

    public async Task<IActionResult> OnPostRemoveAsync(long id, long memberId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        return await desk.RemoveAsync(Jury, memberId, cancellationToken) is { } problem ? Again("members", [texts.Refusal(problem)]) : Done(id, T["The member no longer sits on the jury."]);
    }

    public Task<IActionResult> OnPostDeliberateAsync(long id, CancellationToken cancellationToken) => DeliberateAsync(id, publish: false, cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(long id, CancellationToken cancellationToken) => DeliberateAsync(id, publish: true, cancellationToken);

    private async Task<IActionResult> DeliberateAsync(long id, bool publish, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var errors = new List<string>();
        var (notes, decisions) = Input.Read(T, errors);
        if (HidesScores)
        {
            errors.Add(T["You sit on this jury: you see the ranking and deliberate once you have scored every solution you score."]);
        }

        if (errors.Count == 0 && await desk.DeliberateAsync(Jury, notes, decisions, publish, Input.Revision, cancellationToken) is { } problem)
        {
            errors.Add(texts.Refusal(problem, Jury.Challenge.Seats));
        }

        return errors.Count > 0 ? Again("deliberation", errors)
            : Done(id, publish ? T["The selection is published with its reasons."] : T["The deliberation is saved; the selection is not published yet."]);
    }

    /// <summary>Shows the page again with the refusal beside its form; the deliberation keeps what was typed.</summary>
    private IActionResult Again(string form, IReadOnlyList<string> errors)
    {
        if (form != "deliberation")
        {
            Input = DeliberationInput.Of(Jury);
        }

        return Refused(form, errors);
    }

    private IActionResult Done(long id, string message) => Saved(message, JuryDesk.AdminUrl(id));

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        if (await desk.LoadAsync(id, cancellationToken) is not { } jury)
        {
            return false;
        }

        Jury = jury;
        return true;
    }
}

/// <summary>The deliberation form: the notes, and for each solution whether it is selected and why (in Arabic and/or French).</summary>
public sealed class DeliberationInput
{
    public string? Notes { get; set; }

    public int Revision { get; set; }

    public List<DecisionInput> Decisions { get; set; } = [];

    /// <summary>What is recorded, or — before anything was — the ranking's suggestion (the seats it fills; ties left to the jury).</summary>
    public static DeliberationInput Of(JuryState jury)
    {
        var recorded = jury.Challenge.DeliberationNotes.Length > 0 || jury.Solutions.Any(s => s.Solution.Selected);
        return new DeliberationInput
        {
            Notes = jury.Challenge.DeliberationNotes, Revision = jury.Challenge.Revision,
            Decisions = [.. jury.Ranking.Select(r => jury.Solution(r.SolutionId)!.Solution).Select(s => new DecisionInput
            {
                SolutionId = s.Id, Selected = recorded ? s.Selected : jury.Suggested.Selected.Contains(s.Id), ReasonAr = s.SelectionReasonAr, ReasonFr = s.SelectionReasonFr,
            })],
        };
    }

    public (string Notes, IReadOnlyList<SelectionDecision> Decisions) Read(IStringLocalizer T, List<string> errors)
    {
        var notes = InnovationPageModel.Text(Notes, Challenge.MaxNotesLength, T["Deliberation notes"], T, errors);
        var decisions = Decisions.Take(1_000).Select(d => new SelectionDecision(d.SolutionId, d.Selected,
            InnovationPageModel.Text(d.ReasonAr, Solution.MaxReasonLength, T["The jury's reason (Arabic)"], T, errors),
            InnovationPageModel.Text(d.ReasonFr, Solution.MaxReasonLength, T["The jury's reason (French)"], T, errors))).ToList();
        return (notes, decisions);
    }
}

public sealed class DecisionInput
{
    public long SolutionId { get; set; }

    public bool Selected { get; set; }

    public string? ReasonAr { get; set; }

    public string? ReasonFr { get; set; }
}
