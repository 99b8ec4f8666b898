using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Media;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Core.Transparency;
using OpenRegion.Transparency.Domain;

namespace OpenRegion.Transparency.Pages.Admin.Transparency;

/// <summary>
/// One session for staff: its agenda (items with their public documents, checked by content), the decision on each item
/// with its vote, and posting the decisions — each decision's 8- or 10-day posting deadline shown, overdue in red.
/// </summary>
[Authorize(Policy = PermissionPolicy.Prefix + TransparencyPermissions.Sessions)]
[RequestSizeLimit(AgendaItem.MaxDocuments * MediaRules.MaxDocumentBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = AgendaItem.MaxDocuments * MediaRules.MaxDocumentBytes + 1024 * 1024)]
public sealed class SessionAdminModel(ICmsDbContext db, SessionDesk desk, MediaStore store, TenantContext tenant, TimeProvider clock, TransparencyTexts texts, IStringLocalizer<TransparencyModule> T)
    : TransparencyPageModel
{
    public SessionDesk Desk => desk;

    public CouncilSession Session { get; private set; } = null!;

    public IReadOnlyList<AgendaItem> Items { get; private set; } = [];

    public IReadOnlyDictionary<long, MediaItem> Documents { get; private set; } = new Dictionary<long, MediaItem>();

    [BindProperty]
    public string? TitleAr { get; set; }

    [BindProperty]
    public string? TitleFr { get; set; }

    [BindProperty]
    public long ItemId { get; set; }

    [BindProperty]
    public DecisionOutcome? Outcome { get; set; }

    [BindProperty]
    public string? DecidedOn { get; set; }

    [BindProperty]
    public string? VotesFor { get; set; }

    [BindProperty]
    public string? VotesAgainst { get; set; }

    [BindProperty]
    public string? Abstentions { get; set; }

    [BindProperty]
    public string? Number { get; set; }

    [BindProperty]
    public string? TextAr { get; set; }

    [BindProperty]
    public string? TextFr { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostItemAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var errors = new List<string>();
        var titleAr = Optional(TitleAr, AgendaItem.MaxTitleLength, T["Title (Arabic)"], T, errors);
        var titleFr = Optional(TitleFr, AgendaItem.MaxTitleLength, T["Title (French)"], T, errors);
        if (titleAr is null && titleFr is null && errors.Count == 0)
        {
            errors.Add(T["Give the item's title in Arabic or French."]);
        }

        var files = Request.HasFormContentType ? Request.Form.Files.Where(f => f.Name == "documents" && f.Length > 0).ToList() : [];
        if (files.Count > AgendaItem.MaxDocuments)
        {
            errors.Add(T["At most {0} documents per item.", AgendaItem.MaxDocuments]);
        }

        foreach (var file in files)
        {
            var (problem, arguments, _, _) = await MediaUploads.CheckAsync(file, cancellationToken);
            if (problem is not null)
            {
                errors.Add($"{file.FileName}: {T[problem, arguments]}");
            }
        }

        if (errors.Count > 0)
        {
            return Refused("item", string.Join(" ", files.Count > 0 ? [.. errors, T["For your safety, files are not kept when the form comes back: choose them again."]] : errors));
        }

        var saved = new List<string>();
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var ids = new List<long>();
            foreach (var file in files)
            {
                var media = await MediaUploads.StoreAsync(db, store, tenant.Shell.Id, file, titleAr, titleFr, By, clock.GetUtcNow(), saved, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                ids.Add(media.Id);
            }

            await desk.AddItemAsync(Session, new AgendaItem { TitleAr = titleAr ?? "", TitleFr = titleFr ?? "", DocumentIds = string.Join(',', ids) }, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception ex)
        {
            foreach (var path in saved)
            {
                store.Delete(tenant.Shell.Id, path);
            }

            if (ex is DbUpdateException)
            {
                return Refused("item", T["Someone else changed this agenda meanwhile: look at it again before acting."]);
            }

            throw;
        }

        TempData["Saved"] = T["The item is on the agenda."].Value;
        return LocalRedirect(Url.Content("~" + SessionDesk.AdminUrl(id)));
    }

    public async Task<IActionResult> OnPostDecideAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken, tracked: true) || Items.FirstOrDefault(i => i.Id == ItemId) is not { } item)
        {
            return NotFound();
        }

        var form = "item-" + item.Id.ToString(CultureInfo.InvariantCulture);
        var errors = new List<string>();
        if (Outcome is not { } outcome || !Enum.IsDefined(outcome))
        {
            errors.Add(T["Choose what the council decided."]);
            outcome = DecisionOutcome.Adopted;
        }

        var on = string.IsNullOrWhiteSpace(DecidedOn) ? Session.OpensOn : Date(DecidedOn, T["Day of the deliberation"], T, errors);

        var votes = new[] { VotesFor, VotesAgainst, Abstentions }.Select(v => Count(v, errors)).ToArray();
        var number = Optional(Number, 50, T["Decision number"], T, errors);
        var textAr = Optional(TextAr, AgendaItem.MaxTextLength, T["Decision (Arabic)"], T, errors);
        var textFr = Optional(TextFr, AgendaItem.MaxTextLength, T["Decision (French)"], T, errors);
        if (errors.Count > 0)
        {
            return await RefusedAsync(id, form, errors[0], cancellationToken);
        }

        try
        {
            if (await desk.DecideAsync(Session, item, new Decision(on!.Value, outcome, votes[0], votes[1], votes[2], number, textAr, textFr), By, cancellationToken) is { } refusal)
            {
                return await RefusedAsync(id, form, texts.Refusal(refusal, desk.Rules), cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            return await RefusedAsync(id, form, T["Someone else changed this agenda meanwhile: look at it again before acting."], cancellationToken);
        }

        TempData["Saved"] = T["The decision is recorded; post it by {0}.", Day(desk.Rules.PublicationDue(on!.Value))].Value;
        return LocalRedirect(Url.Content("~" + SessionDesk.AdminUrl(id) + "#item-" + item.Position.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>Posts one decision (<see cref="ItemId"/>), or every recorded one not posted yet (ItemId 0).</summary>
    public async Task<IActionResult> OnPostPublishAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken, tracked: true))
        {
            return NotFound();
        }

        var items = ItemId == 0 ? Items.Where(i => i.DecidedOn is not null && i.PublishedUtc is null).ToList() : Items.Where(i => i.Id == ItemId).ToList();
        if (ItemId != 0 && items.Count == 0)
        {
            return NotFound();
        }

        try
        {
            if (await desk.PublishAsync(Session, items, By, cancellationToken) is { } refusal)
            {
                return await RefusedAsync(id, ItemId == 0 ? "publish" : "item-" + ItemId.ToString(CultureInfo.InvariantCulture), texts.Refusal(refusal, desk.Rules), cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            return await RefusedAsync(id, "publish", T["Someone else changed this agenda meanwhile: look at it again before acting."], cancellationToken);
        }

        TempData["Saved"] = T["{0} decisions posted.", items.Count].Value;
        return LocalRedirect(Url.Content("~" + SessionDesk.AdminUrl(id)));
    }

    public async Task<IActionResult> OnPostConveneAsync(long id, CancellationToken cancellationToken)
    {
        var session = await db.Set<CouncilSession>().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return NotFound();
        }

        try
        {
            var (refusal, members) = await desk.ConveneAsync(session, By, cancellationToken);
            if (refusal is { } r)
            {
                return await RefusedAsync(id, "convene", texts.Refusal(r, desk.Rules), cancellationToken);
            }

            TempData["Saved"] = T["The convocation, the agenda and the link to the documents were sent to {0} elected members.", members].Value;
        }
        catch (DbUpdateConcurrencyException)
        {
            return await RefusedAsync(id, "convene", T["Someone else changed this agenda meanwhile: look at it again before acting."], cancellationToken);
        }

        return LocalRedirect(Url.Content("~" + SessionDesk.AdminUrl(id)));
    }

    private int? Count(string? value, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!int.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count) || count > 10_000)
        {
            errors.Add(T["Votes are whole numbers."]);
            return null;
        }

        return count;
    }

    private async Task<IActionResult> RefusedAsync(long id, string form, string error, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        return Refused(form, error);
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken, bool tracked = false)
    {
        if (!tracked)
        {
            db.ChangeTracker.Clear();
        }

        var session = await db.Set<CouncilSession>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return false;
        }

        Session = session;
        if (tracked)
        {
            Items = await db.Set<AgendaItem>().Where(i => i.SessionId == id).OrderBy(i => i.Position).ToListAsync(cancellationToken);
        }
        else
        {
            (Items, Documents) = await OpenRegion.Transparency.Pages.Transparency.SessionModel.AgendaAsync(db, id, cancellationToken);
        }

        return true;
    }
}
