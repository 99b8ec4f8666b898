using Microsoft.AspNetCore.Mvc.ApplicationModels;
using OpenRegion.Cms.Core.Modules;

namespace OpenRegion.Cms.Web.Tenancy;

/// <summary>Tags every Razor Page compiled into a module's assembly with that module's feature.</summary>
public sealed class ModuleFeatureConvention(ModuleCatalog modules) : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
        var module = modules.ForAssembly(model.HandlerType.Assembly);
        if (module is not null)
        {
            model.EndpointMetadata.Add(new FeatureMetadata(module.Id));
        }
    }
}
