using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Budgets.Domain;
using OpenRegion.Cms.Core.Budgeting.Model;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Media;
using OpenRegion.Cms.Core.Notifications;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Core.Workflows;
using OpenRegion.Cms.Core.Security;

namespace OpenRegion.Budgets.Pages.Budgets;

/// <summary>
/// A citizen proposes a project while proposals are open: a title and a description in Arabic, French or both, an
/// estimated cost, a category, a place and up to three photos. It is checked as a whole; when something is wrong
/// the form comes back with everything typed and every reason. The proposer then follows the process.
/// </summary>
[Authorize]
[RequestSizeLimit(MaxPhotos * MediaRules.MaxImageBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxPhotos * MediaRules.MaxImageBytes + 1024 * 1024)]
public sealed class ProposeModel(ICmsDbContext db, TimeProvider clock, MediaStore store, TenantContext tenant, IStringLocalizer<BudgetsModule> T) : ProcessPageModel(db, clock)
{
    public const int MaxPhotos = 3;
    public const int MaxTitle = 300;
    public const int MaxDescription = 4000;
    public const int MaxPlace = 300;

    [BindProperty]
    public ProposalInput Input { get; set; } = new();

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadProcessAsync(cancellationToken))
        {
            return NotFound();
        }

        Input.BudgetId ??= Budgets.FirstOrDefault()?.Id;
        return Page();
    }

    [Limited(LimitedAction.Comment)]
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadProcessAsync(cancellationToken))
        {
            return NotFound();
        }

        var errors = new List<string>();
        if (Phase != BudgetPhase.Proposals)
        {
            errors.Add(T["Proposals are not open for this participatory budget."]);
        }

        var budget = Budgets.FirstOrDefault(b => b.Id == Input.BudgetId);
        if (budget is null)
        {
            errors.Add(T["Choose the budget your project belongs to."]);
        }

        var (titleAr, titleFr) = (T.Read(Input.TitleAr, MaxTitle, false, T["Title in Arabic"], errors), T.Read(Input.TitleFr, MaxTitle, false, T["Title in French"], errors));
        if (titleAr.Length == 0 && titleFr.Length == 0)
        {
            errors.Add(T["Give your project a title, in Arabic or in French."]);
        }

        var (textAr, textFr) = (T.Read(Input.DescriptionAr, MaxDescription, true, T["Description in Arabic"], errors), T.Read(Input.DescriptionFr, MaxDescription, true, T["Description in French"], errors));
        if (textAr.Length == 0 && textFr.Length == 0)
        {
            errors.Add(T["Describe your project: what it is, for whom, and why."]);
        }

        var cost = Money.Parse(Input.Cost);
        if (cost is null || cost <= 0)
        {
            errors.Add(T["Give the estimated cost in dirhams, as a number greater than zero (e.g. 40000)."]);
        }
        else if (budget is not null && cost > budget.Amount)
        {
            errors.Add(T["The estimated cost ({0}) is more than the whole budget ({1}).", T["{0} MAD", Money.Format(cost.Value)], T["{0} MAD", Money.Format(budget.Amount)]]);
        }

        if (Input.Category is { Length: > 0 } category && !BallotTexts.Categories.Contains(category))
        {
            errors.Add(T["Choose a category from the list."]);
        }

        var place = T.Read(Input.Place, MaxPlace, false, T["Place"], errors);
        var (latitude, longitude) = Coordinates(Input.Latitude, Input.Longitude, errors);
        var photos = Request.Form.Files.Where(f => f.Name == "photos" && f.Length > 0).ToList();
        if (photos.Count > MaxPhotos)
        {
            errors.Add(T["At most {0} photos.", MaxPhotos]);
        }

        foreach (var photo in photos)
        {
            var problem = await CheckPhotoAsync(photo, cancellationToken);
            if (problem is not null)
            {
                errors.Add($"{MediaRules.CleanFileName(photo.FileName)}: {problem}");
            }
        }

        if (errors.Count > 0 || budget is null || cost is null)
        {
            if (photos.Count > 0)
            {
                errors.Add(T["For your safety, photos are not kept when the form comes back: choose them again."]);
            }

            Errors = errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var now = Clock.GetUtcNow();
        var saved = new List<string>();
        try
        {
            // The photos, the project, its event and the proposer's follow: one transaction.
            await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
            var photoItems = new List<MediaItem>();
            foreach (var photo in photos)
            {
                photoItems.Add(await MediaUploads.StoreAsync(Db, store, tenant.TenantId!, photo, titleAr, titleFr, User.Identity?.Name, now, saved, cancellationToken));
            }

            var project = new BudgetProject
            {
                BudgetId = budget.Id, TitleAr = titleAr, TitleFr = titleFr, DescriptionAr = textAr, DescriptionFr = textFr, Cost = cost.Value,
                Category = Input.Category is { Length: > 0 } c ? c : null, Place = place.Length > 0 ? place : null, Latitude = latitude, Longitude = longitude,
                State = ProjectState.Proposed, ProposerUserId = UserId, CreatedUtc = now,
            };
            Db.Set<BudgetProject>().Add(project);
            await Follows.FollowAsync(Db, UserId!, BudgetEvents.Subject(Process.Id), Clock, cancellationToken);
            await Db.SaveChangesAsync(cancellationToken);
            project.PhotosJson = JsonSerializer.Serialize(photoItems.Select(p => p.Id).Distinct());
            Outbox.Raise(Db, BudgetEvents.ProjectProposed, new BudgetEvents.ProjectPayload(project.Id, Process.Id, titleAr.Length > 0 ? titleAr : titleFr, titleFr, project.State.ToString(), null, project.Cost, BudgetEvents.ProjectUrl(Process, project.Id), UserId), Clock);
            await Db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            OutboxSignal.Pulse();
            TempData["Saved"] = T["Thank you: your project is received. The technical services will check it and publish their answer here; you will be notified."].Value;
            return LocalRedirect(Url.Content("~" + BudgetEvents.ProjectUrl(Process, project.Id)));
        }
        catch
        {
            foreach (var path in saved)
            {
                store.Delete(tenant.TenantId!, path);
            }

            throw;
        }
    }

    /// <summary>Both or neither; decimal degrees within Morocco's bounds.</summary>
    private (double?, double?) Coordinates(string? latitude, string? longitude, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(latitude) && string.IsNullOrWhiteSpace(longitude))
        {
            return (null, null);
        }

        if (double.TryParse(latitude?.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            && double.TryParse(longitude?.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
            && lat is >= 20 and <= 36.5 && lon is >= -17.5 and <= -0.9)
        {
            return (Math.Round(lat, 6), Math.Round(lon, 6));
        }

        errors.Add(T["The coordinates must be a latitude and a longitude in Morocco, e.g. 32.3373 and -6.3498 (or leave both empty)."]);
        return (null, null);
    }

    private async Task<string?> CheckPhotoAsync(IFormFile photo, CancellationToken cancellationToken)
    {
        var (problem, arguments, _, kind) = await MediaUploads.CheckAsync(photo, cancellationToken);
        return problem is not null ? T[problem, arguments].Value : kind != MediaKind.Image ? T["Only photos (JPEG, PNG, WebP, GIF) can be added."].Value : null;
    }

    public sealed class ProposalInput
    {
        public long? BudgetId { get; set; }

        public string? TitleAr { get; set; }

        public string? TitleFr { get; set; }

        public string? DescriptionAr { get; set; }

        public string? DescriptionFr { get; set; }

        public string? Cost { get; set; }

        public string? Category { get; set; }

        public string? Place { get; set; }

        public string? Latitude { get; set; }

        public string? Longitude { get; set; }
    }
}
