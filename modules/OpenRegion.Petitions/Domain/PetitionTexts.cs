using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Petitions;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Petitions.Domain;

/// <summary>How states, refusals and verification outcomes read in the reader's language (one place for the public and staff pages).</summary>
public sealed class PetitionTexts(IStringLocalizer<PetitionsModule> T)
{
    public string State(PetitionState state) => state switch
    {
        PetitionState.Draft => T["Draft"],
        PetitionState.Collecting => T["Collecting signatures"],
        PetitionState.Deposited => T["Deposited, under examination"],
        PetitionState.Accepted => T["Accepted, on the next session's agenda"],
        PetitionState.InCommittee => T["In committee"],
        PetitionState.Deliberated => T["Deliberated by the council"],
        PetitionState.Rejected => T["Rejected"],
        _ => T["Withdrawn"],
    };

    public string Filer(PetitionFiler filer) => filer == PetitionFiler.Association ? T["An association"] : T["Citizens"];

    public string Refusal(SignRefusal refusal) => refusal switch
    {
        SignRefusal.NotCollecting => T["This petition is not collecting signatures any more: it was deposited, withdrawn or decided."],
        SignRefusal.NotVerified => T["Your identity must be verified before you sign: it takes a minute with your identity card and birth date."],
        SignRefusal.NotInTerritory => T["Only people who live in the territory, or carry on an economic, commercial or professional activity there, can sign. Your commune of residence is outside it: if you work here, choose the commune of your activity."],
        SignRefusal.NotOnElectoralRoll => T["For a petition to this council, signers must meet the conditions to be on the electoral lists, and your verification did not find you on the electoral roll. Staff can check your registration in person."],
        SignRefusal.NoDirectInterest => T["Confirm that you share a direct interest in the petition's subject."],
        _ => T["You have already signed this petition (online or on paper): each person signs once."],
    };

    public string Verification(VerificationOutcome outcome) => outcome switch
    {
        VerificationOutcome.Verified => T["Your identity is verified."],
        VerificationOutcome.BadCardNumber => T["Type the number of your national identity card (CNIE) as it is printed, e.g. AB123456."],
        VerificationOutcome.NotOnRoll => T["No entry of this site's electoral roll or census extract has this card number and birth date. Check both, or go to the council's office with your card."],
        VerificationOutcome.CardOfAnotherAccount => T["This identity card number is already used by another account. If it is yours, go to the council's office with your card."],
        _ => T["Your account already has another identity card number. Go to the council's office with your card."],
    };

    public string Shortfall(AssociationShortfall shortfall, AssociationFacts facts) => shortfall switch
    {
        AssociationShortfall.TooYoung => T["An association can petition the council only if it was founded more than {0} years ago; this one was founded on {1}.", AssociationConditions.MinimumAgeYears, facts.FoundedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)],
        AssociationShortfall.TooFewMembers => T["An association petitioning a provincial council must have more than {0} members.", AssociationConditions.ProvinceMinimumMembers],
        AssociationShortfall.NoSeatInTerritory => T["The association must have its seat or a branch in the territory."],
        AssociationShortfall.NotInGoodStanding => T["The association must be in good standing with the law and its statutes."],
        AssociationShortfall.NotDemocratic => T["The association must be run democratically under its statutes."],
        _ => T["The association's activity must be linked to the petition's subject."],
    };

    public string Level(TenantKind kind) => kind switch
    {
        TenantKind.Region => T["regional council"],
        TenantKind.Province => T["provincial council"],
        _ => T["communal council"],
    };

    public string Attachment(string kind) => kind switch
    {
        AttachmentKinds.DeclarationReceipt => T["Final receipt of declaration"],
        AttachmentKinds.Statutes => T["Statutes"],
        AttachmentKinds.Mandate => T["Mandate of the person following the file"],
        _ => T["Supporting document"],
    };
}

/// <summary>The documents the decree asks of an association, and others a filer may add.</summary>
public static class AttachmentKinds
{
    public const string DeclarationReceipt = "declaration-receipt";
    public const string Statutes = "statutes";
    public const string Mandate = "mandate";
    public const string Supporting = "supporting";

    public static IReadOnlyList<string> All { get; } = [DeclarationReceipt, Statutes, Mandate, Supporting];
}

/// <summary>One attached document: its kind and the media library item.</summary>
public sealed record PetitionAttachment(string Kind, long MediaId);
