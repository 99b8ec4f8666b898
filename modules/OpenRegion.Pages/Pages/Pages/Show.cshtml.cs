using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Pages.Pages.Pages;

public sealed class ShowModel(ICmsDbContext db, MarkdownRenderer markdown) : PageModel
{
    public LocalizedContent Found { get; private set; } = null!;

    /// <summary>Sanitized by <see cref="MarkdownRenderer"/>; the only HTML this page emits raw.</summary>
    public string BodyHtml { get; private set; } = "";

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
        Translations = (await db.Set<ContentItem>().AsNoTracking()
                .Where(c => c.LocalizationSet == set && c.Published)
                .Select(c => new { c.Culture, c.Slug })
                .ToListAsync(cancellationToken))
            .Select(t => (t.Culture, t.Slug)).OrderBy(t => t.Culture, StringComparer.Ordinal).ToList();
        BodyHtml = markdown.ToSafeHtml(found.Item.Body);
        return Page();
    }
}
