using OpenRegion.Cms.Core.Budgeting.Model;
using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Consultations;

public enum QuestionKind
{
    /// <summary>One option among several.</summary>
    SingleChoice,

    /// <summary>Any options, up to <see cref="SurveyQuestion.MaxChoices"/> when set.</summary>
    MultipleChoice,

    /// <summary>A whole number from <see cref="SurveyQuestion.ScaleMin"/> to <see cref="SurveyQuestion.ScaleMax"/>.</summary>
    Scale,

    /// <summary>Every option gets a distinct rank, 1 for the most important.</summary>
    Ranking,

    /// <summary>A short text.</summary>
    FreeText,
}

/// <summary>An optional survey question of a consultation; its options are one per line, in Arabic and French.</summary>
public sealed class SurveyQuestion : ITenantOwned
{
    public const int MaxPromptLength = 500;
    public const int MaxOptions = 12;
    public const int MaxOptionLength = 200;
    public const int MaxFreeTextLength = 2000;

    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public long ConsultationId { get; set; }

    public int Position { get; set; }

    public QuestionKind Kind { get; set; }

    public string PromptAr { get; set; } = "";

    public string PromptFr { get; set; } = "";

    /// <summary>The options, one per line (choices and ranking).</summary>
    public string OptionsAr { get; set; } = "";

    public string OptionsFr { get; set; } = "";

    public int ScaleMin { get; set; } = 1;

    public int ScaleMax { get; set; } = 5;

    /// <summary>For a multiple choice: how many options one may tick at most; null for no limit.</summary>
    public int? MaxChoices { get; set; }

    public string Prompt(string culture) => Bilingual.Pick(culture, PromptAr, PromptFr);

    public bool HasOptions => Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice or QuestionKind.Ranking;

    /// <summary>The options in the reader's language; an option missing in one language is taken from the other.</summary>
    public IReadOnlyList<string> Options(string culture)
    {
        var ar = Lines(OptionsAr);
        var fr = Lines(OptionsFr);
        return [.. Enumerable.Range(0, Math.Max(ar.Count, fr.Count)).Select(i => Bilingual.Pick(culture, i < ar.Count ? ar[i] : "", i < fr.Count ? fr[i] : ""))];
    }

    public int OptionCount => HasOptions ? Math.Max(Lines(OptionsAr).Count, Lines(OptionsFr).Count) : 0;

    public static IReadOnlyList<string> Lines(string text) =>
        [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
}

/// <summary>
/// One participant's answer to one question, normalized by <see cref="SurveyRules.Normalize"/>: the option index
/// ("2"), indexes ("0,3"), the scale value ("4"), the option indexes from first to last rank ("2,0,1"), or the text.
/// A participant changes it while the consultation is open; there is one per question and person.
/// </summary>
public sealed class SurveyAnswer : ITenantOwned
{
    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public long ConsultationId { get; set; }

    public long QuestionId { get; set; }

    public string UserId { get; set; } = "";

    public string Value { get; set; } = "";

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset UpdatedUtc { get; set; }
}
