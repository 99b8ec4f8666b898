using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Localization;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Web.Hosting;

namespace OpenRegion.Cms.Web.Pages.Admin;

/// <summary>A tenant admin rewords UI strings for their site (e.g. a commune's own name for a space).</summary>
[Authorize(Policy = PermissionPolicy.ManageTenant)]
public sealed class TranslationsModel(ICmsDbContext db, TenantContext tenant, TenantRegistry registry, IAuditLog audit, IStringLocalizer<HostStrings> T) : PageModel
{
    public IReadOnlyList<string> Cultures { get; } = OpenRegionHostingExtensions.Cultures.Select(c => c.Name).ToList();

    [BindProperty(SupportsGet = true)]
    public string Lang { get; set; } = "ar";

    public string Po { get; private set; } = "";

    public string? Message { get; private set; }

    public bool IsError { get; private set; }

    public IActionResult OnGet()
    {
        if (!Cultures.Contains(Lang))
        {
            return NotFound();
        }

        Po = tenant.Shell.Setting<string>(TenantWordingOverlay.SettingPrefix + Lang) ?? "";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? po, CancellationToken cancellationToken)
    {
        if (!Cultures.Contains(Lang))
        {
            return NotFound();
        }

        Po = po ?? "";
        try
        {
            PoParser.Parse(Po, $"{Lang}.po");
        }
        catch (PoParseException ex)
        {
            IsError = true;
            Message = T["Not saved: line {0} is not valid PO ({1}).", ex.LineNumber, ex.Reason];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var key = TenantWordingOverlay.SettingPrefix + Lang;
        var setting = await db.Set<TenantSetting>().FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (setting is null)
        {
            db.Set<TenantSetting>().Add(setting = new TenantSetting { Key = key });
        }

        setting.ValueJson = JsonSerializer.Serialize(Po);
        audit.Record("localization.updated", Lang, new { Length = Po.Length });
        await db.SaveChangesAsync(cancellationToken);
        await registry.ReloadAsync(cancellationToken);
        Message = T["Saved. The new wording shows on this site now."];
        return Page();
    }
}
