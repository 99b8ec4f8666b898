using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenRegion.Cms.Core.Content;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Media;
using OpenRegion.Cms.Core.Templates;
using OpenRegion.Cms.Core.Tenancy;
using Microsoft.Extensions.Localization;

namespace OpenRegion.News;

/// <summary>One published news item or event in the visitor's language, or its original with a notice.</summary>
public abstract class ContentPageModel(ICmsDbContext db, MarkdownRenderer markdown, ContentTypeDefinition type, TenantContext tenant, LiquidTemplates templates, IStringLocalizer<NewsModule> T) : PageModel
{
    /// <summary>The article as the tenant's Liquid template lays it out; sanitized.</summary>
    public string ArticleHtml { get; private set; } = "";

    public LocalizedContent Found { get; private set; } = null!;

    public ContentItem Item => Found.Item;

    public ContentParts Parts { get; private set; } = new();

    /// <summary>Sanitized by <see cref="MarkdownRenderer"/>; the only HTML the page emits raw.</summary>
    public string BodyHtml { get; private set; } = "";

    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public ContentTypeDefinition Type => type;

    /// <summary>Documents: the file to download.</summary>
    public MediaItem? Download { get; private set; }

    /// <summary>Every published translation (culture, slug), for the hreflang links.</summary>
    public IReadOnlyList<(string Culture, string Slug)> Translations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var found = await ContentLookup.FindPublishedAsync(db, type.Name, slug, Culture, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        Found = found;
        Parts = ContentParts.Parse(found.Item.PartsJson);
        Translations = await ContentLookup.TranslationsAsync(db, found.Item.LocalizationSet, cancellationToken);
        BodyHtml = markdown.ToSafeHtml(found.Item.Body);
        if (type.HasFile && Parts.FileMediaId is { } fileId)
        {
            Download = await db.Set<MediaItem>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == fileId, cancellationToken);
        }

        var labels = new Dictionary<string, string> { ["when"] = T["When:"], ["where"] = T["Where:"], ["download"] = T["Download"] };
        var model = ArticleModel.Build(found.Item, Culture, BodyHtml, Download, labels, Request.PathBase);
        ArticleHtml = templates.RenderFor(tenant.Shell, "Article." + type.Name, model, (tenant.TenantId, found.Item.Id, found.Item.ModifiedUtc, Culture, Download?.Id));

        return Page();
    }
}

/// <summary>A page of a list of published items in the visitor's language (others marked with theirs).</summary>
public abstract class ContentListModel(ICmsDbContext db) : PageModel
{
    public const int PageSize = 10;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public IReadOnlyList<ContentItem> Items { get; private set; } = [];

    public bool HasNext { get; private set; }

    protected ICmsDbContext Db => db;

    protected async Task LoadAsync(IQueryable<ContentItem> ordered, CancellationToken cancellationToken)
    {
        PageNumber = Math.Clamp(PageNumber, 1, 10_000);
        var page = await ordered.Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        HasNext = page.Count > PageSize;
        Items = [.. page.Take(PageSize)];
    }
}
