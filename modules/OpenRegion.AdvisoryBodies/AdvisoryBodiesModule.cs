using Microsoft.Extensions.DependencyInjection;
using OpenRegion.AdvisoryBodies.Domain;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Modules;

namespace OpenRegion.AdvisoryBodies;

/// <summary>
/// The council's advisory bodies (equality, youth, economic actors): their members and mandates; the council refers
/// a subject with documents, a question and a deadline; members draft the opinion together in versions with comments;
/// the chair or rapporteur submits what the body adopted; the council records its response; everything but the drafts
/// is public. Members' rights come from their seats, not from a role: a member of one body cannot touch another's file.
/// </summary>
public sealed class AdvisoryBodiesModule : IModule
{
    public const string FeatureId = "OpenRegion.AdvisoryBodies";

    public string Id => FeatureId;

    public IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        ["ar"] = "الهيئات الاستشارية",
        ["fr"] = "Instances consultatives",
        ["en"] = "Advisory bodies",
        ["zgh"] = "ⵜⵉⵏⴰⴱⴰⴹⵉⵏ ⵏ ⵓⵙⵓⵜⵔ ⵏ ⵜⵉⵏⵏⵉ",
    };

    public string? PublicPath => "/bodies";

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(AdvisoryBodiesPermissions.Manage, "Appoint advisory-body members, refer subjects, record the council's response", [CmsRoles.TenantAdmin]),
    ];

    public IReadOnlyList<AdminMenuItem> AdminMenu { get; } =
    [
        new("Advisory bodies", "/admin/bodies", AdvisoryBodiesPermissions.Manage, 45),
    ];

    public void ConfigureServices(IServiceCollection services)
    {
        foreach (var template in AdvisoryNotifications.Templates)
        {
            services.AddSingleton(template);
        }

        foreach (var definition in AdvisoryEvents.Catalog)
        {
            services.AddSingleton(definition);
        }

        services.AddSingleton<Cms.Core.Workflows.IEventHandler, DueDateReminderHandler>();
        services.AddScoped<AdvisoryTexts>();
        services.AddSingleton<Cms.Core.Recipes.IRecipeStep, AdvisoryBodiesRecipeStep>();
    }
}
