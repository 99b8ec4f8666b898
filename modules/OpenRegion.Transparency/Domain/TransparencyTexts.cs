using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Transparency;

namespace OpenRegion.Transparency.Domain;

/// <summary>How the law's terms, the stages and the refusals read in the reader's language, for public and staff pages alike.</summary>
public sealed class TransparencyTexts(IStringLocalizer<TransparencyModule> T)
{
    public string Channel(ReceiptChannel channel) => channel switch
    {
        ReceiptChannel.Online => T["Filed online"],
        ReceiptChannel.Counter => T["Handed in at the office"],
        ReceiptChannel.Post => T["By post"],
        _ => T["By e-mail"],
    };

    public string Form(InformationForm form) => form switch
    {
        InformationForm.Electronic => T["Electronic copy"],
        InformationForm.PaperCopy => T["Paper copy"],
        _ => T["Consultation on site"],
    };

    public string Outcome(InformationOutcome outcome) => outcome switch
    {
        InformationOutcome.Full => T["Information given"],
        InformationOutcome.Partial => T["Information given in part"],
        _ => T["Refused"],
    };

    public string Exception(InformationException exception) => exception switch
    {
        InformationException.DefenceAndStateSecurity => T["National defence and the internal and external security of the State"],
        InformationException.PrivateLifeAndPersonalData => T["Private life and personal data"],
        InformationException.ForeignRelations => T["Relations with a foreign State or an international organisation"],
        InformationException.MonetaryAndEconomicPolicy => T["The State's monetary, economic or financial policy"],
        InformationException.IntellectualProperty => T["Industrial property, copyright and related rights"],
        InformationException.SecrecyOfDeliberations => T["Secrecy of deliberations"],
        InformationException.InquiriesAndCourtProcedures => T["Administrative inquiries and court procedures"],
        _ => T["Free and fair competition and private initiative"],
    };

    public string Stage(InformationStage stage) => stage switch
    {
        InformationStage.AwaitingAnswer => T["Awaiting the answer"],
        InformationStage.AnswerOverdue => T["Answer overdue"],
        InformationStage.Answered => T["Answered"],
        InformationStage.ComplaintOpen => T["Complaint to the head of the body"],
        InformationStage.ComplaintOverdue => T["Complaint unanswered past its deadline"],
        _ => T["Complaint answered"],
    };

    public string Refusal(InformationRefusal refusal) => refusal switch
    {
        InformationRefusal.BeforeReceipt => T["This date is before the request was received."],
        InformationRefusal.AlreadyAnswered => T["This request has already been answered: nothing was changed."],
        InformationRefusal.AlreadyExtended => T["The deadline can be extended only once, and it already was."],
        InformationRefusal.UrgentCannotBeExtended => T["An urgent request must be answered within 3 working days: its deadline cannot be extended."],
        InformationRefusal.ExtensionAfterDeadline => T["The extension must be notified before the first deadline ends; it has passed."],
        InformationRefusal.ExtensionNeedsReason => T["Give the reasons for the extension: the requester receives them."],
        InformationRefusal.WithholdingNeedsGround => T["A partial answer or a refusal must name the exception of article 7 it rests on."],
        InformationRefusal.FullAnswerHasNoGround => T["A full answer withholds nothing: untick the exceptions, or choose a partial answer."],
        InformationRefusal.ComplaintBeforeAnswerOrDeadline => T["A complaint can be filed once the answer has come, or once its deadline has passed without one."],
        InformationRefusal.ComplaintTooLate => T["The 20 working days to complain to the head of the body have passed."],
        InformationRefusal.AlreadyComplained => T["A complaint about this request has already been filed."],
        InformationRefusal.NoComplaint => T["There is no complaint to answer on this request."],
        _ => T["This complaint has already been answered: nothing was changed."],
    };

    public string Category(string category) => category switch
    {
        ComplaintCategories.Roads => T["Roads and tracks"],
        ComplaintCategories.Water => T["Water and sanitation"],
        ComplaintCategories.Waste => T["Cleanliness and waste"],
        ComplaintCategories.Lighting => T["Public lighting"],
        ComplaintCategories.Urbanism => T["Urban planning and building permits"],
        ComplaintCategories.Services => T["Administrative services and documents"],
        ComplaintCategories.Economy => T["Markets, shops and economic activity"],
        ComplaintCategories.Environment => T["Environment and green spaces"],
        _ => T["Other"],
    };

    public string Stage(ComplaintStage stage) => stage switch
    {
        ComplaintStage.Open => T["Being processed"],
        ComplaintStage.Overdue => T["Answer overdue"],
        ComplaintStage.AwaitingComplement => T["Awaiting what is missing"],
        ComplaintStage.Answered => T["Answered"],
        _ => T["Not processed"],
    };

