using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace OpenRegion.Cms.Core.Modules;

/// <summary>
/// What a module is and what it brings: one declaration listing its whole contract. Modules are discovered by
/// scanning OpenRegion assemblies; each is one feature that tenants enable or not. A disabled feature's endpoints
/// (minimal APIs mapped in <see cref="MapEndpoints"/> and Razor Pages compiled into the module's assembly) answer 404.
/// </summary>
public interface IModule
{
    /// <summary>Feature id, e.g. "OpenRegion.Pages".</summary>
    string Id { get; }

    /// <summary>Names by culture ("ar", "fr", "en").</summary>
    IReadOnlyDictionary<string, string> Names { get; }

    IReadOnlyList<string> Dependencies => [];

    /// <summary>Path of the module's public space, shown on the tenant home page when enabled; null when it has none.</summary>
    string? PublicPath => null;

    /// <summary>Whether the public space is one where citizens take part (listed under "participation spaces" on the home page).</summary>
    bool IsParticipationSpace => PublicPath is not null;

    /// <summary>Links the site's main menu shows when the feature is enabled; by default the public space.</summary>
    IReadOnlyList<NavigationLink> Navigation => PublicPath is null ? [] : [new NavigationLink(PublicPath, Names)];

    IReadOnlyList<PermissionDefinition> Permissions => [];

    IReadOnlyList<AdminMenuItem> AdminMenu => [];

    void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>Adds the module's entities to the shared CmsDbContext model.</summary>
    void ConfigureModel(ModelBuilder modelBuilder)
    {
    }

    /// <summary>Maps minimal-API endpoints; the host tags them with the feature so they 404 when it is disabled.</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    string Name(string culture) => NavigationLink.Pick(Names, culture, Id);
}

/// <summary>An entry of the public main menu: a tenant-relative path and its label by culture.</summary>
public sealed record NavigationLink(string Path, IReadOnlyDictionary<string, string> Labels)
{
    public string Label(string culture) => Pick(Labels, culture, Path);

    internal static string Pick(IReadOnlyDictionary<string, string> names, string culture, string fallback) =>
        names.TryGetValue(culture, out var name) ? name
        : names.TryGetValue(culture.Split('-')[0], out name) ? name
        : names.Values.FirstOrDefault() ?? fallback;
}
