using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Data;

namespace OpenRegion.Cms.Web.Tests.Infrastructure;

/// <summary>
/// What the platform answers to, as the suites that try everything see it: the endpoints of the endpoint data source
/// (a new one is covered without a line of test), their POST handlers, addresses filled with real ids and slugs, and
/// the tenants' rows read generically from the EF model.
/// </summary>
public static class EndpointCatalog
{
    public static IReadOnlyList<RouteEndpoint> Endpoints(PlatformFactory factory) =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

    /// <summary>The ids (single-column numeric keys) and slugs of the rows of the tenants <paramref name="tenants"/> accepts.</summary>
    public static async Task<(IReadOnlyList<long> Ids, IReadOnlyList<string> Slugs)> KeysAsync(PlatformFactory factory, Func<string, bool> tenants)
    {
        await using var db = factory.Services.GetRequiredService<CmsDbContextFactory>().Create(CmsDbScope.Platform);
        var ids = new SortedSet<long>();
        var slugs = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in TenantOwned(db))
        {
            var key = type.FindPrimaryKey()!.Properties;
            var slug = type.FindProperty("Slug") ?? type.FindProperty("LocalizationSet");
            foreach (var row in await RowsAsync(db, type, tracked: false, tenants))
            {
                if (key.Count == 1 && key[0].PropertyInfo?.GetValue(row) is long or int)
                {
                    ids.Add(Convert.ToInt64(key[0].PropertyInfo!.GetValue(row), System.Globalization.CultureInfo.InvariantCulture));
                }

                if (slug?.PropertyInfo?.GetValue(row) is string { Length: > 0 } value)
                {
                    slugs.Add(value);
                }
            }
        }

        return (ids.ToList(), slugs.ToList());
    }

    /// <summary>The names of a page's POST handlers ("" for OnPost itself), from its model's methods.</summary>
    public static IReadOnlyList<string> PostHandlersOf(PageActionDescriptor page)
    {
        var suffix = ".Pages" + page.ViewEnginePath.Replace('/', '.') + "Model";
        var model = PageModels.Value.FirstOrDefault(t => t.FullName!.EndsWith(suffix, StringComparison.Ordinal));
        if (model is null)
        {
            return [];
        }

        return model.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.Name.StartsWith("OnPost", StringComparison.Ordinal))
            .Select(m => m.Name["OnPost".Length..].Replace("Async", "", StringComparison.Ordinal).ToLowerInvariant())
            .Distinct()
            .ToList();
    }

    public static readonly Lazy<IReadOnlyList<Type>> PageModels = new(() => AppDomain.CurrentDomain.GetAssemblies()
        .Where(a => a.GetName().Name is { } name && name.StartsWith("OpenRegion", StringComparison.Ordinal) && !name.Contains("Tests", StringComparison.Ordinal))
        .SelectMany(a => a.GetTypes())
        .Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract)
        .ToList());

    /// <summary>
    /// Addresses of <paramref name="pattern"/> with other tenants' ids and slugs in its parameters: parameter i of the
    /// n-th address takes the n-th value of its kind, so every id and every slug is tried in every parameter.
    /// </summary>
    public static IEnumerable<string> Paths(RoutePattern pattern, IReadOnlyList<long> ids, IReadOnlyList<string> slugs)
    {
        IReadOnlyList<string> ValuesOf(RoutePatternParameterPart parameter)
        {
            var name = parameter.Name.ToLowerInvariant();
            var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? "").ToList();
            if (name == "code")
            {
                return ["404"];
            }

            if (name == "year")
            {
                return ["2025", "2026", "2027"];
            }

            if (name == "name")
            {
                return ["file.pdf"];
            }

            if (constraints.Any(c => c is "int" or "long") || name.EndsWith("id", StringComparison.Ordinal))
            {
                return ids.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            }

            return slugs;
        }

        var parameters = pattern.Parameters.ToList();
        var values = parameters.ToDictionary(p => p.Name, ValuesOf);
        var count = parameters.Count == 0 ? 1 : values.Values.Max(v => v.Count);
        for (var n = 0; n < count; n++)
        {
            var path = new StringBuilder();
            foreach (var segment in pattern.PathSegments)
            {
                path.Append('/');
                foreach (var part in segment.Parts)
                {
                    path.Append(part switch
                    {
                        RoutePatternLiteralPart literal => literal.Content,
                        RoutePatternSeparatorPart separator => separator.Content,
                        RoutePatternParameterPart parameter => Uri.EscapeDataString(values[parameter.Name][n % values[parameter.Name].Count]),
                        _ => "",
                    });
                }
            }

            yield return path.ToString();
        }
    }

    public static IEnumerable<IEntityType> TenantOwned(DbContext db) =>
        db.Model.GetEntityTypes().Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType) && !t.IsOwned() && t.FindPrimaryKey() is not null);

    public static async Task<List<object>> RowsAsync(DbContext db, IEntityType type, bool tracked, Func<string, bool> tenants)
    {
        var set = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(type.ClrType).Invoke(db, null)!;
        var rows = tracked ? await set.ToListAsync() : await set.AsNoTracking().ToListAsync();
        return rows.Where(r => tenants(((ITenantOwned)r).TenantId)).ToList();
    }
}
