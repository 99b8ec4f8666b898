using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Transparency;
using OpenRegion.Transparency.Domain;

namespace OpenRegion.Transparency.Pages.Admin.Transparency;

/// <summary>
/// A year's citizen budget for staff: its titles and introduction, its lines loaded from the finance service's file
/// (every bad line named, nothing loaded then), what they add up to, and publishing it (or taking it back to draft).
/// </summary>
[Authorize(Policy = PermissionPolicy.Prefix + TransparencyPermissions.Publications)]
[RequestSizeLimit(MaxFileBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxFileBytes + 64 * 1024)]
public sealed class CitizenBudgetAdminModel(ICmsDbContext db, CitizenBudgets budgets, TransparencyTexts texts, IStringLocalizer<TransparencyModule> T) : TransparencyPageModel
{
    public const int MaxFileBytes = 2 * 1024 * 1024;

    public CitizenBudgetView View { get; private set; } = null!;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    [BindProperty]
    public CitizenBudgetInput Input { get; set; } = new();

    [BindProperty]
    public int Revision { get; set; }

    public string Place(string place) => budgets.Place(place, Culture);

    public async Task<IActionResult> OnGetAsync(int year, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(year, cancellationToken))
        {
            return NotFound();
        }

        Input = CitizenBudgetInput.Of(View.Budget);
        Revision = View.Budget.Revision;
        return Page();
    }

    /// <summary>A file to start from: the header and two example lines.</summary>
    public IActionResult OnGetTemplate(int year) => File(Encoding.UTF8.GetBytes(
        "\uFEFF" + string.Join(',', CitizenBudgetCsv.Columns) + "\n" +
        "revenue,operating,حصة الجهة من الضريبة على الشركات والدخل,Part de l'IS et de l'IR,حصة الجهة من الضريبة على الشركات والدخل,Part de l'impôt sur les sociétés et sur le revenu,1000000,,,,\n" +
        "spending,investment,الطرق,Routes,تهيئة مسلك قروي,Aménagement d'une piste rurale,250000,province-azilal,,rural,sensitive\n"),
        "text/csv; charset=utf-8", $"citizen-budget-{year}-template.csv");

    public async Task<IActionResult> OnGetLinesAsync(int year, CancellationToken cancellationToken) =>
        await budgets.FindAsync(year, drafts: true, cancellationToken) is { } view
            ? File(Encoding.UTF8.GetBytes(CitizenBudgetCsv.Write(view.Summary.Lines)), "text/csv; charset=utf-8", $"citizen-budget-{year}.csv")
            : NotFound();

    public Task<IActionResult> OnPostDescribeAsync(int year, CancellationToken cancellationToken) => ActAsync(year, "describe", async (budget, errors) =>
    {
        Input.ApplyTo(budget, T, errors);
        return errors.Count > 0 ? null : await budgets.DescribeAsync(budget, cancellationToken);
    }, T["The citizen budget's description is saved."], cancellationToken);

    public Task<IActionResult> OnPostLinesAsync(int year, CancellationToken cancellationToken) => ActAsync(year, "lines", async (budget, errors) =>
    {
        var file = Request.HasFormContentType ? Request.Form.Files.FirstOrDefault(f => f.Name == "lines" && f.Length > 0) : null;
        if (file is null)
        {
            errors.Add(T["Choose the file of the budget's lines (CSV)."]);
            return null;
        }

        if (file.Length > MaxFileBytes)
        {
            errors.Add(T["The file is larger than {0} MB.", MaxFileBytes / 1024 / 1024]);
            return null;
        }

        using var reader = new StreamReader(file.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true));
        IReadOnlyList<CitizenBudgetLine> lines;
        IReadOnlyList<BudgetLineProblem> problems;
        try
        {
            (lines, problems) = CitizenBudgetCsv.Read(reader);
        }
        catch (DecoderFallbackException)
        {
            errors.Add(T["The file is not UTF-8 text: save it from the spreadsheet as “CSV UTF-8”."]);
            return null;
        }

        errors.AddRange(problems.Take(50).Select(texts.LineError));
        if (problems.Count > 50)
        {
            errors.Add(T["… and {0} more problems.", problems.Count - 50]);
        }

        return errors.Count > 0 ? null : await budgets.ReplaceLinesAsync(budget, lines, cancellationToken);
    }, T["The budget's lines are loaded."], cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(int year, CancellationToken cancellationToken) =>
        ActAsync(year, "publish", (budget, _) => budgets.PublishAsync(budget, publish: true, cancellationToken), T["The citizen budget is published."], cancellationToken);

    public Task<IActionResult> OnPostUnpublishAsync(int year, CancellationToken cancellationToken) =>
        ActAsync(year, "publish", (budget, _) => budgets.PublishAsync(budget, publish: false, cancellationToken), T["The citizen budget is back to draft: the public no longer sees it."], cancellationToken);

    private async Task<IActionResult> ActAsync(int year, string form, Func<CitizenBudget, List<string>, Task<CitizenBudgetRefusal?>> act, string done, CancellationToken cancellationToken)
    {
        var budget = await db.Set<CitizenBudget>().FirstOrDefaultAsync(b => b.Year == year, cancellationToken);
        if (budget is null)
        {
            return NotFound();
        }

        var errors = new List<string>();
        if (budget.Revision != Revision)
        {
            errors.Add(T["Someone else changed this budget meanwhile: look at it again before acting."]);
        }
        else
        {
            try
            {
                if (await act(budget, errors) is { } refusal)
                {
                    errors.Add(texts.Refusal(refusal));
                }
            }
            catch (DbUpdateConcurrencyException)
            {
                errors.Add(T["Someone else changed this budget meanwhile: look at it again before acting."]);
            }
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            Errors = errors;
            await LoadAsync(year, cancellationToken);
            if (form != "describe")
            {
                Input = CitizenBudgetInput.Of(View.Budget);
            }

            return Refused(form, string.Join(" ", errors));
        }

        TempData["Saved"] = done;
        return LocalRedirect(Url.Content("~" + CitizenBudgets.AdminUrl(year)));
    }

    private async Task<bool> LoadAsync(int year, CancellationToken cancellationToken)
    {
        if (await budgets.FindAsync(year, drafts: true, cancellationToken) is not { } view)
        {
            return false;
        }

        View = view;
        return true;
    }
}
