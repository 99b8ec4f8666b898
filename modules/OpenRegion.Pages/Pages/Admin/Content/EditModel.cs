using System.Globalization;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Media;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Pages.Pages.Admin.Content;

/// <summary>
/// The side-by-side editor: every language of one item in one form, each with its translation status, plus the
/// dates and schedule the item shares. Saving keeps a version; only "Publish" changes what citizens see.
/// </summary>
[Authorize(Policy = PermissionPolicy.Prefix + PagesPermissions.Edit)]
public sealed class EditModel(ICmsDbContext db, ContentEditor editor, TenantContext tenant, MarkdownRenderer markdown, IStringLocalizer<PagesModule> T) : PageModel
{
    [BindProperty]
    public EditInput Input { get; set; } = new();

    public ContentTypeDefinition Type { get; private set; } = ContentTypes.Page;

    /// <summary>Null while creating.</summary>
    public string? Set { get; private set; }

    public IReadOnlyList<ContentItem> Items { get; private set; } = [];

    public IReadOnlyDictionary<string, TranslationStatus> Statuses { get; private set; } = new Dictionary<string, TranslationStatus>();

    /// <summary>What another editor saved meanwhile, shown beside this editor's own text after a conflict.</summary>
    public IReadOnlyList<ContentItem>? Theirs { get; private set; }

    public IReadOnlyList<string> Cultures => [.. ContentCultures.All.Where(tenant.Shell.Tenant.Cultures.Contains)];

    public string Heading => (Set is null
        ? T["New: {0}", Type.DisplayName(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)]
        : T["Edit: {0}", Type.DisplayName(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)]).Value;

    /// <summary>Documents of the media library, newest first, for a document's file choice.</summary>
    public IReadOnlyList<MediaItem> Files { get; private set; } = [];

    public bool IsPublished => Items.Any(i => i.Published);

    public bool HasDraft => Items.Any(i => i.HasDraft);

