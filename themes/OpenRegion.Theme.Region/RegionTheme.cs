namespace OpenRegion.Theme.Region;

/// <summary>The region's theme: green (agriculture), yellow (phosphate), blue (water), brown (the land).</summary>
public sealed class RegionTheme
{
    private RegionTheme()
    {
    }

    public const string Name = "OpenRegion.Theme.Region";

    /// <summary>Static assets of a Razor class library are served under this path.</summary>
    public const string AssetsPath = "_content/OpenRegion.Theme.Region";
}
