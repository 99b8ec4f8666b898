namespace OpenRegion.Pages;

public static class PagesPermissions
{
    public const string Edit = "Pages.Edit";
}
