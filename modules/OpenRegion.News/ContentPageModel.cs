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

/// <summary>One published news item, event or document in the visitor's language, or its original with a notice.</summary>
public abstract class ContentPageModel(ArticleViews articles, ContentTypeDefinition type, IStringLocalizer<NewsModule> T) : PageModel
{
    public ArticleView View { get; private set; } = null!;

    public LocalizedContent Found => View.Found;

    public ContentItem Item => View.Found.Item;

    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public ContentTypeDefinition Type => type;

    // No handler parameters: public pages skip model binding altogether (measured on the uncached page benchmark).
    public async Task<IActionResult> OnGetAsync()
    {
        var slug = RouteData.Values["slug"] as string ?? "";
        var cancellationToken = HttpContext.RequestAborted;
        var labels = new Dictionary<string, string> { ["when"] = T["When:"], ["where"] = T["Where:"], ["download"] = T["Download"] };
        var view = await articles.FindAsync(type, slug, Culture, labels, Request.PathBase, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
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