    public string Ground(ComplaintGround ground) => ground switch
    {
        ComplaintGround.BeforeACourtOrJudged => T["The matter is before a court or has been judged"],
        ComplaintGround.OutsideCompetence => T["The matter is outside this council's competence"],
        _ => T["The complaint is abusive or insulting"],
    };

    public string Refusal(ComplaintRefusal refusal) => refusal switch
    {
        ComplaintRefusal.BeforeReceipt => T["This date is before the complaint was received."],
        ComplaintRefusal.AlreadyClosed => T["This complaint has already been answered: nothing was changed."],
        ComplaintRefusal.ComplementAlreadyAsked => T["What is missing has already been asked for once."],
        ComplaintRefusal.ComplementTooLate => T["What is missing must be asked for within 15 days of receipt; that time has passed."],
        ComplaintRefusal.ComplementNeedsWhat => T["Say what is missing or unclear: the complainant receives it."],
        ComplaintRefusal.AnswerNeedsText => T["Write the answer."],
        ComplaintRefusal.NotProcessedNeedsGround => T["Choose the ground of the decree for not processing the complaint."],
        ComplaintRefusal.OutsideCompetenceNeedsRedirect => T["Name the competent body the complainant should turn to."],
        ComplaintRefusal.NoComplementAsked => T["Nothing was asked to complete this complaint."],
        ComplaintRefusal.ComplementAlreadyReceived => T["The complement has already been received."],
        _ => T["Write what completes the complaint."],
    };

    public string Kind(SessionKind kind) => kind == SessionKind.Ordinary ? T["Ordinary session"] : T["Extraordinary session"];

    public string Outcome(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Adopted => T["Adopted"],
        DecisionOutcome.Rejected => T["Rejected"],
        DecisionOutcome.Postponed => T["Postponed"],
        _ => T["Withdrawn from the agenda"],
    };

    public string Refusal(SessionRefusal refusal, SessionRules rules) => refusal switch
    {
        SessionRefusal.OrdinaryOutsideLegalMonths => T["An ordinary session of this council sits in {0}; otherwise choose an extraordinary session.", string.Join(", ", rules.OrdinaryMonths.Select(m => System.Globalization.CultureInfo.CurrentCulture.DateTimeFormat.GetMonthName(m)))],
        SessionRefusal.ClosesBeforeOpening => T["The last day of the session is before its first."],
        SessionRefusal.SessionTooLong => T["A session lasts at most {0} days: check the dates.", SessionRules.MaxSessionDays],
        SessionRefusal.SessionNotHeldYet => T["The session has not sat yet: a decision is recorded once it has."],
        SessionRefusal.DecidedOutsideSession => T["The day of the decision must be one of the session's days, and not after today."],
        SessionRefusal.VotesNeeded => T["Give the votes for and against."],
        SessionRefusal.NegativeVotes => T["Votes cannot be negative."],
        SessionRefusal.AdoptedNeedsMajority => T["A decision is adopted only with more votes for than against."],
        SessionRefusal.RejectedHasMajority => T["With more votes for than against, the item is adopted, not rejected."],
        SessionRefusal.DecisionNeedsText => T["Write the decision adopted (Arabic or French)."],
        SessionRefusal.AlreadyPublished => T["This decision has already been posted: it can no longer be changed."],
        SessionRefusal.NoElectedMembers => T["No account has the role of elected member on this site yet: give the role to the members in Users, then convene them."],
        SessionRefusal.SessionOver => T["The session is over: there is no one to convene."],
        _ => T["Record the decision before posting it."],
    };

    public string Status(OgpStatus status) => status switch
    {
        OgpStatus.NoEvidence => T["No evidence available"],
        OgpStatus.NotStarted => T["Not started"],
        OgpStatus.Limited => T["Limited"],
        OgpStatus.Substantial => T["Substantial"],
        _ => T["Complete"],
    };

    public string State(MilestoneState state) => state switch
    {
        MilestoneState.NotStarted => T["Not started"],
        MilestoneState.InProgress => T["In progress"],
        _ => T["Done"],
    };

    public string Category(PublicationCategory category) => category switch
    {
        PublicationCategory.Budget => T["Budgets"],
        PublicationCategory.FinancialStatements => T["Financial statements"],
        PublicationCategory.ProcurementProgramme => T["Procurement programmes"],
        PublicationCategory.ProcurementResults => T["Procurement results"],
        PublicationCategory.Partnerships => T["Partnerships and conventions"],
        PublicationCategory.Grants => T["Grants to associations"],
        PublicationCategory.Recruitment => T["Recruitment"],
        PublicationCategory.Reports => T["Reports"],
        PublicationCategory.Statistics => T["Statistics"],
        PublicationCategory.Planning => T["Planning documents"],
        PublicationCategory.Organisation => T["Organisation and procedures"],
        PublicationCategory.Services => T["Services to the public"],
        PublicationCategory.Licences => T["Licences and authorisations"],
        _ => T["Election results"],
    };