    /// <summary>Serves both "/admin/content/new/{type}" (New.cshtml) and "/admin/content/{set}" (Edit.cshtml).</summary>
    public async Task<IActionResult> OnGetAsync(string? set, string? type, CancellationToken cancellationToken)
    {
        if (set is null)
        {
            if (type is null || !TryType(type))
            {
                return NotFound();
            }

            Input = new EditInput { Cultures = [.. Cultures.Select(c => new CultureInput { Culture = c })] };
            return Page();
        }

        if (!await LoadAsync(set, cancellationToken))
        {
            return NotFound();
        }

        var latest = await editor.LatestAsync(Items, cancellationToken);
        var first = Items[0];
        Input = new EditInput
        {
            Starts = LocalTime.ToInput(latest.FirstOrDefault()?.StartsUtc ?? first.StartsUtc),
            Ends = LocalTime.ToInput(latest.FirstOrDefault()?.EndsUtc ?? first.EndsUtc),
            PublishAt = LocalTime.ToInput(first.PublishAtUtc),
            UnpublishAt = LocalTime.ToInput(first.UnpublishAtUtc),
            Cultures = [.. Cultures.Select(c =>
            {
                var item = Items.FirstOrDefault(i => i.Culture == c);
                var version = item is null ? null : latest.FirstOrDefault(v => v.ContentItemId == item.Id);
                var parts = ContentParts.Parse(version?.PartsJson ?? item?.PartsJson);
                return new CultureInput
                {
                    Culture = c,
                    Title = version?.Title ?? item?.Title,
                    Slug = version?.Slug ?? item?.Slug,
                    Body = version?.Body ?? item?.Body,
                    Summary = parts.Summary,
                    Location = parts.Location,
                    FileMediaId = parts.FileMediaId,
                    Format = parts.IsRichText ? BodyFormats.RichText : BodyFormats.Markdown,
                    Version = item?.ModifiedUtc.UtcTicks ?? 0,
                };
            })],
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? set, string? type, string? action, CancellationToken cancellationToken)
    {
        if (set is null)
        {
            return type is not null && TryType(type) ? await SaveAsync(action, cancellationToken) : NotFound();
        }

        if (!await LoadAsync(set, cancellationToken))
        {
            return NotFound();
        }

        if (action == "unpublish")
        {
            await editor.UnpublishAsync(set, cancellationToken);
            TempData["Saved"] = T["Withdrawn from the public site: {0}", Items[0].Title].Value;
            return LocalRedirect(Url.Content($"~/admin/content/{set}"));
        }

        return await SaveAsync(action, cancellationToken);
    }

    /// <summary>
    /// The visual editor's switch from Markdown to rich text: the Markdown as the sanitized HTML citizens would see.
    /// A POST with the form's antiforgery token, for editors only (the page's policy).
    /// </summary>
    public IActionResult OnPostRenderMarkdown([FromForm(Name = "markdown")] string? source) =>
        source is { Length: > ContentEditor.MaxBody }
            ? BadRequest(T["At most {0} characters.", ContentEditor.MaxBody].Value)
            : Content(markdown.ToSafeHtml(source), "text/html; charset=utf-8");

    private async Task<IActionResult> SaveAsync(string? action, CancellationToken cancellationToken)
    {
        // Unknown cultures in a forged form are ignored; the ones this site offers keep their order.
        Input.Cultures = [.. Cultures.Select(c => Input.Cultures.FirstOrDefault(i => i.Culture == c) ?? new CultureInput { Culture = c })];
        var dates = new Dictionary<string, DateTimeOffset?>();
        foreach (var (field, text) in new[] { ("Starts", Input.Starts), ("Ends", Input.Ends), ("PublishAt", Input.PublishAt), ("UnpublishAt", Input.UnpublishAt) })
        {
            if (!LocalTime.TryParseInput(text, out var value))
            {
                ModelState.AddModelError($"Input.{field}", T["Enter a date and time, e.g. 2026-12-12 10:00."]);
            }

            dates[field] = value;
        }

        if (!ModelState.IsValid)
        {
            return Invalid();
        }

        var draft = new ContentDraft(
            Type.Name,
            Set,
            [.. Input.Cultures.Select(c => new CultureDraft(c.Culture, c.Title, c.Slug, c.Summary, c.Location, c.Body, c.Version, c.StillMatches, c.FileMediaId, c.Format))],
            dates["Starts"],
            dates["Ends"] ?? dates["Starts"],
            dates["PublishAt"],
            dates["UnpublishAt"]);
        var publish = action == "publish";
        var author = new ContentAuthor(User.FindFirstValue(ClaimTypes.NameIdentifier), User.Identity?.Name);
        var result = await editor.SaveAsync(draft, publish ? ContentEditor.SaveAction.Publish : ContentEditor.SaveAction.Draft, author, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var key = error.Field switch
                {
                    "" => string.Empty,
                    "StartsUtc" => "Input.Starts",
                    "EndsUtc" => "Input.Ends",
                    "UnpublishAtUtc" => "Input.UnpublishAt",
                    var f => $"Input.Cultures[{Cultures.ToList().IndexOf(f.Split('.')[0])}].{f.Split('.')[1]}",
                };
                ModelState.AddModelError(key, T[error.Message, error.Arguments]);
            }

            if (result.IsConflict)
            {
                Theirs = result.Theirs;
                foreach (var culture in Input.Cultures)
                {
                    culture.Version = Theirs!.FirstOrDefault(t => t.Culture == culture.Culture)?.ModifiedUtc.UtcTicks ?? 0;
                    ModelState.Remove($"Input.Cultures[{Input.Cultures.IndexOf(culture)}].Version");
                }

                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            }

            return Invalid();
        }

        // Named in the editor's own language when it has a title in it.
        var written = Input.Cultures.Where(c => !string.IsNullOrWhiteSpace(c.Title)).ToList();
        var title = (written.FirstOrDefault(c => c.Culture == CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ?? written.FirstOrDefault())?.Title?.Trim() ?? "";
        TempData["Saved"] = (publish ? T["Published: {0}", title]
            : dates["PublishAt"] is { } at ? T["Saved; it will be published on {0}.", LocalTime.Format(at, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, withTime: true)]
            : T["Draft saved: {0}", title]).Value;
        return action == "preview"
            ? LocalRedirect(Url.Content($"~/admin/content/{result.LocalizationSet}/preview/{Input.Cultures.First(c => !string.IsNullOrWhiteSpace(c.Title)).Culture}"))
            : LocalRedirect(Url.Content($"~/admin/content/{result.LocalizationSet}"));
    }

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private bool TryType(string name)
    {
        if (ContentTypes.Find(name) is not { } type || !tenant.Shell.IsFeatureEnabled(type.FeatureId))
        {
            return false;
        }

        Type = type;
        if (type.HasFile)
        {
            Files = db.Set<MediaItem>().AsNoTracking().Where(m => m.Kind == MediaKind.Document).OrderByDescending(m => m.Id).Take(500).ToList();
        }

        return true;
    }

    private async Task<bool> LoadAsync(string set, CancellationToken cancellationToken)
    {
        // The tenant filter hides other tenants' items: their sets answer 404 like missing ones.
        Items = await db.Set<ContentItem>().AsNoTracking().Where(c => c.LocalizationSet == set).ToListAsync(cancellationToken);
        if (Items.Count == 0 || !TryType(Items[0].ContentType))
        {
            return false;
        }

        Set = set;
        Statuses = ContentEditor.Statuses(Items, Cultures);
        return true;
    }

    public sealed class EditInput
    {
        public List<CultureInput> Cultures { get; set; } = [];

        [StringLength(30)]
        public string? Starts { get; set; }

        [StringLength(30)]
        public string? Ends { get; set; }

        [StringLength(30)]
        public string? PublishAt { get; set; }

        [StringLength(30)]
        public string? UnpublishAt { get; set; }
    }

    public sealed class CultureInput
    {
        [StringLength(10)]
        public string Culture { get; set; } = "";

        /// <summary>The item's last-modified time (UTC ticks) when the editor opened it; 0 for a new translation.</summary>
        public long Version { get; set; }

        [StringLength(ContentEditor.MaxTitle, ErrorMessage = "At most {1} characters.")]
        public string? Title { get; set; }

        [StringLength(Slugs.MaxLength, ErrorMessage = "At most {1} characters.")]
        public string? Slug { get; set; }

        [StringLength(ContentEditor.MaxSummary, ErrorMessage = "At most {1} characters.")]
        public string? Summary { get; set; }

        [StringLength(ContentEditor.MaxLocation, ErrorMessage = "At most {1} characters.")]
        public string? Location { get; set; }

        [StringLength(ContentEditor.MaxBody, ErrorMessage = "At most {1} characters.")]
        public string? Body { get; set; }

        public bool StillMatches { get; set; }

        public long? FileMediaId { get; set; }

        /// <summary>"markdown" or "html" (rich text).</summary>
        [StringLength(10)]
        public string? Format { get; set; }
    }
}
