using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Consultations;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Consultations.Domain;

namespace OpenRegion.Consultations.Pages.Admin.Consultations;

/// <summary>
/// The synthesis report for staff, at any time: contributions per section and channel, participants by channel and by
/// province, as tables and as CSV and Excel files to work on the synthesis.
/// </summary>
[Authorize(Policy = PermissionPolicy.Prefix + ConsultationsPermissions.Manage)]
public sealed class ReportModel(ICmsDbContext db, TenantRegistry registry, TenantContext tenant) : PageModel
{
    public Consultation Consultation { get; private set; } = null!;

    public SynthesisReport Report { get; private set; } = null!;

    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetCsvAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? ReportFiles.Csv(Report, FileName) : NotFound();

    public async Task<IActionResult> OnGetXlsxAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? ReportFiles.Xlsx(Report, FileName) : NotFound();

    public string ProvinceName(string id) => id == SynthesisReport.UnknownProvince ? "—" : registry.Find(id)?.DisplayName(Culture) ?? id;

    private string FileName => $"{tenant.Shell.Id}-{Consultation.Slug}-report";

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        if (await db.Set<Consultation>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is not { } consultation)
        {
            return false;
        }

        Consultation = consultation;
        Report = await SynthesisReport.BuildAsync(db, registry, id, cancellationToken);
        return true;
    }
}
