namespace OpenRegion.Pages;

public static class PagesPermissions
{
    /// <summary>Write, publish and withdraw the tenant's content: pages, news, events, the home page text.</summary>
    public const string Edit = "Content.Edit";
}
