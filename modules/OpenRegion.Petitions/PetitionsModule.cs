using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenRegion.Cms.Core.Budgeting;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Modules;
using OpenRegion.Petitions.Domain;
using OpenRegion.Petitions.Endpoints;

namespace OpenRegion.Petitions;

/// <summary>
/// Petitions to the council as the organic laws define them: filed by citizens (through a proxy) or an association,
/// signed online or on paper by verified residents, deposited against the legal threshold, checked by the bureau,
/// put on the next ordinary session, referred to a committee and deliberated — or rejected with a reasoned notice
/// within the legal deadline. A public register and open data show them all.
/// </summary>
public sealed class PetitionsModule : IModule
{
    public const string FeatureId = "OpenRegion.Petitions";

    public string Id => FeatureId;

    public IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        ["ar"] = "العرائض",
        ["fr"] = "Pétitions",
        ["en"] = "Petitions",
        ["zgh"] = "ⵜⵉⵙⵓⵜⵔⴰ",
    };

    // Attachments are media library files, served by the Pages module.
    public IReadOnlyList<string> Dependencies => ["OpenRegion.Pages"];

    public string? PublicPath => "/petitions";

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(PetitionsPermissions.Manage, "Examine petitions: admissibility, decision, session, committee, deliberation", [CmsRoles.TenantAdmin]),
        new(PetitionsPermissions.Signatures, "Enter paper signatures of petitions", [CmsRoles.TenantAdmin, CmsRoles.Staff]),
        new(PetitionsPermissions.Identity, "Import the electoral roll and verify citizens in person", [CmsRoles.TenantAdmin]),
    ];

    public IReadOnlyList<AdminMenuItem> AdminMenu { get; } =
    [
        new("Petitions", "/admin/petitions", PetitionsPermissions.Manage, 30),
        new("Identity verification", "/admin/petitions/identity", PetitionsPermissions.Identity, 31),
    ];

    public void ConfigureServices(IServiceCollection services)
    {
        // The same fingerprint as for votes: one citizen, one card, everywhere.
        services.TryAddSingleton(sp => new VoterIdentity(sp.GetRequiredService<IConfiguration>()["OpenRegion:Voting:IdentityPepper"] ?? ""));
        foreach (var template in PetitionNotifications.Templates)
        {
            services.AddSingleton(template);
        }

        foreach (var definition in PetitionEvents.Catalog)
        {
            services.AddSingleton(definition);
        }

        services.AddSingleton<Cms.Core.Notifications.IFollowSubjects, PetitionFollowSubjects>();
        services.AddScoped<PetitionTexts>();
        services.AddScoped<PetitionSite>();
        services.AddSingleton<Cms.Core.Recipes.IRecipeStep, PetitionsRecipeStep>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => OpenDataEndpoints.Map(endpoints);
}
