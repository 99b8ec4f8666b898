using OpenRegion.Cms.Core.Modules;

namespace OpenRegion.Communes;

/// <summary>The directory of the communes (and provinces) under a tenant, each linking to its own site.</summary>
public sealed class CommunesModule : IModule
{
    public const string FeatureId = "OpenRegion.Communes";

    public string Id => FeatureId;

    public IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        ["ar"] = "الجماعات",
        ["fr"] = "Communes",
        ["en"] = "Communes",
        ["zgh"] = "ⵜⵉⴳⵎⴰⵄⵉⵏ",
    };

    public string? PublicPath => "/communes";
}
