using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Consultations;

namespace OpenRegion.Consultations.Domain;

/// <summary>How phases and refusals read in the reader's language (one place for the public and staff pages).</summary>
public sealed class ConsultationTexts(IStringLocalizer<ConsultationsModule> T)
{
    public string Phase(ConsultationPhase phase) => phase switch
    {
        ConsultationPhase.Draft => T["In preparation"],
        ConsultationPhase.Open => T["Open for contributions"],
        ConsultationPhase.Closed => T["Closed, synthesis in preparation"],
        _ => T["Synthesis published"],
    };

    public string IdeaState(IdeaState state) => state switch
    {
        Cms.Core.Consultations.IdeaState.Submitted => T["Awaiting the council's answer"],
        Cms.Core.Consultations.IdeaState.UnderStudy => T["Under study"],
        Cms.Core.Consultations.IdeaState.Accepted => T["Accepted"],
        Cms.Core.Consultations.IdeaState.NotRetained => T["Not retained"],
        _ => T["Became a project"],
    };

    public string Gender(string key) => key switch
    {
        nameof(Cms.Core.Consultations.Gender.Woman) => T["Women"],
        nameof(Cms.Core.Consultations.Gender.Man) => T["Men"],
        _ => T["Did not say"],
    };

    public string AgeBand(string key) => key switch
    {
        nameof(Cms.Core.Consultations.AgeBand.Under18) => T["Under 18"],
        nameof(Cms.Core.Consultations.AgeBand.From18To24) => T["18 to 24"],
        nameof(Cms.Core.Consultations.AgeBand.From25To34) => T["25 to 34"],
        nameof(Cms.Core.Consultations.AgeBand.From35To49) => T["35 to 49"],
        nameof(Cms.Core.Consultations.AgeBand.From50To64) => T["50 to 64"],
        nameof(Cms.Core.Consultations.AgeBand.From65) => T["65 and over"],
        _ => T["Did not say"],
    };

    public string Kind(QuestionKind kind) => kind switch
    {
        QuestionKind.SingleChoice => T["Single choice"],
        QuestionKind.MultipleChoice => T["Multiple choice"],
        QuestionKind.Scale => T["Scale"],
        QuestionKind.Ranking => T["Ranking"],
        _ => T["Free text"],
    };

    public string Problem(SurveyQuestion question, AnswerProblem problem) => problem switch
    {
        AnswerProblem.UnknownOption => T["Choose among the options shown."],
        AnswerProblem.TooManyChoices => T["Choose at most {0} options.", question.Kind == QuestionKind.SingleChoice ? 1 : question.MaxChoices ?? question.OptionCount],
        AnswerProblem.OutOfRange => T["Choose a value from {0} to {1}.", question.ScaleMin, question.ScaleMax],
        AnswerProblem.IncompleteRanking => T["Give each option a different rank, from 1 (most important) to {0}.", question.OptionCount],
        _ => T["At most {0} characters.", SurveyQuestion.MaxFreeTextLength],
    };

    public string Refusal(ContributionRefusal refusal) => refusal switch
    {
        ContributionRefusal.NotOpen => T["This consultation is not open for contributions."],
        ContributionRefusal.UnknownSection => T["This section is not part of this consultation."],
        ContributionRefusal.SectionHidden => T["This section is withdrawn from comment."],
        ContributionRefusal.UnknownParent => T["The contribution you answer is not (or no longer) shown."],
        ContributionRefusal.Blocked => T["Your account can no longer contribute to this site's consultations. Contact the council if you think this is a mistake."],
        _ => T["You have already reported this contribution."],
    };
}

/// <summary>The counts a consultation page and its synthesis show: both channels side by side.</summary>
public sealed record ConsultationStats(int OnlineContributions, int OnlineParticipants, int WorkshopContributions, int Workshops, int WorkshopParticipants)
{
    public int Participants => OnlineParticipants + WorkshopParticipants;
}
