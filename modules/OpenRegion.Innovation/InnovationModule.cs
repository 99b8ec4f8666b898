using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Modules;
using OpenRegion.Innovation.Domain;

namespace OpenRegion.Innovation;

/// <summary>
/// The regional public innovation lab (../shared/seed-documents/open-region-program-2020-2023.txt): thematics and
/// challenges with their problem, context, eligibility, support offered, calendar (problem identification, call for
/// solutions, selection, prototyping, evaluation) and the jury's weighted criteria; communes' contests run the same way.
/// </summary>
public sealed class InnovationModule : IModule
{
    public const string FeatureId = "OpenRegion.Innovation";

    public string Id => FeatureId;

    public IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        ["ar"] = "مختبر الابتكار العمومي",
        ["fr"] = "Laboratoire d'innovation publique",
        ["en"] = "Public innovation lab",
        ["zgh"] = "ⴰⵙⵏⵎⴰⵍ ⵏ ⵓⵙⵏⴼⵍⵍⵓⵙ ⴰⴳⴷⵓⴷ",
    };

    public IReadOnlyList<string> Dependencies => [AdvisoryBodies.AdvisoryBodiesModule.FeatureId]; // contests set their criteria with the equality body

    public string? PublicPath => "/innovation";

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(InnovationPermissions.Challenges, "Run the innovation lab's challenges and contests: calendar, criteria, jury, selection", [CmsRoles.TenantAdmin, CmsRoles.Staff]),
    ];

    public IReadOnlyList<AdminMenuItem> AdminMenu { get; } =
    [
        new("Innovation lab", "/admin/innovation", InnovationPermissions.Challenges, 50),
    ];

    public void ConfigureServices(IServiceCollection services)
    {
        foreach (var template in InnovationNotifications.Templates)
        {
            services.AddSingleton(template);
        }

        services.AddScoped<InnovationTexts>();
        services.AddScoped<ChallengeDesk>();
        services.AddScoped<SolutionDesk>();
        services.AddScoped<JuryDesk>();
        services.AddScoped<PrototypeDesk>();
        services.AddScoped<EventDesk>();
        services.AddSingleton<Cms.Core.Recipes.IRecipeStep, InnovationRecipeStep>();
    }

    public void MapEndpoints(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints) => SolutionFiles.Map(endpoints);

}

public static class InnovationPermissions
{
    /// <summary>Create and publish challenges and contests, their calendar and the jury's criteria.</summary>
    public const string Challenges = "Innovation.Challenges";
}
