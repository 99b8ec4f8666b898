using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Modules;
using OpenRegion.Transparency.Domain;
using OpenRegion.Transparency.Endpoints;

namespace OpenRegion.Transparency;

/// <summary>
/// What the law obliges a council to publish and what citizens may ask of it: requests for information under law
/// 31-13 (the legal form, an immediate receipt, the 20-working-day answer, one reasoned extension, answers with their
/// grounds, the complaint to the head of the body, the public register), and complaints under decree 2-17-265 (an
/// immediate acknowledgement, the electronic register, the 60-day answer, what is missing asked within 15 days, the
/// annual report published as it stands).
/// </summary>
public sealed class TransparencyModule : IModule
{
    public const string FeatureId = "OpenRegion.Transparency";

    public string Id => FeatureId;

    public IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        ["ar"] = "الشفافية",
        ["fr"] = "Transparence",
        ["en"] = "Transparency",
        ["zgh"] = "ⵜⴰⴼⵔⴰⵡⵜ",
    };

    // Answers to requests carry documents checked like every upload of the media library.
    public IReadOnlyList<string> Dependencies => ["OpenRegion.Pages"];

    public string? PublicPath => "/transparency";

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(TransparencyPermissions.Information, "Handle requests for information and the complaints about them", [CmsRoles.TenantAdmin, CmsRoles.Staff]),
        new(TransparencyPermissions.Complaints, "Handle complaints", [CmsRoles.TenantAdmin, CmsRoles.Staff]),
        new(TransparencyPermissions.Sessions, "Record council sessions, agendas and decisions, and post the decisions", [CmsRoles.TenantAdmin, CmsRoles.Staff]),
        new(TransparencyPermissions.OpenGovernment, "Keep the open-government plans: commitments, milestones and their evidence", [CmsRoles.TenantAdmin, CmsRoles.Staff]),
        new(TransparencyPermissions.Publications, "Publish documents in the catalogue and the citizen budget", [CmsRoles.TenantAdmin, CmsRoles.Staff]),
    ];

    public IReadOnlyList<AdminMenuItem> AdminMenu { get; } =
    [
        new("Information requests", "/admin/information", TransparencyPermissions.Information, 40),
        new("Complaints", "/admin/complaints", TransparencyPermissions.Complaints, 41),
        new("Council sessions", "/admin/sessions", TransparencyPermissions.Sessions, 42),
        new("Open government", "/admin/open-government", TransparencyPermissions.OpenGovernment, 43),
        new("Publications", "/admin/publications", TransparencyPermissions.Publications, 44),
        new("Citizen budget", "/admin/citizen-budget", TransparencyPermissions.Publications, 45),
    ];

    public void ConfigureServices(IServiceCollection services)
    {
        foreach (var template in TransparencyNotifications.Templates)
        {
            services.AddSingleton(template);
        }

        services.AddScoped<TransparencyTexts>();
        services.AddScoped<InformationDesk>();
        services.AddScoped<ComplaintDesk>();
        services.AddScoped<SessionDesk>();
        services.AddScoped<PublicationDesk>();
        services.AddScoped<CitizenBudgets>();
        services.AddSingleton<Cms.Core.Recipes.IRecipeStep, TransparencyRecipeStep>();
        services.AddSingleton<Cms.Core.Recipes.IRecipeStep, PublicationsRecipeStep>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        TransparencyEndpoints.Map(endpoints);
        OpenDataEndpoints.Map(endpoints);
    }
}
