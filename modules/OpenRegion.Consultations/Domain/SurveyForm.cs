using System.Globalization;
using Microsoft.AspNetCore.Http;
using OpenRegion.Cms.Core.Consultations;

namespace OpenRegion.Consultations.Domain;

/// <summary>How the survey's fields are named in the public form, and what a post sent for one question.</summary>
public static class SurveyForm
{
    /// <summary>The field of a question ("q12"): radio buttons, check boxes or a text area.</summary>
    public static string Field(SurveyQuestion question) => "q" + question.Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The rank field of a ranking's option ("q12-3").</summary>
    public static string RankField(SurveyQuestion question, int option) => Field(question) + "-" + option.ToString(CultureInfo.InvariantCulture);

    public static IReadOnlyList<string?> Raw(IFormCollection form, SurveyQuestion question) =>
        question.Kind == QuestionKind.Ranking
            ? [.. Enumerable.Range(0, question.OptionCount).Select(i => (string?)form[RankField(question, i)].ToString())]
            : [.. form[Field(question)]];

    /// <summary>A stored answer as the form's fields would send it, to show the reader what they answered.</summary>
    public static IReadOnlyList<string> ToRaw(SurveyQuestion question, string value)
    {
        switch (question.Kind)
        {
            case QuestionKind.FreeText:
            case QuestionKind.Scale:
                return [value];
            case QuestionKind.Ranking:
                var order = SurveyRules.Indexes(value);
                var ranks = new string[question.OptionCount];
                for (var rank = 0; rank < order.Count && order[rank] < ranks.Length; rank++)
                {
                    ranks[order[rank]] = (rank + 1).ToString(CultureInfo.InvariantCulture);
                }

                return [.. ranks.Select(r => r ?? "")];
            default:
                return [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries)];
        }
    }
}
