using System.Reflection;

namespace OpenRegion.Cms.Core.Localization;

public sealed class PoLocalizationOptions
{
    /// <summary>Assemblies whose embedded resources named <c>*.Localization.{culture}.po</c> are read, in this order.</summary>
    public List<Assembly> Assemblies { get; } = [];

    /// <summary>
    /// Optional folder of <c>{culture}.po</c> or <c>*/{culture}.po</c> files layered over the embedded ones.
    /// A missing folder is treated as empty.
    /// </summary>
    public string? OverridesDirectory { get; set; }
}
