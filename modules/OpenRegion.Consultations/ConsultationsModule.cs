using Microsoft.Extensions.DependencyInjection;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Modules;
using OpenRegion.Consultations.Domain;

namespace OpenRegion.Consultations;

/// <summary>
/// Public consultations on a draft document: sections that citizens comment on (threaded replies, agree/disagree,
/// reports), open between two dates; in-person workshops whose contributions staff record so that they count as much
/// as online ones; moderation with public reasons; the council's synthesis and its response to each section.
/// </summary>
public sealed class ConsultationsModule : IModule
{
    public const string FeatureId = "OpenRegion.Consultations";

    public string Id => FeatureId;

    public IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        ["ar"] = "الاستشارات العمومية",
        ["fr"] = "Consultations publiques",
        ["en"] = "Public consultations",
        ["zgh"] = "ⵜⵉⵎⵙⵙⵓⵔⵉⵏ ⵜⵉⵎⴰⵜⴰⵢⵉⵏ",
    };

    public IReadOnlyList<string> Dependencies => ["OpenRegion.Pages"];

    public string? PublicPath => "/consultations";

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(ConsultationsPermissions.Manage, "Prepare consultations, record workshops, publish the synthesis", [CmsRoles.TenantAdmin]),
        new(ConsultationsPermissions.Moderate, "Moderate contributions to consultations", [CmsRoles.TenantAdmin, CmsRoles.Moderator]),
    ];

    public IReadOnlyList<AdminMenuItem> AdminMenu { get; } =
    [
        new("Consultations", "/admin/consultations", ConsultationsPermissions.Manage, 40),
        new("Moderation", "/admin/consultations/moderation", ConsultationsPermissions.Moderate, 41),
    ];

    public void ConfigureServices(IServiceCollection services)
    {
        foreach (var template in ConsultationNotifications.Templates)
        {
            services.AddSingleton(template);
        }

        foreach (var definition in ConsultationEvents.Catalog)
        {
            services.AddSingleton(definition);
        }

        services.AddSingleton<Cms.Core.Notifications.IFollowSubjects, ConsultationFollowSubjects>();
        services.AddScoped<ConsultationTexts>();
        services.AddSingleton<Cms.Core.Recipes.IRecipeStep, ConsultationsRecipeStep>();
        services.AddScoped<PublicPagesChanged>();
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(options => options.Filters.AddService<PublicPagesChanged>());
    }
}
