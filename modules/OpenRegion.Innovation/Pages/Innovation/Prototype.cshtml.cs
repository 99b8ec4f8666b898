using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Innovation;
using OpenRegion.Innovation.Domain;
using OpenRegion.Cms.Core.Security;

namespace OpenRegion.Innovation.Pages.Innovation;

/// <summary>A selected team's prototype: its milestones so far, and a new report (stage, progress, what was done) during prototyping and evaluation.</summary>
[Authorize]
public sealed class PrototypeModel(ICmsDbContext db, ChallengeDesk challenges, SolutionDesk solutions, PrototypeDesk prototypes, InnovationTexts texts, TimeProvider clock, IStringLocalizer<InnovationModule> T) : InnovationPageModel
{
    public ChallengeView View { get; private set; } = null!;

    public SolutionView Mine { get; private set; } = null!;

    public IReadOnlyList<PrototypeReport> Reports { get; private set; } = [];

    public bool Reporting => Mine.Solution.Selected && View.Challenge.SelectionPublishedUtc is not null && View.Challenge.Calendar.AcceptsPrototypeReports(clock.GetUtcNow());

    [BindProperty]
    public ReportInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = new ReportInput { Stage = Reports.FirstOrDefault()?.Stage ?? PrototypeStage.Building, Progress = Reports.FirstOrDefault()?.Progress.ToString(CultureInfo.InvariantCulture) };
        return Page();
    }

    [Limited(LimitedAction.Comment)]
    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var errors = new List<string>();
        var textAr = Text(Input.TextAr, PrototypeReport.MaxTextLength, T["What was done (Arabic)"], T, errors);
        var textFr = Text(Input.TextFr, PrototypeReport.MaxTextLength, T["What was done (French)"], T, errors);
        var progress = int.TryParse(Input.Progress?.Trim().TrimEnd('%').Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var p) ? p : -1;
        if (!Enum.IsDefined(Input.Stage))
        {
            errors.Add(T["Choose the prototype's stage."]);
        }

        var challenge = await db.Set<Cms.Core.Innovation.Challenge>().AsNoTracking().SingleAsync(c => c.Id == id, cancellationToken);
        if (errors.Count == 0 && await prototypes.ReportAsync(challenge, Mine.Solution, Input.Stage, progress, textAr, textFr, By, cancellationToken) is { } problem)
        {
            errors.Add(texts.Refusal(problem));
        }

        if (errors.Count > 0)
        {
            return Refused("report", errors);
        }

        return Saved(T["Your report is published on the lab's showcase."], PrototypeDesk.Url(id));
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        if (await challenges.FindAsync(id, drafts: false, cancellationToken) is not { } view || await solutions.MineAsync(id, UserId, cancellationToken) is not { } mine)
        {
            return false;
        }

        (View, Mine) = (view, mine);
        Reports = await prototypes.ReportsAsync(mine.Solution.Id, cancellationToken);
        return true;
    }
}

public sealed class ReportInput
{
    public PrototypeStage Stage { get; set; }

    public string? Progress { get; set; }

    public string? TextAr { get; set; }

    public string? TextFr { get; set; }
}
