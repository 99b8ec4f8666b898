using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Media;
using OpenRegion.Cms.Core.Notifications;
using OpenRegion.Cms.Core.Petitions;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Petitions.Domain;
using OpenRegion.Cms.Core.Security;

namespace OpenRegion.Petitions.Pages.Petitions;

/// <summary>
/// Filing a petition, or editing its draft: the subject, reasons and objectives in the filer's language; for
/// citizens the proxy who follows the procedure; for an association its legal conditions (checked at once: an
/// association founded less than three years ago cannot file) and the documents the decree requires, PDF or photos.
/// Nothing is stored until everything is right; files are not kept when the form comes back, and it says so.
/// </summary>
[Authorize]
[RequestSizeLimit(MaxFiles * MediaRules.MaxDocumentBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxFiles * MediaRules.MaxDocumentBytes + 1024 * 1024)]
public sealed class FileModel(ICmsDbContext db, TimeProvider clock, MediaStore store, PetitionSite site, PetitionTexts texts, IStringLocalizer<PetitionsModule> T)
    : PetitionPageModel(db, clock)
{
    public const int MaxFiles = 4;

    public PetitionSite Site => site;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>The documents the draft already has, by kind.</summary>
    public IReadOnlyDictionary<string, MediaItem> Existing { get; private set; } = new Dictionary<string, MediaItem>();

    [BindProperty(SupportsGet = true)]
    public long? Id { get; set; }

    [BindProperty]
    public FilingInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            if (!await LoadDraftAsync(id, cancellationToken))
            {
                return NotFound();
            }

            Input = FilingInput.From(Petition);
        }
        else
        {
            Input.Language = Culture == "fr" ? "fr" : "ar";
        }

        return Page();
    }

    [Limited(LimitedAction.Comment)]
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id && !await LoadDraftAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var errors = new List<string>();
        var title = Required(Input.Title, Petition.MaxTitleLength, false, T["Subject"], errors);
        var reasons = Required(Input.Reasons, Petition.MaxTextLength, true, T["Reasons"], errors);
        var objectives = Required(Input.Objectives, Petition.MaxTextLength, true, T["Objectives"], errors);
        var proxy = Required(Input.ProxyName, Petition.MaxNameLength, false, Input.Filer == PetitionFiler.Association ? T["Representative"] : T["Proxy"], errors);
        var language = Input.Language is "fr" ? "fr" : "ar";
        var today = Cms.Core.Content.LocalTime.Date(Clock.GetUtcNow());
        string? association = null;
        DateOnly? founded = null;
        int? members = null;
        if (Input.Filer == PetitionFiler.Association)
        {
            association = Required(Input.AssociationName, Petition.MaxNameLength, false, T["Name of the association"], errors);
            if (!DateOnly.TryParseExact(Input.FoundedOn?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var foundedOn) || foundedOn > today || foundedOn.Year < 1900)
            {
                errors.Add(T["Give the date the association was founded (its declaration), e.g. 2015-03-21."]);
            }
            else
            {
                founded = foundedOn;
            }

            if (!int.TryParse(Input.Members?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 1 or > 10_000_000)
            {
                errors.Add(T["Give the association's number of members as a whole number."]);
            }
            else
            {
                members = count;
            }

            if (founded is { } f && members is { } m)
            {
                var facts = new AssociationFacts(f, m, Input.SeatInTerritory, Input.GoodStanding, Input.DemocraticStatutes, Input.ActivityLinked);
                errors.AddRange(AssociationConditions.Check(facts, site.Tenant.Kind, today).Select(s => texts.Shortfall(s, facts)));
            }
        }
        else if (!Enum.IsDefined(Input.Filer))
        {
            errors.Add(T["Choose who files the petition."]);
        }

        var files = new List<(string Kind, IFormFile File)>();
        foreach (var kind in AttachmentKinds.All)
        {
            if (Request.HasFormContentType && Request.Form.Files.GetFile(kind) is { Length: > 0 } file)
            {
                files.Add((kind, file));
                var (problem, arguments, _, mediaKind) = await MediaUploads.CheckAsync(file, cancellationToken);
                if (problem is not null)
                {
                    errors.Add($"{texts.Attachment(kind)}: {T[problem, arguments]}");
                }
                else if (mediaKind != MediaKind.Image && !file.FileName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
                {
                    errors.Add($"{texts.Attachment(kind)}: {T["Only PDF files and photos (JPEG, PNG, WebP, GIF) can be attached."]}");
                }
            }
        }

        if (Input.Filer == PetitionFiler.Association)
        {
            var have = Id is null ? [] : Attachments(Petition).Select(a => a.Kind).ToHashSet();
            foreach (var required in Input.Mandated ? [AttachmentKinds.DeclarationReceipt, AttachmentKinds.Statutes, AttachmentKinds.Mandate] : new[] { AttachmentKinds.DeclarationReceipt, AttachmentKinds.Statutes })
            {
                if (!have.Contains(required) && files.All(f => f.Kind != required))
                {
                    errors.Add(T["Attach the {0} (PDF or photo).", texts.Attachment(required).ToLower(CultureInfo.CurrentCulture)]);
                }
            }
        }

        if (errors.Count > 0)
        {
            Errors = errors;
            if (files.Count > 0)
            {
                Errors = [.. errors, T["For your safety, files are not kept when the form comes back: choose them again."]];
            }

            if (Id is not null)
            {
                await ExistingAsync(cancellationToken);
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var now = Clock.GetUtcNow();
        var saved = new List<string>();
        try
        {
            await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
            var petition = Id is null ? new Petition { FilerUserId = UserId!, CreatedUtc = now, State = PetitionState.Draft } : Petition;
            petition.Title = title;
            petition.Reasons = reasons;
            petition.Objectives = objectives;
            petition.Language = language;
            petition.Filer = Input.Filer;
            petition.ProxyName = proxy;
            petition.RepresentativeMandated = Input.Filer == PetitionFiler.Association && Input.Mandated;
            petition.AssociationName = association;
            petition.AssociationFoundedOn = founded;
            petition.AssociationMembers = members;
            var attachments = (Id is null ? [] : Attachments(petition)).ToList();
            foreach (var (kind, file) in files)
            {
                var item = await MediaUploads.StoreAsync(Db, store, site.Shell.Id, file, title, title, User.Identity?.Name, now, saved, cancellationToken);
                await Db.SaveChangesAsync(cancellationToken); // its id goes into the petition
                attachments.RemoveAll(a => a.Kind == kind);
                attachments.Add(new PetitionAttachment(kind, item.Id));
            }

            if (Id is null)
            {
                Db.Set<Petition>().Add(petition);
            }

            await Db.SaveChangesAsync(cancellationToken);
            petition.AttachmentsJson = JsonSerializer.Serialize(attachments, Cms.Core.Workflows.Outbox.JsonOptions);
            if (Id is null)
            {
                await Follows.FollowAsync(Db, UserId!, PetitionEvents.Subject(petition.Id), Clock, cancellationToken);
            }

            await Db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            TempData["Saved"] = T["Your petition is saved as a draft. Read it again, then open it for signatures."].Value;
            return LocalRedirect(Url.Content("~" + PetitionEvents.Url(petition.Id)));
        }
        catch
        {
            foreach (var path in saved)
            {
                store.Delete(site.Shell.Id, path);
            }

            throw;
        }
    }

    /// <returns>False unless it is the reader's own draft on this tenant.</returns>
    private async Task<bool> LoadDraftAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken, tracked: true) || !IsFiler || Petition.State != PetitionState.Draft)
        {
            return false;
        }

        await ExistingAsync(cancellationToken);
        return true;
    }

    private async Task ExistingAsync(CancellationToken cancellationToken) =>
        Existing = (await DocumentsAsync(cancellationToken)).ToDictionary(d => d.Kind, d => d.Item);

    /// <summary>Typed text, cleaned; empty, too long or hiding characters gives a reason naming the field.</summary>
    private string Required(string? input, int max, bool multiline, string label, List<string> errors)
    {
        var text = T.Read(input, max, multiline, label, errors);
        if (text.Length == 0)
        {
            errors.Add(T["{0}: this field is required.", label]);
        }

        return text;
    }

    public sealed class FilingInput
    {
        public PetitionFiler Filer { get; set; }

        public string? Title { get; set; }

        public string? Reasons { get; set; }

        public string? Objectives { get; set; }

        public string? Language { get; set; }

        public string? ProxyName { get; set; }

        public string? AssociationName { get; set; }

        public string? FoundedOn { get; set; }

        public string? Members { get; set; }

        /// <summary>The representative is a mandated person (not the legal representative): the mandate is required.</summary>
        public bool Mandated { get; set; }

        public bool SeatInTerritory { get; set; }

        public bool GoodStanding { get; set; }

        public bool DemocraticStatutes { get; set; }

        public bool ActivityLinked { get; set; }

        public static FilingInput From(Petition petition) => new()
        {
            Filer = petition.Filer, Title = petition.Title, Reasons = petition.Reasons, Objectives = petition.Objectives, Language = petition.Language,
            ProxyName = petition.ProxyName, AssociationName = petition.AssociationName,
            FoundedOn = petition.AssociationFoundedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Members = petition.AssociationMembers?.ToString(CultureInfo.InvariantCulture), Mandated = petition.RepresentativeMandated,
            // What was declared to file it; declared again on each change.
            SeatInTerritory = false, GoodStanding = false, DemocraticStatutes = false, ActivityLinked = false,
        };
    }
}
