using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Innovation;
using OpenRegion.Innovation.Domain;

namespace OpenRegion.Innovation.Pages.Innovation;

/// <summary>A juror's sheet for one solution: the solution in full, then a score from 0 to 10 on each criterion and a comment for the deliberation.</summary>
[Authorize]
public sealed class SheetModel(JuryDesk desk, InnovationTexts texts, TimeProvider clock, IStringLocalizer<InnovationModule> T) : InnovationPageModel
{
    public const string ScoreField = "score-";

    public JuryState Jury { get; private set; } = null!;

    public SolutionView Solution { get; private set; } = null!;

    public JurySheet? Sheet { get; private set; }

    /// <summary>What the form shows per criterion: the sheet's scores, or what was typed when a sheet is refused.</summary>
    public Dictionary<long, string> Values { get; private set; } = [];

    public string Comment { get; private set; } = "";

    /// <summary>Whether the juror may (still) score this solution now.</summary>
    public bool MayScore { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, long solutionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, solutionId, cancellationToken))
        {
            return NotFound();
        }

        if (Sheet is { } sheet)
        {
            Values = Jury.ScoresOf(sheet).ToDictionary(s => s.Key, s => s.Value.ToString(CultureInfo.InvariantCulture));
            Comment = sheet.Comment;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, long solutionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, solutionId, cancellationToken))
        {
            return NotFound();
        }

        var errors = new List<string>();
        var scores = new Dictionary<long, int>();
        foreach (var (key, value) in Request.Form.Where(f => f.Key.StartsWith(ScoreField, StringComparison.Ordinal)))
        {
            var typed = value.ToString().Trim();
            var criterion = long.TryParse(key.AsSpan(ScoreField.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? c : -1;
            Values[criterion] = typed;
            if (typed.Length > 0)
            {
                // Anything but a whole number (7.5, "dix", 1e3) is out of range for the Core rule.
                scores[criterion] = int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var score) && score <= JuryScoring.MaxScore ? score : -1;
            }
        }

        Comment = Text(Request.Form["comment"], JurySheet.MaxCommentLength, T["Comment for the deliberation"], T, errors);
        int? revision = int.TryParse(Request.Form["revision"], NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : null;
        if (errors.Count == 0 && await desk.ScoreAsync(Jury, UserId, solutionId, scores, Comment, revision, cancellationToken) is { } problem)
        {
            errors.Add(texts.Refusal(problem));
        }

        if (errors.Count > 0)
        {
            return Refused("sheet", errors);
        }

        // The jury as read before saving, less the sheet just recorded: what is left to score.
        var next = Jury.Solutions.FirstOrDefault(s => s.Solution.Id != solutionId && !Jury.IsConflicted(UserId, s.Solution.Id) && Jury.Sheet(UserId, s.Solution.Id) is null);
        return Saved((next is null
            ? T["Your scores for “{0}” are recorded. You have scored every solution: the ranking is open to you.", Solution.Solution.Title(Culture)]
            : T["Your scores for “{0}” are recorded.", Solution.Solution.Title(Culture)]), (next is null ? JuryDesk.Url(id) + "#ranking" : JuryDesk.SheetUrl(id, next.Solution.Id)));
    }

    private async Task<bool> LoadAsync(long id, long solutionId, CancellationToken cancellationToken)
    {
        if (await desk.SeatAsync(id, UserId, cancellationToken) is not { } jury || jury.Solution(solutionId) is not { } solution)
        {
            return false;
        }

        (Jury, Solution, Sheet) = (jury, solution, jury.Sheet(UserId, solutionId));
        MayScore = !jury.Published && jury.Challenge.Calendar.JuryScores(clock.GetUtcNow()) && !jury.IsConflicted(UserId, solutionId) && !jury.MaySeeOthers(UserId);
        return true;
    }
}
