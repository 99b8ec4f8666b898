using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Templates;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Pages.Pages.Pages;

public sealed class ShowModel(ICmsDbContext db, MarkdownRenderer markdown, TenantContext tenant, LiquidTemplates templates) : PageModel
{
    public LocalizedContent Found { get; private set; } = null!;

    /// <summary>Sanitized by <see cref="MarkdownRenderer"/>; the only HTML this page emits raw.</summary>
    public string BodyHtml { get; private set; } = "";

    /// <summary>The page as the tenant's Liquid template lays it out; sanitized.</summary>
    public string ArticleHtml { get; private set; } = "";

    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    /// <summary>Every published translation (culture, slug), for the hreflang links.</summary>
    public IReadOnlyList<(string Culture, string Slug)> Translations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var found = await ContentLookup.FindPublishedAsync(db, "Page", slug, Culture, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        Found = found;
        var set = found.Item.LocalizationSet;
        Translations = await ContentLookup.TranslationsAsync(db, set, cancellationToken);
        BodyHtml = markdown.ToSafeHtml(found.Item.Body);
        var model = ArticleModel.Build(found.Item, Culture, BodyHtml, null, new Dictionary<string, string>(), Request.PathBase);
        ArticleHtml = templates.RenderFor(tenant.Shell, "Article.Page", model, (tenant.TenantId, found.Item.Id, found.Item.ModifiedUtc, Culture));
        return Page();
    }
}
