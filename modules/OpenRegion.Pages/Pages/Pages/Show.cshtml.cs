using Microsoft.AspNetCore.Authorization;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Templates;

namespace OpenRegion.Pages.Pages.Pages;

[OutputCache(PolicyName = PublicCache.Policy)]
[AllowAnonymous]
public sealed class ShowModel(ArticleViews articles) : PageModel
{
    private static readonly IReadOnlyDictionary<string, string> NoLabels = new Dictionary<string, string>();

    public ArticleView View { get; private set; } = null!;

    public LocalizedContent Found => View.Found;

    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    // No handler parameters: public pages skip model binding altogether (measured on the uncached page benchmark).
    public async Task<IActionResult> OnGetAsync()
    {
        var slug = RouteData.Values["slug"] as string ?? "";
        var cancellationToken = HttpContext.RequestAborted;
        var view = await articles.FindAsync(ContentTypes.Page, slug, Culture, NoLabels, Request.PathBase, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }
}
