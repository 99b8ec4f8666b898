using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Budgets.Domain;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Budgeting.Counting;
using OpenRegion.Cms.Core.Budgeting.Model;
using OpenRegion.Cms.Core.Budgeting.Pabulib;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Security;

namespace OpenRegion.Budgets.Pages.Admin.Budgets;

/// <summary>The tenant's participatory budgets for staff: each process with its phase and ballots, a new one, or a past election replayed from its pabulib file.</summary>
[Authorize(Policy = PermissionPolicy.Prefix + BudgetsPermissions.Manage)]
[RequestSizeLimit(PbImport.MaxFileBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = PbImport.MaxFileBytes + 1024 * 1024)]
public sealed class IndexModel(ICmsDbContext db, TimeProvider clock, IAuditLog audit, IStringLocalizer<BudgetsModule> T) : PageModel
{
    public IReadOnlyList<Row> Processes { get; private set; } = [];

    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    [BindProperty]
    public NewProcessInput Input { get; set; } = new();

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public IReadOnlyList<string> ImportErrors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var titleAr = TextInput.Clean(Input.TitleAr, 300);
        var titleFr = TextInput.Clean(Input.TitleFr, 300);
        if (titleAr.Problem != TextInput.Problem.None || titleFr.Problem != TextInput.Problem.None)
        {
            errors.Add(T["A title has at most 300 characters, without invisible or direction-changing characters."]);
        }
        else if (titleAr.Text.Length == 0 && titleFr.Text.Length == 0)
        {
            errors.Add(T["Give the participatory budget a title, in Arabic or in French."]);
        }

        var slug = string.IsNullOrWhiteSpace(Input.Slug) ? Slugs.FromTitle(titleFr.Text.Length > 0 ? titleFr.Text : titleAr.Text) : Input.Slug.Trim();
        if (Slugs.Problem(slug) is { } problem)
        {
            errors.Add(T[problem]);
        }
        else if (await db.Set<BudgetProcess>().AnyAsync(p => p.Slug == slug, cancellationToken))
        {
            errors.Add(T["The address {0} is already used by another participatory budget.", slug]);
        }

        if (errors.Count > 0)
        {
            Errors = errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync(cancellationToken);
            return Page();
        }

        var process = new BudgetProcess { Slug = slug, TitleAr = titleAr.Text, TitleFr = titleFr.Text, CreatedUtc = clock.GetUtcNow() };
        db.Set<BudgetProcess>().Add(process);
        audit.Record("budget.process-created", $"BudgetProcess:{slug}", new { process.TitleAr, process.TitleFr });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Saved"] = T["Created. Now set its calendar, its budgets and its rules."].Value;
        return LocalRedirect(Url.Content($"~/admin/budgets/{process.Id}"));
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return await ImportRefusedAsync([T["Choose a .pb file."]], cancellationToken);
        }

        if (file.Length > PbImport.MaxFileBytes)
        {
            return await ImportRefusedAsync([T["The file is too large: {0} MB at most.", PbImport.MaxFileBytes / (1024 * 1024)]], cancellationToken);
        }

        string text;
        try
        {
            using var reader = new StreamReader(file.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true));
            text = await reader.ReadToEndAsync(cancellationToken);
        }
        catch (DecoderFallbackException)
        {
            return await ImportRefusedAsync([T["The file is not UTF-8 text."]], cancellationToken);
        }

        try
        {
            var process = await PbImport.ImportAsync(db, file.FileName, text, clock, cancellationToken);
            audit.Record("budget.imported", $"BudgetProcess:{process.Slug}", new { process.ImportedFrom });
            await db.SaveChangesAsync(cancellationToken);
            TempData["Saved"] = T["Imported: the election is counted again by its rule on the results page."].Value;
            return LocalRedirect(Url.Content($"~/admin/budgets/{process.Id}"));
        }
        catch (PbFormatException ex)
        {
            db.ChangeTracker.Clear();
            return await ImportRefusedAsync([ex.Line is { } line ? T["Line {0}: {1}", line, ex.Problem] : ex.Problem], cancellationToken);
        }
        catch (CountingException ex)
        {
            db.ChangeTracker.Clear();
            return await ImportRefusedAsync([ex.Message], cancellationToken);
        }
    }

    private async Task<IActionResult> ImportRefusedAsync(IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        ImportErrors = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var processes = await db.Set<BudgetProcess>().AsNoTracking().OrderByDescending(p => p.Id).Take(500).ToListAsync(cancellationToken);
        var budgets = await db.Set<Budget>().AsNoTracking().Select(b => new { b.Id, b.ProcessId }).ToListAsync(cancellationToken);
        var ballots = await db.Set<Ballot>().GroupBy(b => b.BudgetId).Select(g => new { BudgetId = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var proposed = await db.Set<BudgetProject>().Where(p => p.State == ProjectState.Proposed).GroupBy(p => p.BudgetId).Select(g => new { BudgetId = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        Processes = [.. processes.Select(p =>
        {
            var ids = budgets.Where(b => b.ProcessId == p.Id).Select(b => b.Id).ToList();
            return new Row(p, p.PhaseAt(now), ids.Count, ballots.Where(b => ids.Contains(b.BudgetId)).Sum(b => b.Count), proposed.Where(b => ids.Contains(b.BudgetId)).Sum(b => b.Count));
        })];
    }

    public sealed record Row(BudgetProcess Process, BudgetPhase Phase, int Budgets, int Ballots, int ToReview);

    public sealed class NewProcessInput
    {
        public string? TitleAr { get; set; }

        public string? TitleFr { get; set; }

        public string? Slug { get; set; }
    }
}
