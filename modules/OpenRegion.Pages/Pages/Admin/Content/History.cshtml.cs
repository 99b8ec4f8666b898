using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Security;

namespace OpenRegion.Pages.Pages.Admin.Content;

/// <summary>Every saved version of each translation, who saved it and when; any one can become the latest draft again.</summary>
[Authorize(Policy = PermissionPolicy.Prefix + PagesPermissions.Edit)]
public sealed class HistoryModel(ICmsDbContext db, ContentEditor editor, IStringLocalizer<PagesModule> T) : PageModel
{
    public IReadOnlyList<ContentItem> Items { get; private set; } = [];

    public IReadOnlyDictionary<long, IReadOnlyList<ContentItemVersion>> Versions { get; private set; } = new Dictionary<long, IReadOnlyList<ContentItemVersion>>();

    public string Set { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string set, CancellationToken cancellationToken) =>
        await LoadAsync(set, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string set, long item, int version, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(set, cancellationToken) || Items.All(i => i.Id != item))
        {
            return NotFound();
        }

        var restored = await editor.RestoreAsync(item, version, new ContentAuthor(User.FindFirstValue(ClaimTypes.NameIdentifier), User.Identity?.Name), cancellationToken);
        if (restored is null)
        {
            return NotFound();
        }

        TempData["Saved"] = T["Version {0} is the latest draft again (version {1}); publish it to put it online.", version, restored.Number].Value;
        return LocalRedirect(Url.Content($"~/admin/content/{set}"));
    }

    private async Task<bool> LoadAsync(string set, CancellationToken cancellationToken)
    {
        Items = await db.Set<ContentItem>().AsNoTracking().Where(c => c.LocalizationSet == set).OrderBy(c => c.Culture).ToListAsync(cancellationToken);
        if (Items.Count == 0)
        {
            return false;
        }

        Set = set;
        var versions = new Dictionary<long, IReadOnlyList<ContentItemVersion>>();
        foreach (var item in Items)
        {
            versions[item.Id] = await editor.HistoryAsync(item.Id, cancellationToken);
        }

        Versions = versions;
        return true;
    }
}
