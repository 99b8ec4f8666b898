using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Pages.Pages.Admin.Content;

/// <summary>All content of the tenant, one row per item with the state of each translation; newest changes first.</summary>
[Authorize(Policy = PermissionPolicy.Prefix + PagesPermissions.Edit)]
public sealed class IndexModel(ICmsDbContext db, TenantContext tenant) : PageModel
{
    public const int PageSize = 30;

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ContentTypeDefinition> Types => [.. ContentTypes.All.Where(t => tenant.Shell.IsFeatureEnabled(t.FeatureId))];

    public IReadOnlyList<string> Cultures => [.. ContentCultures.All.Where(tenant.Shell.Tenant.Cultures.Contains)];

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public bool HasNext { get; private set; }

    /// <summary>The tenant has its menu already: one is enough.</summary>
    public bool HasMenu { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var types = Types.Select(t => t.Name).ToList();
        if (Type is not null && !types.Contains(Type))
        {
            Type = null;
        }

        PageNumber = Math.Clamp(PageNumber, 1, 10_000);
        HasMenu = await db.Set<ContentItem>().AnyAsync(c => c.ContentType == ContentTypes.Menu.Name, cancellationToken);
        var query = db.Set<ContentItem>().AsNoTracking().Where(c => types.Contains(c.ContentType));
        if (Type is not null)
        {
            query = query.Where(c => c.ContentType == Type);
        }

        if (!string.IsNullOrWhiteSpace(Query))
        {
            var text = Query.Trim();
            query = query.Where(c => c.Title.Contains(text) || c.Slug.Contains(text));
        }

        var sets = await query.GroupBy(c => c.LocalizationSet)
            .Select(g => new { Set = g.Key, Last = g.Max(c => c.Id) })
            .OrderByDescending(g => g.Last)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(g => g.Set)
            .ToListAsync(cancellationToken);
        HasNext = sets.Count > PageSize;
        sets = [.. sets.Take(PageSize)];
        var items = await db.Set<ContentItem>().AsNoTracking().Where(c => sets.Contains(c.LocalizationSet)).ToListAsync(cancellationToken);
        Rows = [.. sets.Select(set =>
        {
            var translations = items.Where(i => i.LocalizationSet == set).ToList();
            return new Row(set, translations, ContentEditor.Statuses(translations, Cultures));
        }).Where(r => r.Items.Count > 0)];
    }

    public sealed record Row(string Set, IReadOnlyList<ContentItem> Items, IReadOnlyDictionary<string, TranslationStatus> Statuses)
    {
        public ContentItem In(string culture) => Items.FirstOrDefault(i => i.Culture == culture) ?? Items[0];

        public ContentTypeDefinition Type => ContentTypes.Find(Items[0].ContentType)!;

        public bool Published => Items.Any(i => i.Published);

        public bool HasDraft => Items.Any(i => i.HasDraft);

        public DateTimeOffset? PublishAt => Items.Select(i => i.PublishAtUtc).FirstOrDefault(d => d is not null);

        public DateTimeOffset Modified => Items.Max(i => i.ModifiedUtc);
    }
}
