using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Innovation;
using OpenRegion.Cms.Core.Media;
using OpenRegion.Innovation.Domain;
using OpenRegion.Cms.Core.Security;

namespace OpenRegion.Innovation.Pages.Innovation;

/// <summary>
/// A team's solution to a challenge: submitted while the call is open, edited until it closes — title and description
/// in Arabic and/or French, estimated budget, the members with their roles.
/// </summary>
[Authorize]
[RequestSizeLimit(MediaRules.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MediaRules.MaxRequestBytes)]
public sealed class SolutionModel(ICmsDbContext db, ChallengeDesk challenges, SolutionDesk solutions, InnovationTexts texts, TimeProvider clock, IStringLocalizer<InnovationModule> T) : InnovationPageModel
{
    public const int MemberRows = TeamRules.MaxMembers;

    public ChallengeView View { get; private set; } = null!;

    public SolutionView? Mine { get; private set; }

    public bool Open => View.Challenge.Calendar.AcceptsSolutions(clock.GetUtcNow());

    [BindProperty]
    public SolutionInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Mine is { } mine)
        {
            Input = SolutionInput.Of(mine);
        }

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
        var (solution, members) = Input.Read(T, errors);
        var sent = new List<IncomingFile>();
        foreach (var file in Request.HasFormContentType ? Request.Form.Files.GetFiles("files").Where(f => f.Length > 0 || f.FileName.Length > 0) : [])
        {
            var (problem, arguments, contentType, _) = await MediaUploads.CheckAsync(file, cancellationToken);
            if (problem is null)
            {
                sent.Add(new IncomingFile(file, contentType));
            }
            else
            {
                errors.Add($"{MediaRules.CleanFileName(file.FileName)}: {T[problem, arguments]}");
            }
        }

        var challenge = await db.Set<Cms.Core.Innovation.Challenge>().AsNoTracking().SingleAsync(c => c.Id == id, cancellationToken);
        if (errors.Count == 0 && await solutions.SaveAsync(challenge, User.FindFirstValue(ClaimTypes.NameIdentifier)!, solution, members, Input.Revision, cancellationToken, sent, Input.RemoveFiles) is { } refusal)
        {
            errors.Add(texts.Refusal(refusal));
        }

        if (errors.Count > 0)
        {
            if (Request.HasFormContentType && Request.Form.Files.Count > 0)
            {
                errors.Add(T["For your safety, files are not kept when the form comes back: choose them again."]);
            }

            return Refused("solution", errors);
        }

        return Saved((Mine is null ? T["Your solution is submitted. You may change it until the call closes on {0}.", Day(challenge.CallCloses)] : T["Your changes are saved."]), SolutionDesk.Url(id));
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        if (await challenges.FindAsync(id, drafts: false, cancellationToken) is not { } view)
        {
            return false;
        }

        View = view;
        Mine = await solutions.MineAsync(id, User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken);
        return true;
    }
}

/// <summary>The solution form's fields.</summary>
public sealed class SolutionInput
{
    public string? TeamName { get; set; }

    public string? TitleAr { get; set; }

    public string? TitleFr { get; set; }

    public string? DescriptionAr { get; set; }

    public string? DescriptionFr { get; set; }

    public string? Budget { get; set; }

    public int? Revision { get; set; }

    public List<MemberInput> Members { get; set; } = [];

    /// <summary>The files the team takes off its solution.</summary>
    public List<long> RemoveFiles { get; set; } = [];

    public static SolutionInput Of(SolutionView mine) => new()
    {
        TeamName = mine.Solution.TeamName, TitleAr = mine.Solution.TitleAr, TitleFr = mine.Solution.TitleFr, DescriptionAr = mine.Solution.DescriptionAr,
        DescriptionFr = mine.Solution.DescriptionFr, Budget = mine.Solution.Budget is { } budget ? Money.Format(Money.Normal(budget)) : null, Revision = mine.Solution.Revision,
        Members = [.. mine.Members.Select(m => new MemberInput { Name = m.Name, Role = m.Role, Email = m.Email })],
    };

    public (Solution Solution, IReadOnlyList<TeamMember> Members) Read(IStringLocalizer T, List<string> errors)
    {
        string Text(string? value, int max, string field) => InnovationPageModel.Text(value, max, field, T, errors);

        decimal? budget = null;
        if (!string.IsNullOrWhiteSpace(Budget))
        {
            budget = Money.Parse(Budget.TrimStart('-')) is { } amount && amount <= 1_000_000_000m ? (Budget.TrimStart().StartsWith('-') ? -amount : amount) : null;
            if (budget is null)
            {
                errors.Add(T["Estimated budget: give an amount in dirhams, e.g. 40000."]);
            }
        }

        var solution = new Solution
        {
            TeamName = Text(TeamName, Solution.MaxTeamNameLength, T["Team name"]),
            TitleAr = Text(TitleAr, Solution.MaxTitleLength, T["Title (Arabic)"]), TitleFr = Text(TitleFr, Solution.MaxTitleLength, T["Title (French)"]),
            DescriptionAr = Text(DescriptionAr, Solution.MaxTextLength, T["Description (Arabic)"]), DescriptionFr = Text(DescriptionFr, Solution.MaxTextLength, T["Description (French)"]),
            Budget = budget,
        };
        var members = Members.Take(TeamRules.MaxMembers + 1).Where(m => !string.IsNullOrWhiteSpace(m.Name) || !string.IsNullOrWhiteSpace(m.Role) || !string.IsNullOrWhiteSpace(m.Email))
            .Select(m => new TeamMember(m.Name?.Trim() ?? "", m.Role?.Trim() ?? "", m.Email?.Trim())).ToList();
        return (solution, members);
    }
}

public sealed class MemberInput
{
    public string? Name { get; set; }

    public string? Role { get; set; }

    public string? Email { get; set; }
}
