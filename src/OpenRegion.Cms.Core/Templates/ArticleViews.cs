using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Media;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Core.Templates;

/// <summary>What a public article page shows: the item (or its fallback translation), its translations, its file, its HTML.</summary>
public sealed record ArticleView(LocalizedContent Found, ContentParts Parts, IReadOnlyList<(string Culture, string Slug)> Translations, MediaItem? Download, string Html);

/// <summary>
/// Public article pages (pages, news, events, documents) as they are read most of the time: from memory. A view is
/// kept per tenant, content version, type, slug and culture, so any publication in the tenant replaces it at once in
/// this process and, told through the cluster bus, on the other nodes within a second.
/// </summary>
public sealed class ArticleViews(IServiceProvider services, MarkdownRenderer markdown, LiquidTemplates templates, IMemoryCache cache, ContentVersions versions, TenantContext tenant)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    /// <param name="labels">Words of the reader's language the template uses (when, where, download).</param>
    /// <returns>Null when no published item of the type has this slug.</returns>
    public async Task<ArticleView?> FindAsync(ContentTypeDefinition type, string slug, string culture, IReadOnlyDictionary<string, string> labels, string pathBase, CancellationToken cancellationToken)
    {
        var tenantId = tenant.TenantId!;
        var key = ("article", tenantId, versions.Current(tenantId), type.Name, slug, culture, pathBase, string.Join('|', labels.Values));
        if (cache.TryGetValue(key, out ArticleView? view))
        {
            return view;
        }

        view = await LoadAsync(type, slug, culture, labels, pathBase, cancellationToken);
        if (view is not null)
        {
            // Misses are not kept: made-up slugs must not fill the memory.
            cache.Set(key, view, Lifetime);
        }

        return view;
    }

    private async Task<ArticleView?> LoadAsync(ContentTypeDefinition type, string slug, string culture, IReadOnlyDictionary<string, string> labels, string pathBase, CancellationToken cancellationToken)
    {
        // The database context is only created on a miss: most views come from memory.
        var db = services.GetRequiredService<ICmsDbContext>();
        var found = await ContentLookup.FindPublishedAsync(db, type.Name, slug, culture, cancellationToken);
        if (found is null)
        {
            return null;
        }

        var parts = ContentParts.Parse(found.Item.PartsJson);
        var translations = await ContentLookup.TranslationsAsync(db, found.Item.LocalizationSet, cancellationToken);
        var download = type.HasFile && parts.FileMediaId is { } fileId
            ? await db.Set<MediaItem>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == fileId, cancellationToken)
            : null;
        var model = ArticleModel.Build(found.Item, culture, markdown.BodyToSafeHtml(found.Item.Body, found.Item.PartsJson), download, labels, pathBase);
        var html = templates.RenderFor(tenant.Shell, "Article." + type.Name, () => model, (tenant.TenantId, found.Item.Id, found.Item.ModifiedUtc, culture, download?.Id));
        return new ArticleView(found, parts, translations, download, html);
    }
}
