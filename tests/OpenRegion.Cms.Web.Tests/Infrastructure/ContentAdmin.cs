using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Data;

namespace OpenRegion.Cms.Web.Tests.Infrastructure;

/// <summary>Finds content as the database holds it, to check what the pages did.</summary>
public static class ContentAdmin
{
    /// <summary>The localization set of the item of <paramref name="type"/> whose translation in <paramref name="culture"/> has a title containing <paramref name="title"/> (any title when null).</summary>
    public static async Task<string> SetAsync(PlatformFactory factory, string tenant, string type, string culture = "fr", string? title = null)
    {
        await using var db = factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant(tenant));
        return (await db.Set<ContentItem>().AsNoTracking()
            .Where(c => c.ContentType == type && c.Culture == culture)
            .ToListAsync()).First(c => title is null || c.Title.Contains(title, StringComparison.Ordinal)).LocalizationSet;
    }

    public static async Task<IReadOnlyList<ContentItem>> ItemsAsync(PlatformFactory factory, string tenant, string set)
    {
        await using var db = factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant(tenant));
        return await db.Set<ContentItem>().AsNoTracking().Where(c => c.LocalizationSet == set).OrderBy(c => c.Culture).ToListAsync();
    }

    public static async Task<int> CountAsync(PlatformFactory factory, string tenant, string type)
    {
        await using var db = factory.Service<CmsDbContextFactory>().Create(CmsDbScope.ForTenant(tenant));
        return await db.Set<ContentItem>().CountAsync(c => c.ContentType == type);
    }

    /// <summary>Form fields of the side-by-side editor for a culture (index 0 is Arabic, 1 French on the demo tenants).</summary>
    public static Dictionary<string, string> Fields(string action, params (int Index, string Field, string Value)[] values)
    {
        var fields = new Dictionary<string, string> { ["action"] = action };
        foreach (var (index, field, value) in values)
        {
            fields[$"Input.Cultures[{index}].{field}"] = value;
        }

        return fields;
    }
}
