using System.Globalization;
using OpenRegion.Cms.Core.Petitions;
using OpenRegion.Cms.Core.Workflows.Rules;

namespace OpenRegion.Petitions.Domain;

/// <summary>
/// What the module tells the rest of the platform: a petition changed state (filed, opened, deposited, accepted,
/// referred, deliberated, rejected, withdrawn). Tenant rules can act on it; followers (the filer and the signers)
/// are told by the module itself, in the same transaction as the change.
/// </summary>
public static class PetitionEvents
{
    public const string StateChanged = "petition.state-changed";

    /// <param name="State">The new state: Collecting, Deposited, Accepted, InCommittee, Deliberated, Rejected or Withdrawn.</param>
    public sealed record StatePayload(long PetitionId, string Title, string State, string? Note, string? ReceiptNumber, int Signatures, string Url);

    /// <summary>What the filer and the signers follow ("petition:12").</summary>
    public static string Subject(long petitionId) => "petition:" + petitionId.ToString(CultureInfo.InvariantCulture);

    public static string Url(long petitionId) => "/petitions/" + petitionId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The deadline of the bureau's reasoned notice of rejection.</summary>
    public static string NoticeDeadlineKey(long petitionId) => $"petition:{petitionId.ToString(CultureInfo.InvariantCulture)}:notice";

    public static IEnumerable<EventTypeDefinition> Catalog { get; } =
    [
        new(StateChanged, new Dictionary<string, string>
        {
            ["ar"] = "تغير حالة عريضة",
            ["fr"] = "Changement d'état d'une pétition",
            ["en"] = "A petition's state changes",
            ["zgh"] = "ⴰⵙⵏⴼⵍ ⵏ ⵡⴰⴷⴷⴰⴷ ⵏ ⵜⵙⵓⵜⵔⴰ",
        }, new Dictionary<string, string>
        {
            ["petitionId"] = "the petition's number",
            ["title"] = "its subject",
            ["state"] = "Collecting, Deposited, Accepted, InCommittee, Deliberated, Rejected or Withdrawn",
            ["note"] = "the reasons or details given with the change",
            ["receiptNumber"] = "the deposit receipt's number, once deposited",
            ["signatures"] = "its number of signatures",
            ["url"] = "its public address",
        }),
    ];

    public static StatePayload Payload(Petition petition, string? note) =>
        new(petition.Id, petition.Title, petition.State.ToString(), note, petition.ReceiptNumber, petition.SignatureCount, Url(petition.Id));
}
