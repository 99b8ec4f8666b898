using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.AdvisoryBodies;

namespace OpenRegion.AdvisoryBodies.Domain;

/// <summary>How states, roles and refusals read in the reader's language (one place for the public and staff pages).</summary>
public sealed class AdvisoryTexts(IStringLocalizer<AdvisoryBodiesModule> T)
{
    public string State(Opinion opinion, DateOnly today) => opinion.State switch
    {
        OpinionState.Drafting when opinion.IsLate(today) => T["Due date passed, opinion not submitted"],
        OpinionState.Drafting => T["Opinion being drafted"],
        OpinionState.Submitted => T["Opinion submitted, awaiting the council's response"],
        _ => T["The council responded"],
    };

    public string Origin(OpinionOrigin origin) => origin == OpinionOrigin.Referral ? T["Referral by the council"] : T["Own initiative"];

    public string Role(BodyRole role) => role switch
    {
        BodyRole.Chair => T["Chair"],
        BodyRole.Rapporteur => T["Rapporteur"],
        _ => T["Member"],
    };

    public string Refusal(OpinionRefusal refusal) => refusal switch
    {
        OpinionRefusal.NotAMember => T["Only the sitting members of this body can work on its opinions."],
        OpinionRefusal.NotDrafting => T["This opinion was submitted: its text can no longer change."],
        OpinionRefusal.StaleVersion => T["Another member saved a new version while you were editing. Your text is kept below: compare it with the latest version, then save again."],
        OpinionRefusal.NotChairOrRapporteur => T["Only the body's chair or rapporteur submits its opinion to the council."],
        OpinionRefusal.NoSuchVersion => T["Choose a saved version of the text to submit."],
        OpinionRefusal.AdoptionDate => T["The adoption date must be between the day the file was opened and today."],
        _ => T["Give the votes of the meeting that adopted the opinion: more votes for than against, each a whole number up to 1,000."],
    };
}
