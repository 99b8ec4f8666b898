using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenRegion.Budgets.Domain;
using OpenRegion.Budgets.Endpoints;
using OpenRegion.Cms.Core.Budgeting;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Modules;
using OpenRegion.Cms.Core.Recipes;
using OpenRegion.Cms.Core.Workflows;

namespace OpenRegion.Budgets;

/// <summary>
/// Participatory budgeting: processes with dated phases, budgets with their ballot rule, projects citizens propose
/// and the services review, votes online and at a counter (one per citizen), counting by the rule fixed before
/// voting, open results anyone can recount, and the winners' execution.
/// </summary>
public sealed class BudgetsModule : IModule
{
    public const string FeatureId = "OpenRegion.Budgets";

    public string Id => FeatureId;

    public IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        ["ar"] = "الميزانية التشاركية",
        ["fr"] = "Budget participatif",
        ["en"] = "Participatory budgeting",
        ["zgh"] = "ⵜⴰⵙⵖⴰⵔⵜ ⵜⴰⵎⵙⵙⴰⵖⵓⵍⵜ",
    };

    // Project photos are media library files, served by the Pages module.
    public IReadOnlyList<string> Dependencies => ["OpenRegion.Pages"];

    public string? PublicPath => "/budgets";

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(BudgetsPermissions.Manage, "Set up participatory budgets, review projects and follow the winners' execution", [CmsRoles.TenantAdmin]),
        new(BudgetsPermissions.Counter, "Record paper ballots at a counter", [CmsRoles.TenantAdmin, CmsRoles.Staff]),
    ];

    public IReadOnlyList<AdminMenuItem> AdminMenu { get; } =
    [
        new("Participatory budgets", "/admin/budgets", BudgetsPermissions.Manage, 20),
        new("Paper ballots", "/admin/budgets/counter", BudgetsPermissions.Counter, 21),
    ];

    public void ConfigureServices(IServiceCollection services)
    {
        services.TryAddSingleton(sp => new VoterIdentity(sp.GetRequiredService<IConfiguration>()["OpenRegion:Voting:IdentityPepper"] ?? ""));
        services.AddSingleton<IEventHandler, BudgetEventsHandler>();
        foreach (var template in BudgetNotifications.Templates)
        {
            services.AddSingleton(template);
        }

        foreach (var definition in BudgetEvents.Catalog)
        {
            services.AddSingleton(definition);
        }

        services.AddSingleton<IRecipeStep, BudgetsRecipeStep>();
        services.AddSingleton<OpenRegion.Cms.Core.Notifications.IFollowSubjects, BudgetFollowSubjects>();
        services.AddSingleton<BudgetOutcomes>();
        services.AddSingleton<BudgetDefinitions>();
        services.AddScoped<BallotTexts>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => ResultsEndpoints.Map(endpoints);
}
