using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Innovation.Domain;

namespace OpenRegion.Innovation.Pages.Admin.Innovation;

/// <summary>One challenge for staff: where it stands, its calendar and criteria; publish it, or take it back to draft.</summary>
[Authorize(Policy = PermissionPolicy.Prefix + InnovationPermissions.Challenges)]
public sealed class ChallengeAdminModel(ICmsDbContext db, ChallengeDesk desk, SolutionDesk solutions, PrototypeDesk prototypes, InnovationTexts texts, IStringLocalizer<InnovationModule> T) : InnovationPageModel
{
    public ChallengeView View { get; private set; } = null!;

    public IReadOnlyList<SolutionView> Solutions { get; private set; } = [];

    /// <summary>The equality body's file on the conditions and criteria, once referred.</summary>
    public Cms.Core.AdvisoryBodies.Opinion? CriteriaOpinion { get; private set; }

    [BindProperty]
    public int Revision { get; set; }

    /// <summary>The criteria form while the challenge is a draft (what is recorded, or what was typed when refused).</summary>
    public List<CriterionInput> Criteria { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <summary>Refers the draft's conditions and criteria to the equality body for its opinion by the day given.</summary>
    public async Task<IActionResult> OnPostReferAsync(long id, string? dueOn, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var errors = new List<string>();
        if (!DateOnly.TryParseExact(dueOn?.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var due))
        {
            errors.Add(T["{0}: give a date such as {1}.", T["Opinion due on"], "2027-03-04"]);
        }

        var challenge = View.Challenge;
        if (errors.Count == 0 && Revision != challenge.Revision)
        {
            errors.Add(texts.Refusal((ChallengeRefusal.Changed, null, null)));
        }

        if (errors.Count == 0 && await desk.ReferCriteriaAsync(challenge, View.Criteria, due, By, cancellationToken) is { } refusal)
        {
            errors.Add(texts.Refusal((refusal, null, null)));
        }

        return errors.Count > 0 ? await AgainAsync(id, "refer", errors, cancellationToken) : Done(id, T["The conditions and criteria are referred to the equality body; its members are told."]);
    }

    /// <summary>Replaces the draft's criteria.</summary>
    public async Task<IActionResult> OnPostCriteriaAsync(long id, [FromForm(Name = "Input.Criteria")] List<CriterionInput>? input, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var errors = new List<string>();
        Criteria = input ?? [];
        var criteria = ChallengeInput.ReadCriteria(Criteria, T, errors);
        if (errors.Count == 0 && await desk.ReplaceCriteriaAsync(View.Challenge, criteria, Revision, cancellationToken) is { } refusal)
        {
            errors.Add(texts.Refusal(refusal));
        }

        if (errors.Count > 0)
        {
            var typed = Criteria;
            var page = await AgainAsync(id, "criteria", errors, cancellationToken);
            Criteria = typed;
            return page;
        }

        return Done(id, T["The criteria are saved."]);
    }

    private IActionResult Done(long id, string message) => Saved(message, ChallengeDesk.AdminUrl(id));

    private async Task<IActionResult> AgainAsync(long id, string form, IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(id, cancellationToken);
        Revision = View.Challenge.Revision; // the next try starts from what is recorded now
        return Refused(form, errors);
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        if (await desk.FindAsync(id, drafts: true, cancellationToken) is not { } view)
        {
            return false;
        }

        View = view;
        if (!Request.HasFormContentType)
        {
            Revision = view.Challenge.Revision;
        }

        Solutions = await solutions.OfAsync(id, cancellationToken);
        CriteriaOpinion = await desk.CriteriaOpinionAsync(view.Challenge, cancellationToken);
        Criteria = [.. view.Criteria.Select(c => new CriterionInput { NameAr = c.NameAr, NameFr = c.NameFr, Weight = c.Weight })];
        return true;
    }

    /// <summary>Records that the council adopted a selected solution: the day and the act.</summary>
    public async Task<IActionResult> OnPostAdoptAsync(long id, long solutionId, string? day, string? reference, CancellationToken cancellationToken)
    {
        var challenge = await db.Set<Cms.Core.Innovation.Challenge>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (challenge is null)
        {
            return NotFound();
        }

        var errors = new List<string>();
        var act = Text(reference, Cms.Core.Innovation.Solution.MaxReferenceLength, T["The act that adopted it"], T, errors);
        if (!DateOnly.TryParseExact(day?.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var on))
        {
            errors.Add(T["{0}: give a date such as {1}.", T["Adopted on"], "2027-03-04"]);
        }

        if (errors.Count == 0 && await prototypes.AdoptAsync(challenge, solutionId, on, act, cancellationToken) is { } problem)
        {
            errors.Add(texts.Refusal(problem));
        }

        return errors.Count > 0 ? await AgainAsync(id, "adopt-" + solutionId, errors, cancellationToken) : Done(id, T["The council's adoption is recorded; the showcase shows it."]);
    }

    public Task<IActionResult> OnPostPublishAsync(long id, CancellationToken cancellationToken) => PublishAsync(id, true, T["The challenge is published."], cancellationToken);

    public Task<IActionResult> OnPostUnpublishAsync(long id, CancellationToken cancellationToken) => PublishAsync(id, false, T["The challenge is back to draft: the public no longer sees it."], cancellationToken);

    private async Task<IActionResult> PublishAsync(long id, bool publish, string done, CancellationToken cancellationToken)
    {
        var challenge = await db.Set<Cms.Core.Innovation.Challenge>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (challenge is null)
        {
            return NotFound();
        }

        string? error = challenge.Revision != Revision ? T["Someone else changed this challenge meanwhile: look at it again before acting."].Value : null;
        if (error is null)
        {
            try
            {
                error = await desk.PublishAsync(challenge, publish, cancellationToken) is { } refusal ? texts.Refusal((refusal, null, null)) : null;
            }
            catch (DbUpdateConcurrencyException)
            {
                error = T["Someone else changed this challenge meanwhile: look at it again before acting."];
            }
        }

        return error is not null ? await AgainAsync(id, "publish", [error], cancellationToken) : Done(id, done);
    }
}
