using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Innovation;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Innovation.Domain;

namespace OpenRegion.Innovation.Pages.Admin.Innovation;

/// <summary>The lab's challenges for staff, and a new challenge or contest with its calendar and the jury's weighted criteria.</summary>
[Authorize(Policy = PermissionPolicy.Prefix + InnovationPermissions.Challenges)]
public sealed class ChallengesAdminModel(ChallengeDesk desk, InnovationTexts texts, IStringLocalizer<InnovationModule> T) : InnovationPageModel
{
    public IReadOnlyList<ChallengeView> Challenges { get; private set; } = [];

    [BindProperty]
    public ChallengeInput Input { get; set; } = new();

    public string DateLabel(int index) => index switch
    {
        0 => T["Problem identification from"],
        1 => T["Call opens on"],
        2 => T["Call closes on"],
        3 => T["Selection ends on"],
        4 => T["Prototyping ends on"],
        _ => T["Evaluation ends on"],
    };

    /// <summary>The template the form starts from, if one was chosen.</summary>
    public ChallengeTemplate? Template { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? template, CancellationToken cancellationToken)
    {
        Challenges = await desk.AllAsync(drafts: true, cancellationToken);
        if (ChallengeTemplates.Find(template) is { } chosen)
        {
            Template = chosen;
            Input = ChallengeInput.From(chosen, desk.Today);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var (challenge, criteria) = Input.Read(T, DateLabel, errors);
        if (errors.Count == 0 && await desk.CreateAsync(challenge, criteria, By, cancellationToken) is { } refusal)
        {
            errors.Add(texts.Refusal(refusal));
        }

        if (errors.Count > 0)
        {
            Challenges = await desk.AllAsync(drafts: true, cancellationToken);
            return Refused("challenge", errors);
        }

        return Saved(T["The challenge is recorded; publish it when it is ready."], ChallengeDesk.AdminUrl(challenge.Id));
    }
}

/// <summary>The fields of a challenge as staff type them, read into the entity and its criteria.</summary>
public sealed class ChallengeInput
{
    public ChallengeKind Kind { get; set; }

    public string? ThematicAr { get; set; }

    public string? ThematicFr { get; set; }

    public string? TitleAr { get; set; }

    public string? TitleFr { get; set; }

    public string? ProblemAr { get; set; }

    public string? ProblemFr { get; set; }

    public string? ContextAr { get; set; }

    public string? ContextFr { get; set; }

    public string? EligibilityAr { get; set; }

    public string? EligibilityFr { get; set; }

    public string? SupportAr { get; set; }

    public string? SupportFr { get; set; }

    public string?[] Dates { get; set; } = new string?[6];

    public int? Seats { get; set; }

    public List<CriterionInput> Criteria { get; set; } = [];

    /// <summary>A template's texts, calendar (from <paramref name="today"/>) and criteria, to adjust before recording.</summary>
    public static ChallengeInput From(ChallengeTemplate template, DateOnly today) => new()
    {
        Kind = template.Kind, ThematicAr = template.ThematicAr, ThematicFr = template.ThematicFr, TitleAr = template.TitleAr, TitleFr = template.TitleFr,
        ProblemAr = template.ProblemAr, ProblemFr = template.ProblemFr, EligibilityAr = template.EligibilityAr, EligibilityFr = template.EligibilityFr, Seats = template.Seats,
        Dates = [.. template.Days.Select(d => today.AddDays(d).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))],
        Criteria = [.. template.Criteria.Select(c => new CriterionInput { NameAr = c.NameAr, NameFr = c.NameFr, Weight = c.Weight })],
    };

    public (Challenge Challenge, IReadOnlyList<ChallengeCriterion> Criteria) Read(IStringLocalizer T, Func<int, string> dateLabel, List<string> errors)
    {
        string Text(string? value, int max, string field) => InnovationPageModel.Text(value, max, field, T, errors);

        var dates = new DateOnly[6];
        for (var i = 0; i < 6; i++)
        {
            if (!DateOnly.TryParseExact(Dates.ElementAtOrDefault(i)?.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out dates[i]) || dates[i].Year is < 2000 or > 2100)
            {
                errors.Add(T["{0}: give a date such as {1}.", dateLabel(i), "2027-03-01"]);
            }
        }

        if (!Enum.IsDefined(Kind))
        {
            errors.Add(T["Choose a challenge or a contest."]);
        }

        var challenge = new Challenge
        {
            Kind = Kind,
            ThematicAr = Text(ThematicAr, Challenge.MaxTitleLength, T["Thematic (Arabic)"]), ThematicFr = Text(ThematicFr, Challenge.MaxTitleLength, T["Thematic (French)"]),
            TitleAr = Text(TitleAr, Challenge.MaxTitleLength, T["Title (Arabic)"]), TitleFr = Text(TitleFr, Challenge.MaxTitleLength, T["Title (French)"]),
            ProblemAr = Text(ProblemAr, Challenge.MaxTextLength, T["Problem (Arabic)"]), ProblemFr = Text(ProblemFr, Challenge.MaxTextLength, T["Problem (French)"]),
            ContextAr = Text(ContextAr, Challenge.MaxTextLength, T["Context (Arabic)"]), ContextFr = Text(ContextFr, Challenge.MaxTextLength, T["Context (French)"]),
            EligibilityAr = Text(EligibilityAr, Challenge.MaxTextLength, T["Who may take part (Arabic)"]), EligibilityFr = Text(EligibilityFr, Challenge.MaxTextLength, T["Who may take part (French)"]),
            SupportAr = Text(SupportAr, Challenge.MaxTextLength, T["What the lab offers (Arabic)"]), SupportFr = Text(SupportFr, Challenge.MaxTextLength, T["What the lab offers (French)"]),
            IdentificationFrom = dates[0], CallOpens = dates[1], CallCloses = dates[2], SelectionEnds = dates[3], PrototypingEnds = dates[4], EvaluationEnds = dates[5],
            Seats = Seats ?? 0,
        };
        return (challenge, ReadCriteria(Criteria, T, errors));
    }

    /// <summary>The criteria rows filled in (empty rows left out), their names' lengths checked.</summary>
    public static IReadOnlyList<ChallengeCriterion> ReadCriteria(IEnumerable<CriterionInput> rows, IStringLocalizer T, List<string> errors) =>
        [.. rows.Take(Challenge.MaxCriteria + 1).Where(c => !string.IsNullOrWhiteSpace(c.NameAr) || !string.IsNullOrWhiteSpace(c.NameFr) || c.Weight is not null)
            .Select(c => new ChallengeCriterion
            {
                NameAr = InnovationPageModel.Text(c.NameAr, Challenge.MaxTitleLength, T["Criterion (Arabic)"], T, errors),
                NameFr = InnovationPageModel.Text(c.NameFr, Challenge.MaxTitleLength, T["Criterion (French)"], T, errors), Weight = c.Weight ?? 0,
            })];
}

public sealed class CriterionInput
{
    public string? NameAr { get; set; }

    public string? NameFr { get; set; }

    public int? Weight { get; set; }
}
