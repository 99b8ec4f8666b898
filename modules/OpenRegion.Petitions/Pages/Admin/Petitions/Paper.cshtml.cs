using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Budgeting;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Petitions;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Petitions.Domain;
using OpenRegion.Petitions.Pages.Petitions;

namespace OpenRegion.Petitions.Pages.Admin.Petitions;

/// <summary>
/// Paper signatures: a clerk enters each line of the forms the filer handed in — the name, the identity card number
/// (kept only as its fingerprint), the commune, whether the signer lives or works there and is on the electoral roll.
/// A card that already signed, online or on paper, is refused with that reason: each person counts once.
/// </summary>
[Authorize(Policy = PermissionPolicy.Prefix + PetitionsPermissions.Signatures)]
public sealed class PaperModel(ICmsDbContext db, TimeProvider clock, VoterIdentity identity, PetitionSite site, PetitionTexts texts, IAuditLog audit, IStringLocalizer<PetitionsModule> T)
    : PetitionPageModel(db, clock)
{
    public PetitionSite Site => site;

    public int PaperCount { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    [BindProperty]
    public PaperInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Petition.State == PetitionState.Draft)
        {
            return NotFound();
        }

        await CountAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Petition.State == PetitionState.Draft)
        {
            return NotFound();
        }

        var errors = new List<string>();
        var name = T.Read(Input.Name, Petition.MaxNameLength, multiline: false, T["Name"], errors);
        if (name.Length == 0)
        {
            errors.Add(T["{0}: this field is required.", T["Name"]]);
        }

        if (!VoterIdentity.TryNormalize(Input.CardNumber, out var card))
        {
            errors.Add(T["Type the number of the identity card (CNIE) as it is printed, e.g. AB123456."]);
        }

        if (site.Communes(Culture).All(c => c.Id != Input.Commune))
        {
            errors.Add(T["Choose the commune of the territory where the signer lives or works."]);
        }

        if (errors.Count == 0)
        {
            var resident = Input.Basis == SignatureBasis.Resident;
            var signer = new Signer(identity.Key(card), null, name, Verified: true, Input.OnElectoralRoll, resident ? Input.Commune : null, resident ? null : Input.Commune, Input.DirectInterest);
            // Saved with the signature itself (who entered it and when; never whose card).
            audit.Record("petition.paper-signature", "Petition:" + Petition.Id.ToString(CultureInfo.InvariantCulture), null);
            var refusals = await PetitionSigning.SignAsync(Db, Petition, signer, SignatureChannel.Paper, User.Identity?.Name, site.Territory, site.Settings.RequireElectoralRoll, site.ProvinceOf, Clock, cancellationToken);
            errors.AddRange(refusals.Select(r => r switch
            {
                SignRefusal.AlreadySigned => T["This identity card has already signed this petition (online or on paper): the line is not counted again."].Value,
                SignRefusal.NotOnElectoralRoll => T["The signer must be on the electoral roll for a petition to this council."].Value,
                SignRefusal.NoDirectInterest => T["The form must show the signer's direct interest in the subject."].Value,
                _ => texts.Refusal(r),
            }));
        }

        if (errors.Count > 0)
        {
            Errors = errors;
            await CountAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        TempData["Saved"] = T["Signature entered: {0}.", name].Value;
        return LocalRedirect(Url.Content($"~/admin/petitions/{Petition.Id}/paper?commune={Uri.EscapeDataString(Input.Commune ?? "")}"));
    }

    private async Task CountAsync(CancellationToken cancellationToken)
    {
        PaperCount = await Db.Set<PetitionSignature>().CountAsync(s => s.PetitionId == Petition.Id && s.Channel == SignatureChannel.Paper, cancellationToken);
        Input.Commune ??= Request.Query["commune"].FirstOrDefault();
    }

    public sealed class PaperInput
    {
        public string? Name { get; set; }

        public string? CardNumber { get; set; }

        public string? Commune { get; set; }

        public SignatureBasis Basis { get; set; }

        public bool OnElectoralRoll { get; set; }

        public bool DirectInterest { get; set; }
    }
}
