using Microsoft.Extensions.Localization;

namespace OpenRegion.Cms.Web.Hosting;

/// <summary>The citizen's words for each kind of personal data (<see cref="OpenRegion.Cms.Core.Privacy.PersonalData.Kinds"/>), for the "My data" page.</summary>
public static class PersonalDataLabels
{
    public static string Of(IStringLocalizer T, string kind) => kind switch
    {
        "follows" => T["Things you follow"],
        "notifications" => T["Notifications sent to you"],
        "consultation-blocks" => T["Moderation measures about you"],
        "invitations" => T["Invitations to join a team"],
        "ballots" => T["Your ballots (participatory budgets)"],
        "petition-signatures" => T["Your petition signatures"],
        "idea-supports" => T["Ideas you supported"],
        "contribution-reactions" => T["Your agreements and disagreements"],
        "contribution-reports" => T["Contributions you reported"],
        "survey-answers" => T["Your survey answers"],
        "participant-profiles" => T["What you said about yourself (age, gender)"],
        "contributions" => T["Your contributions to consultations"],
        "ideas" => T["Your ideas"],
        "budget-proposals" => T["Projects you proposed"],
        "petitions-filed" => T["Petitions you filed"],
        "lab-solutions" => T["Your solutions to lab challenges"],
        "lab-event-registrations" => T["Your registrations to lab events"],
        "opinion-versions" => T["Drafts of advisory opinions you wrote"],
        "opinion-comments" => T["Your comments on advisory opinions"],
        "advisory-body-mandates" => T["Your mandates in advisory bodies"],
        "jury-conflicts" => T["Conflicts of interest you declared"],
        "jury-sheets" => T["Your jury score sheets"],
        "deadlines-assigned" => T["Deadlines assigned to you"],
        "audit-entries" => T["Your actions in the audit log"],
        "information-requests" => T["Your requests for information"],
        "complaints" => T["Your complaints"],
        _ => kind,
    };
}
