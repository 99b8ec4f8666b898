using Microsoft.AspNetCore.Authorization;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Search;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Web.Pages;

/// <summary>Full-text search of the tenant's published content, in the visitor's language.</summary>
[AllowAnonymous]
public sealed class SearchModel(SearchIndexProvider indexes, TenantContext tenant) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public IReadOnlyList<string> Types => [.. ContentSearchIndexer.SearchableTypes.Order(StringComparer.Ordinal)];

    public SearchResults? Results { get; private set; }

    public void OnGet()
    {
        if (string.IsNullOrWhiteSpace(Q))
        {
            return;
        }

        var type = Type is not null && ContentSearchIndexer.SearchableTypes.Contains(Type) ? Type : null;
        // Content is written in Arabic, French or English: a Tamazight reader searches the Arabic texts.
        var culture = ContentCultures.IsSupported(Culture) && SearchIndexProvider.IsSupportedCulture(Culture) ? Culture : "ar";
        Results = indexes.Search(tenant.TenantId!, culture, new SearchQuery(Q, type, Take: 20));
    }
}
