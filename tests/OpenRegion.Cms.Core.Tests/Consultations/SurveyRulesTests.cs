using OpenRegion.Cms.Core.Consultations;

namespace OpenRegion.Cms.Core.Tests.Consultations;

/// <summary>Survey answers: every kind's valid answers, what is refused, and the counts of the synthesis.</summary>
public sealed class SurveyRulesTests
{
    private static SurveyQuestion Q(QuestionKind kind, int options = 4, int? maxChoices = null) => new()
    {
        Kind = kind, PromptFr = "?", MaxChoices = maxChoices,
        OptionsFr = string.Join('\n', Enumerable.Range(1, options).Select(i => "Option " + i)),
        OptionsAr = kind is QuestionKind.Scale or QuestionKind.FreeText ? "" : string.Join('\n', Enumerable.Range(1, options).Select(i => "خيار " + i)),
    };

    private static (string? Value, AnswerProblem? Problem) Answer(SurveyQuestion q, params string?[] raw) => SurveyRules.Normalize(q, raw);

    [Theory]
    [InlineData(QuestionKind.SingleChoice)]
    [InlineData(QuestionKind.MultipleChoice)]
    [InlineData(QuestionKind.Scale)]
    [InlineData(QuestionKind.Ranking)]
    [InlineData(QuestionKind.FreeText)]
    public void Every_question_may_be_left_unanswered(QuestionKind kind) =>
        Answer(Q(kind), Enumerable.Repeat<string?>("  ", kind == QuestionKind.Ranking ? 4 : 1).ToArray()).ShouldBe((null, null));

    [Fact]
    public void A_single_choice_takes_one_of_its_options()
    {
        Answer(Q(QuestionKind.SingleChoice), "2").ShouldBe(("2", null));
        Answer(Q(QuestionKind.SingleChoice), "4").ShouldBe((null, AnswerProblem.UnknownOption));
        Answer(Q(QuestionKind.SingleChoice), "-1").ShouldBe((null, AnswerProblem.UnknownOption));
        Answer(Q(QuestionKind.SingleChoice), "deux").ShouldBe((null, AnswerProblem.UnknownOption));
        Answer(Q(QuestionKind.SingleChoice), "0", "1").ShouldBe((null, AnswerProblem.TooManyChoices));
    }

    [Fact]
    public void A_multiple_choice_takes_distinct_options_up_to_its_limit()
    {
        Answer(Q(QuestionKind.MultipleChoice), "3", "0").ShouldBe(("0,3", null));
        Answer(Q(QuestionKind.MultipleChoice, maxChoices: 2), "0", "1", "2").ShouldBe((null, AnswerProblem.TooManyChoices));
        Answer(Q(QuestionKind.MultipleChoice), "1", "1").ShouldBe((null, AnswerProblem.UnknownOption));
        Answer(Q(QuestionKind.MultipleChoice), "0", "1", "2", "3").ShouldBe(("0,1,2,3", null));
    }

    [Theory]
    [InlineData("1", "1", null)]
    [InlineData("5", "5", null)]
    [InlineData("0", null, AnswerProblem.OutOfRange)]
    [InlineData("6", null, AnswerProblem.OutOfRange)]
    [InlineData("2.5", null, AnswerProblem.OutOfRange)]
    [InlineData("٣", null, AnswerProblem.OutOfRange)] // Arabic-Indic digits are not what the radio buttons send
    [InlineData("99999999999999999999", null, AnswerProblem.OutOfRange)]
    public void A_scale_answer_is_a_whole_number_on_the_scale(string raw, string? value, AnswerProblem? problem) =>
        Answer(new SurveyQuestion { Kind = QuestionKind.Scale, ScaleMin = 1, ScaleMax = 5 }, raw).ShouldBe((value, problem));

    [Fact]
    public void A_ranking_gives_each_option_a_distinct_rank()
    {
        // Ranks per option 3,1,4,2 → options ordered by rank: 1,3,0,2.
        Answer(Q(QuestionKind.Ranking), "3", "1", "4", "2").ShouldBe(("1,3,0,2", null));
        Answer(Q(QuestionKind.Ranking), "1", "1", "2", "3").ShouldBe((null, AnswerProblem.IncompleteRanking));
        Answer(Q(QuestionKind.Ranking), "1", "2", "3", "").ShouldBe((null, AnswerProblem.IncompleteRanking));
        Answer(Q(QuestionKind.Ranking), "1", "2", "3", "5").ShouldBe((null, AnswerProblem.IncompleteRanking));
        Answer(Q(QuestionKind.Ranking), "1", "2", "3").ShouldBe((null, AnswerProblem.IncompleteRanking));
    }

    [Fact]
    public void A_free_text_has_a_length_limit()
    {
        Answer(Q(QuestionKind.FreeText), "  Plus de bancs au jardin  ").ShouldBe(("Plus de bancs au jardin", null));
        Answer(Q(QuestionKind.FreeText), new string('x', SurveyQuestion.MaxFreeTextLength + 1)).ShouldBe((null, AnswerProblem.TooLong));
    }

    [Fact]
    public void Options_missing_in_one_language_come_from_the_other()
    {
        var q = new SurveyQuestion { Kind = QuestionKind.SingleChoice, OptionsAr = "نعم\nلا", OptionsFr = "Oui\nNon\nSans avis" };
        q.OptionCount.ShouldBe(3);
        q.Options("ar").ShouldBe(["نعم", "لا", "Sans avis"]);
        q.Options("fr").ShouldBe(["Oui", "Non", "Sans avis"]);
    }

    [Fact]
    public void Choices_are_counted_per_option()
    {
        var tally = SurveyRules.Tally(Q(QuestionKind.MultipleChoice), ["0,3", "3", "1,3"]);
        tally.Respondents.ShouldBe(3);
        tally.Counts.ShouldBe([1, 1, 0, 3]);
    }

    [Fact]
    public void A_scale_gives_its_distribution_mean_and_median()
    {
        var tally = SurveyRules.Tally(new SurveyQuestion { Kind = QuestionKind.Scale, ScaleMin = 1, ScaleMax = 5 }, ["5", "4", "4", "1"]);
        tally.Counts.ShouldBe([1, 0, 0, 2, 1]);
        tally.Mean.ShouldBe(3.5);
        tally.Median.ShouldBe(4);
    }

    [Fact]
    public void A_ranking_gives_borda_points_first_place_counting_most()
    {
        // Two people rank options 1,3,0,2 and one ranks 0,1,2,3: points are 3,2,1,0 by place.
        var tally = SurveyRules.Tally(Q(QuestionKind.Ranking), ["1,3,0,2", "1,3,0,2", "0,1,2,3"]);
        tally.Respondents.ShouldBe(3);
        tally.Counts.ShouldBe([1 + 1 + 3, 3 + 3 + 2, 0 + 0 + 1, 2 + 2 + 0]);
    }

    [Fact]
    public void Free_texts_are_listed()
    {
        var tally = SurveyRules.Tally(Q(QuestionKind.FreeText), ["b", "a"]);
        tally.Respondents.ShouldBe(2);
        tally.Texts.ShouldBe(["b", "a"]);
    }
}
