using System.Globalization;

namespace OpenRegion.Cms.Core.Consultations;

/// <summary>What is wrong with an answer; the page says it in the reader's language, next to the question.</summary>
public enum AnswerProblem
{
    /// <summary>An option that the question does not have (a forged or stale form).</summary>
    UnknownOption,

    /// <summary>More options ticked than the question allows.</summary>
    TooManyChoices,

    /// <summary>A scale value outside the scale, or not a whole number.</summary>
    OutOfRange,

    /// <summary>A ranking that does not give each option a distinct rank from 1 to the number of options.</summary>
    IncompleteRanking,

    /// <summary>A free text longer than <see cref="SurveyQuestion.MaxFreeTextLength"/>.</summary>
    TooLong,
}

/// <summary>A question's results: how many answered, and per option (or scale value) the count or points.</summary>
/// <param name="Counts">Choices: answers per option; scale: answers per value from ScaleMin; ranking: Borda points per option (n−rank).</param>
/// <param name="Mean">Scale: the mean value; ranking: unused; others: null.</param>
/// <param name="Median">Scale only.</param>
/// <param name="Texts">Free text: the answers, newest first.</param>
public sealed record QuestionTally(int Respondents, IReadOnlyList<int> Counts, double? Mean, double? Median, IReadOnlyList<string> Texts);

/// <summary>Checks and normalizes survey answers, and counts them for the synthesis; no storage involved.</summary>
public static class SurveyRules
{
    /// <summary>
    /// The normalized value of what the form sent for <paramref name="question"/>: (null, null) when left unanswered
    /// (every question is optional), (value, null) when valid, (null, problem) otherwise.
    /// </summary>
    /// <param name="raw">Choices: the ticked option indexes; scale and free text: one value; ranking: the rank given to each option, in option order.</param>
    public static (string? Value, AnswerProblem? Problem) Normalize(SurveyQuestion question, IReadOnlyList<string?> raw)
    {
        var given = raw.Select(r => r?.Trim() ?? "").ToList();
        if (given.All(g => g.Length == 0))
        {
            return (null, null);
        }

        switch (question.Kind)
        {
            case QuestionKind.FreeText:
                var text = string.Join("\n", given.Where(g => g.Length > 0));
                return text.Length > SurveyQuestion.MaxFreeTextLength ? (null, AnswerProblem.TooLong) : (text, null);

            case QuestionKind.Scale:
                return given.Count(g => g.Length > 0) == 1 && int.TryParse(given.First(g => g.Length > 0), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                    && value >= question.ScaleMin && value <= question.ScaleMax
                    ? (value.ToString(CultureInfo.InvariantCulture), null)
                    : (null, AnswerProblem.OutOfRange);

            case QuestionKind.SingleChoice:
            case QuestionKind.MultipleChoice:
                var picked = new SortedSet<int>();
                foreach (var g in given.Where(g => g.Length > 0))
                {
                    if (!int.TryParse(g, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= question.OptionCount || !picked.Add(index))
                    {
                        return (null, AnswerProblem.UnknownOption);
                    }
                }

                var limit = question.Kind == QuestionKind.SingleChoice ? 1 : question.MaxChoices ?? question.OptionCount;
                return picked.Count > limit ? (null, AnswerProblem.TooManyChoices) : (string.Join(',', picked), null);

            default: // ranking
                var n = question.OptionCount;
                if (given.Count != n)
                {
                    return (null, AnswerProblem.IncompleteRanking);
                }

                var byRank = new int[n];
                var seen = new bool[n];
                for (var option = 0; option < n; option++)
                {
                    if (!int.TryParse(given[option], NumberStyles.None, CultureInfo.InvariantCulture, out var rank) || rank < 1 || rank > n || seen[rank - 1])
                    {
                        return (null, AnswerProblem.IncompleteRanking);
                    }

                    seen[rank - 1] = true;
                    byRank[rank - 1] = option;
                }

                return (string.Join(',', byRank), null);
        }
    }

    /// <summary>Counts the stored (normalized) answers of a question.</summary>
    public static QuestionTally Tally(SurveyQuestion question, IReadOnlyList<string> values)
    {
        switch (question.Kind)
        {
            case QuestionKind.FreeText:
                return new QuestionTally(values.Count, [], null, null, values);

            case QuestionKind.Scale:
                var width = question.ScaleMax - question.ScaleMin + 1;
                var perValue = new int[Math.Max(width, 0)];
                var numbers = values.Select(v => int.Parse(v, CultureInfo.InvariantCulture)).Where(v => v >= question.ScaleMin && v <= question.ScaleMax).OrderBy(v => v).ToList();
                foreach (var v in numbers)
                {
                    perValue[v - question.ScaleMin]++;
                }

                return new QuestionTally(numbers.Count, perValue, numbers.Count == 0 ? null : numbers.Average(), Statistics.Median.Of(numbers), []);

            case QuestionKind.Ranking:
                var n = question.OptionCount;
                var points = new int[n];
                var counted = 0;
                foreach (var order in values.Select(Indexes))
                {
                    if (order.Count != n)
                    {
                        continue; // the options changed after this answer: it no longer ranks the same list
                    }

                    counted++;
                    for (var rank = 0; rank < n; rank++)
                    {
                        points[order[rank]] += n - 1 - rank;
                    }
                }

                return new QuestionTally(counted, points, null, null, []);

            default:
                var perOption = new int[question.OptionCount];
                foreach (var index in values.SelectMany(Indexes).Where(i => i < perOption.Length))
                {
                    perOption[index]++;
                }

                return new QuestionTally(values.Count, perOption, null, null, []);
        }
    }

    public static IReadOnlyList<int> Indexes(string value) =>
        [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(v => int.Parse(v, CultureInfo.InvariantCulture))];
}
