using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Media;
using OpenRegion.Cms.Core.Petitions;
using OpenRegion.Cms.Core.Workflows;
using OpenRegion.Petitions.Domain;
using OpenRegion.Cms.Core.Security;

namespace OpenRegion.Petitions.Pages.Petitions;

/// <summary>
/// One petition: its text and documents, the signatures against the threshold (province by province for a region),
/// its public history with the reasons of each step, and the council's decisions. A verified resident signs here in
/// a tap; anyone else reads why they cannot. The filer opens it for signatures, deposits it once the threshold is
/// met (the receipt comes at once) or withdraws it.
/// </summary>
[AllowAnonymous]
public sealed class PetitionModel(ICmsDbContext db, TimeProvider clock, PetitionSite site, PetitionTexts texts, IStringLocalizer<PetitionsModule> T)
    : PetitionPageModel(db, clock)
{
    public PetitionSite Site => site;

    public SignatureTally Tally { get; private set; } = null!;

    public IReadOnlyList<PetitionStep> Steps { get; private set; } = [];

    public IReadOnlyList<(string Kind, MediaItem Item)> Documents { get; private set; } = [];

    public PetitionSignature? MySignature { get; private set; }

    public CmsUser? Account { get; private set; }

    /// <summary>Why the reader cannot sign (empty when they can), computed for the form.</summary>
    public IReadOnlyList<SignRefusal> Refusals { get; private set; } = [];

    /// <summary>Whether the reader lives in the territory (else they sign for an activity in one of its communes).</summary>
    public bool Resident { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    [BindProperty]
    public bool DirectInterest { get; set; }

    [BindProperty]
    public string? ActivityCommune { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? await ShowAsync(cancellationToken) : NotFound();

    [Limited(LimitedAction.Sign)]
    public async Task<IActionResult> OnPostSignAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (UserId is null)
        {
            return Challenge();
        }

        var account = await Db.Set<CmsUser>().AsNoTracking().FirstAsync(u => u.Id == UserId, cancellationToken);
        var signer = new Signer(account.VoterKey ?? "", UserId, account.DisplayName, account.IdentityVerifiedUtc is not null && account.VoterKey is not null,
            account.OnElectoralRoll, account.ResidenceTenantId, ActivityCommune, DirectInterest);
        var refusals = await PetitionSigning.SignAsync(Db, Petition, signer, SignatureChannel.Online, null, site.Territory, site.Settings.RequireElectoralRoll, site.ProvinceOf, Clock, cancellationToken);
        if (refusals.Count > 0)
        {
            Errors = [.. refusals.Select(texts.Refusal)];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ShowAsync(cancellationToken);
        }

        TempData["Saved"] = T["Thank you: your signature is counted. You will be told of every step of this petition."].Value;
        return Redirect();
    }

    public Task<IActionResult> OnPostOpenAsync(long id, CancellationToken cancellationToken) =>
        FilersMoveAsync(id, PetitionState.Collecting, T["The petition is open for signatures. Share its address; signatures on paper forms are entered by the council's staff."], cancellationToken);

    public Task<IActionResult> OnPostWithdrawAsync(long id, CancellationToken cancellationToken) =>
        FilersMoveAsync(id, PetitionState.Withdrawn, T["The petition is withdrawn."], cancellationToken);

    [Limited(LimitedAction.Comment)]
    public async Task<IActionResult> OnPostDepositAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken, tracked: true) || !IsFiler)
        {
            return NotFound();
        }

        if (Petition.State != PetitionState.Collecting)
        {
            return await RefuseAsync(T["Only a petition collecting signatures can be deposited."], cancellationToken);
        }

        var (deposited, tally) = await PetitionProcedure.DepositAsync(Db, Petition, site.Shell, site.Required, site.PerProvince, site.Provinces, Clock, cancellationToken);
        if (!deposited)
        {
            return await RefuseAsync(tally is null ? T["Only a petition collecting signatures can be deposited."] : DepositShortfall(tally), cancellationToken);
        }

        TempData["Saved"] = T["The petition is deposited with the council's president. Receipt no. {0}, {1}. The bureau will check that it is admissible; you will be notified of its decision.",
            "\u2066" + Petition.ReceiptNumber! + "\u2069", Cms.Core.Content.LocalTime.Format(Petition.DepositedUtc!.Value, Culture, withTime: true)].Value;
        return Redirect();
    }

    /// <summary>Why the signatures do not allow a deposit yet: the total, or the provinces below their share.</summary>
    public string DepositShortfall(SignatureTally tally)
    {
        if (!tally.TotalMet)
        {
            return T["The petition has {0} signatures; it needs {1} to be deposited.", tally.Count, tally.Required];
        }

        var short_ = tally.Provinces.Where(p => !p.Met).Select(p => T["{0}: {1} of {2}", site.Name(p.ProvinceId, Culture), p.Count, p.Required].Value);
        return T["Each province must bring at least {0} signatures. Not yet reached: {1}.", site.PerProvince, string.Join(Culture == "ar" ? "، " : ", ", short_)];
    }

    private async Task<IActionResult> FilersMoveAsync(long id, PetitionState to, string done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken, tracked: true) || !IsFiler)
        {
            return NotFound();
        }

        if (!PetitionStateMachine.CanMove(Petition.State, to))
        {
            return await RefuseAsync(T["This step is not possible in the petition's present state ({0}).", texts.State(Petition.State)], cancellationToken);
        }

        if (to == PetitionState.Collecting)
        {
            Petition.OpenedUtc = Clock.GetUtcNow();
        }

        PetitionProcedure.Move(Db, Petition, to, null, Clock);
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await RefuseAsync(T["The petition changed meanwhile: look at its state and try again."], cancellationToken);
        }

        TempData["Saved"] = done;
        return Redirect();
    }

    private async Task<IActionResult> RefuseAsync(string error, CancellationToken cancellationToken)
    {
        Db.ChangeTracker.Clear();
        await LoadAsync(Petition.Id, cancellationToken);
        Errors = [error];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await ShowAsync(cancellationToken);
    }

    private IActionResult Redirect() => LocalRedirect(Url.Content("~" + PetitionEvents.Url(Petition.Id)));

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        Tally = await PetitionProcedure.TallyAsync(Db, Petition, Petition.RequiredSignatures ?? site.Required, site.PerProvince, site.Provinces, cancellationToken);
        Steps = await Db.Set<PetitionStep>().AsNoTracking().Where(s => s.PetitionId == Petition.Id).OrderBy(s => s.AtUtc).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        Documents = await DocumentsAsync(cancellationToken);
        if (UserId is { } userId)
        {
            Account = await Db.Set<CmsUser>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
            if (Account?.VoterKey is { } key)
            {
                MySignature = await Db.Set<PetitionSignature>().AsNoTracking().FirstOrDefaultAsync(s => s.PetitionId == Petition.Id && s.SignerKey == key, cancellationToken);
            }

            if (Account is not null)
            {
                Resident = Account.ResidenceTenantId is { } residence && site.Territory.Contains(residence);
                var signer = new Signer(Account.VoterKey ?? "", userId, Account.DisplayName, Account.IdentityVerifiedUtc is not null && Account.VoterKey is not null,
                    Account.OnElectoralRoll, Account.ResidenceTenantId, Resident ? null : site.Communes(Culture).FirstOrDefault()?.Id, DirectInterest: true);
                Refusals = PetitionSigning.Check(Petition.State, signer, site.Territory, site.Settings.RequireElectoralRoll).Refusals;
            }
        }

        return Page();
    }
}
