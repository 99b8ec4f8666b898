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
