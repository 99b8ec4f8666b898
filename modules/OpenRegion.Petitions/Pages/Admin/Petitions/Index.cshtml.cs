using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Deadlines;
using OpenRegion.Cms.Core.Petitions;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Petitions.Domain;

namespace OpenRegion.Petitions.Pages.Admin.Petitions;

/// <summary>
/// The bureau's desk: the petitions deposited and under way, each with the legal deadline of its reasoned rejection
/// notice (2 months after deposit for a region or province, 3 for a commune) and what is late first; the ones still
/// collecting; and the council's settings — the threshold (the law's by default), arrondissements, the electoral-roll condition.
/// </summary>
[Authorize(Policy = PermissionPolicy.Prefix + PetitionsPermissions.Manage)]
public sealed class IndexModel(ICmsDbContext db, TimeProvider clock, PetitionSite site, TenantRegistry registry, IAuditLog audit, IStringLocalizer<PetitionsModule> T) : PageModel
{
    public PetitionSite Site => site;

    public IReadOnlyList<Petition> Petitions { get; private set; } = [];

    public IReadOnlyDictionary<string, Deadline> Deadlines { get; private set; } = new Dictionary<string, Deadline>();

    public DateTimeOffset Now { get; private set; }

    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public string? Error { get; private set; }

    [BindProperty]
    public string? Required { get; set; }

    [BindProperty]
    public bool Arrondissements { get; set; }

    [BindProperty]
    public bool ElectoralRoll { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        Petitions = await db.Set<Petition>().AsNoTracking().Where(p => p.State != PetitionState.Draft)
            .OrderBy(p => p.State == PetitionState.Deposited ? 0 : p.State == PetitionState.Accepted || p.State == PetitionState.InCommittee ? 1 : p.State == PetitionState.Collecting ? 2 : 3)
            .ThenByDescending(p => p.Id).Take(200).ToListAsync(cancellationToken);
        var keys = Petitions.Select(p => PetitionEvents.NoticeDeadlineKey(p.Id)).ToList();
        Deadlines = await db.Set<Deadline>().AsNoTracking().Where(d => keys.Contains(d.Key)).ToDictionaryAsync(d => d.Key, cancellationToken);
        var settings = site.Settings;
        Required ??= settings.RequiredOverride?.ToString(CultureInfo.InvariantCulture);
        Arrondissements = settings.HasArrondissements;
        ElectoralRoll = settings.RequireElectoralRoll;
    }

    public async Task<IActionResult> OnPostSettingsAsync(CancellationToken cancellationToken)
    {
        int? required = null;
        if (!string.IsNullOrWhiteSpace(Required))
        {
            if (!int.TryParse(Required.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value is < 1 or > 1_000_000)
            {
                Error = T["The number of signatures is a whole number from 1 to 1,000,000, or empty for the law's number."];
                var arrondissements = Arrondissements;
                var roll = ElectoralRoll;
                await OnGetAsync(cancellationToken);
                (Arrondissements, ElectoralRoll) = (arrondissements, roll);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            }

            required = value;
        }

        await SetAsync(PetitionsSettings.RequiredKey, required, cancellationToken);
        await SetAsync(PetitionsSettings.ArrondissementsKey, site.Tenant.Kind == TenantKind.Commune && Arrondissements, cancellationToken);
        await SetAsync(PetitionsSettings.ElectoralRollKey, ElectoralRoll, cancellationToken);
        audit.Record("petition.settings-updated", null, new { required, Arrondissements, ElectoralRoll });
        await db.SaveChangesAsync(cancellationToken);
        await registry.ReloadAsync(cancellationToken);
        TempData["Saved"] = T["Settings saved."].Value;
        return RedirectToPage();
    }

    private async Task SetAsync<TValue>(string key, TValue value, CancellationToken cancellationToken)
    {
        var setting = await db.Set<TenantSetting>().FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (value is null)
        {
            if (setting is not null)
            {
                db.Set<TenantSetting>().Remove(setting);
            }

            return;
        }

        if (setting is null)
        {
            db.Set<TenantSetting>().Add(setting = new TenantSetting { Key = key });
        }

        setting.ValueJson = JsonSerializer.Serialize(value);
    }
}
