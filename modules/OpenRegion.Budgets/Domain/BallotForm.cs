using System.Globalization;
using Microsoft.AspNetCore.Http;
using OpenRegion.Cms.Core.Budgeting.Ballots;

namespace OpenRegion.Budgets.Domain;

/// <summary>
/// A ballot as a plain form sends it (works without scripts): ticked boxes or a radio button named "p" (approval,
/// knapsack, choose-one), a number field "pts_{id}" per project (cumulative) or a rank "rank_{id}" (ranking). Whatever
/// the form holds is read as it is — an id that is not on the ballot is refused later by the rule, never dropped here.
/// </summary>
public static class BallotForm
{
    public const string Choice = "p";
    public const string PointsPrefix = "pts_";
    public const string RankPrefix = "rank_";

    /// <param name="unreadable">True when a number field held something that is not a whole number from 0 to 1,000,000.</param>
    public static List<BallotChoice> Read(IFormCollection form, BallotKind kind, out bool unreadable)
    {
        unreadable = false;
        var choices = new List<BallotChoice>();
        if (kind is BallotKind.Approval or BallotKind.Knapsack or BallotKind.ChooseOne)
        {
            foreach (var id in form[Choice])
            {
                if (!string.IsNullOrEmpty(id))
                {
                    choices.Add(new BallotChoice(id.Trim()));
                }
            }

            return choices;
        }

        var prefix = kind == BallotKind.Cumulative ? PointsPrefix : RankPrefix;
        foreach (var (key, values) in form)
        {
            if (!key.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var text = values.ToString().Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > 1_000_000)
            {
                unreadable = true;
                continue;
            }

            if (value > 0)
            {
                choices.Add(new BallotChoice(key[prefix.Length..], value));
            }
        }

        return choices;
    }

    /// <summary>The value a project has on a ballot (1 when ticked, its points or its rank), 0 when not chosen.</summary>
    public static int ValueOf(IReadOnlyList<BallotChoice> choices, long projectId)
    {
        var id = projectId.ToString(CultureInfo.InvariantCulture);
        return choices.FirstOrDefault(c => c.ProjectId == id)?.Value ?? 0;
    }
}
