namespace OpenRegion.Cms.Web.Hosting;

/// <summary>Names the host's UI strings for <c>IStringLocalizer&lt;HostStrings&gt;</c> (PO catalogs are shared, so only the type matters).</summary>
public sealed class HostStrings
{
    private HostStrings()
    {
    }
}