    public string Table(FinancialTable table) => table switch
    {
        FinancialTable.Resources => T["Resources: budgeted, collected, uncollected, rate"],
        FinancialTable.Loans => T["Loans"],
        FinancialTable.GrantsToAssociations => T["Grants to associations"],
        FinancialTable.OperatingExpenditure => T["Operating expenditure"],
        FinancialTable.CapitalExpenditure => T["Capital expenditure"],
        FinancialTable.SpecialAccounts => T["Special accounts"],
        _ => T["Annexed budgets"],
    };

    public string Language(PublicationLanguage language) => language switch
    {
        PublicationLanguage.Arabic => T["Arabic"],
        PublicationLanguage.French => T["French"],
        PublicationLanguage.ArabicAndFrench => T["Arabic and French"],
        _ => T["Tamazight"],
    };

    public string Refusal(PublicationRefusal refusal, int months) => refusal switch
    {
        PublicationRefusal.TitleNeeded => T["Give the document's title in Arabic or French."],
        PublicationRefusal.PeriodReversed => T["The period ends before it starts."],
        PublicationRefusal.TableNeeded => T["Say which of the seven tables of the financial statements this is."],
        PublicationRefusal.TableOnlyForStatements => T["Only the financial statements have a table number."],
        PublicationRefusal.PublishedInFuture => T["The day of publication cannot be in the future."],
        PublicationRefusal.ActAfterPublication => T["The act cannot come after the document's publication."],
        PublicationRefusal.FileOrLinkNeeded => T["Attach the document or give its address on an official site."],
        PublicationRefusal.FileAndLink => T["Attach the document or give its address, not both."],
        PublicationRefusal.LinkNotHttps => T["The address must be a secure web address (https://…)."],
        PublicationRefusal.AlreadyWithdrawn => T["This document has already been withdrawn."],
        _ => T["Give the reason for withdrawing the document."],
    };

    public string Refusal(CitizenBudgetRefusal refusal) => refusal switch
    {
        CitizenBudgetRefusal.YearOutOfRange => T["Give a financial year between 2000 and 2100."],
        CitizenBudgetRefusal.YearExists => T["A citizen budget already exists for this year."],
        CitizenBudgetRefusal.TitleNeeded => T["Give the title in Arabic or French."],
        CitizenBudgetRefusal.NoLines => T["The file has no budget line."],
        CitizenBudgetRefusal.NothingToPublish => T["Load the budget's revenue and spending before publishing it."],
        CitizenBudgetRefusal.NotPublished => T["This citizen budget is not published."],
        _ => T["The day of adoption cannot be in the future."],
    };

    public string LineError(BudgetLineProblem problem) => problem.Error switch
    {
        BudgetLineError.MissingColumns => T["Line {0}: the header lacks the columns {1}.", problem.Line, problem.Value],
        BudgetLineError.UnknownSide => T["Line {0}: the side must be revenue or spending (read: “{1}”).", problem.Line, problem.Value],
        BudgetLineError.UnknownSection => T["Line {0}: the section must be operating or investment (read: “{1}”).", problem.Line, problem.Value],
        BudgetLineError.CategoryNeeded => T["Line {0}: the category is missing.", problem.Line],
        BudgetLineError.LabelNeeded => T["Line {0}: the label is missing.", problem.Line],
        BudgetLineError.BadAmount => T["Line {0}: the amount must be a positive number of dirhams (read: “{1}”).", problem.Line, problem.Value],
        BudgetLineError.TooLong => T["Line {0}: a text is too long (“{1}…”).", problem.Line, problem.Value],
        BudgetLineError.UnknownArea => T["Line {0}: the area must be rural, urban or empty (read: “{1}”).", problem.Line, problem.Value],
        BudgetLineError.UnknownGender => T["Line {0}: the gender tag must be targeted, sensitive or empty (read: “{1}”).", problem.Line, problem.Value],
        _ => T["Line {0}: the file has more than {1} lines.", problem.Line, problem.Value],
    };

    public string Area(BudgetArea area) => area switch
    {
        BudgetArea.Rural => T["Rural"],
        BudgetArea.Urban => T["Urban"],
        _ => "",
    };

    public string Gender(GenderTag tag) => tag switch
    {
        GenderTag.Targeted => T["Aimed at women and girls"],
        GenderTag.Sensitive => T["Narrows a gap between women and men"],
        _ => "",
    };
}
