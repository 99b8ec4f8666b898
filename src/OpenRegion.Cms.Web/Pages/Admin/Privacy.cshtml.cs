using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Privacy;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Web.Hosting;

namespace OpenRegion.Cms.Web.Pages.Admin;

/// <summary>
/// The site's personal data: how long it is kept once a file is closed (the retention period), a sweep run now
/// rather than tonight, and what the sweeps and the citizens' erasures did (counts only).
/// </summary>
[Authorize(Policy = PermissionPolicy.ManageTenant)]
public sealed class PrivacyModel(ICmsDbContext db, IAuditLog audit, TimeProvider clock, IStringLocalizer<HostStrings> T) : PageModel
{
    [BindProperty]
    public int Days { get; set; }

    public IReadOnlyList<AuditEntry> History { get; private set; } = [];

    public string? Message { get; private set; }

    public bool IsError { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Days = await Retention.DaysAsync(db, cancellationToken);
        await LoadAsync(cancellationToken);
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || !await Retention.SetAsync(db, Days, cancellationToken))
        {
            IsError = true;
            Message = T["The retention period must be a number of days between {0} and {1}.", Retention.MinDays, Retention.MaxDays];
            ModelState.Clear();
            Days = await Retention.DaysAsync(db, cancellationToken);
        }
        else
        {
            audit.Record("privacy.retention-set", null, new { days = Days });
            await db.SaveChangesAsync(cancellationToken);
            Message = T["Saved: personal data is kept {0} days after its file is closed.", Days];
        }

        await LoadAsync(cancellationToken);
    }

    public async Task OnPostSweepAsync(CancellationToken cancellationToken)
    {
        var report = await RetentionSweep.RunAsync(db, clock.GetUtcNow(), cancellationToken);
        Message = report.Total == 0 ? T["Nothing was past the retention period."] : T["{0} records no longer hold personal data.", report.Total];
        Days = await Retention.DaysAsync(db, cancellationToken);
        await LoadAsync(cancellationToken);
    }

    /// <summary>The counts an entry's details hold ("ballots: 3, …").</summary>
    public static IReadOnlyList<(string Kind, int Count)> CountsOf(AuditEntry entry)
    {
        if (entry.DetailsJson is null)
        {
            return [];
        }

        using var json = JsonDocument.Parse(entry.DetailsJson);
        var counts = json.RootElement.TryGetProperty("changed", out var changed) ? changed : json.RootElement;
        return counts.ValueKind == JsonValueKind.Object
            ? counts.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Number).Select(p => (p.Name, p.Value.GetInt32())).ToList()
            : [];
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        History = await db.Set<AuditEntry>().AsNoTracking().Where(a => a.Action.StartsWith("privacy."))
            .OrderByDescending(a => a.OccurredUtc).ThenByDescending(a => a.Id).Take(50).ToListAsync(cancellationToken);
}
