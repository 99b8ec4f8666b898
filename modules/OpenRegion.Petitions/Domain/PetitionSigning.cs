using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Notifications;
using OpenRegion.Cms.Core.Petitions;
using OpenRegion.Cms.Core.Workflows;

namespace OpenRegion.Petitions.Domain;

/// <summary>Why someone cannot sign, each with its own explanation on the page.</summary>
public enum SignRefusal
{
    NotCollecting,
    NotVerified,
    NotInTerritory,
    NotOnElectoralRoll,
    NoDirectInterest,
    AlreadySigned,
}

/// <summary>Who signs: the card's fingerprint, the account (online), the name (for the bureau), what was verified and declared.</summary>
public sealed record Signer(
    string Key,
    string? UserId,
    string Name,
    bool Verified,
    bool OnElectoralRoll,
    string? ResidenceTenantId,
    string? ActivityCommuneId,
    bool DirectInterest);

/// <summary>
/// Signing, online or from a paper form: who may sign (verified identity; living in the territory or carrying on an
/// activity there; a direct interest; on the electoral roll where the law requires it), and one signature per card
/// and petition whatever the channel — the unique index decides, and the petition row's update both counts the
/// signature and refuses it once the petition is no longer collecting.
/// </summary>
public static class PetitionSigning
{
    public static (IReadOnlyList<SignRefusal> Refusals, string? Commune, SignatureBasis Basis) Check(PetitionState state, Signer signer, IReadOnlySet<string> territory, bool requireElectoralRoll)
    {
        var refusals = new List<SignRefusal>();
        if (!PetitionStateMachine.IsCollecting(state))
        {
            refusals.Add(SignRefusal.NotCollecting);
        }

        if (!signer.Verified)
        {
            refusals.Add(SignRefusal.NotVerified);
        }

        string? commune = null;
        var basis = SignatureBasis.Resident;
        if (signer.ResidenceTenantId is { } residence && territory.Contains(residence))
        {
            commune = residence;
        }
        else if (signer.ActivityCommuneId is { } activity && territory.Contains(activity))
        {
            commune = activity;
            basis = SignatureBasis.Activity;
        }
        else if (signer.Verified)
        {
            refusals.Add(SignRefusal.NotInTerritory);
        }

        if (requireElectoralRoll && signer.Verified && !signer.OnElectoralRoll)
        {
            refusals.Add(SignRefusal.NotOnElectoralRoll);
        }

        if (!signer.DirectInterest)
        {
            refusals.Add(SignRefusal.NoDirectInterest);
        }

        return (refusals, commune, basis);
    }

    /// <returns>No refusal when the signature is stored (with the signer's follow of the petition, online).</returns>
    public static async Task<IReadOnlyList<SignRefusal>> SignAsync(ICmsDbContext db, Petition petition, Signer signer, SignatureChannel channel, string? recordedBy,
        IReadOnlySet<string> territory, bool requireElectoralRoll, Func<string, string?> provinceOf, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (refusals, commune, basis) = Check(petition.State, signer, territory, requireElectoralRoll);
        if (refusals.Count == 0 && await db.Set<PetitionSignature>().AnyAsync(s => s.PetitionId == petition.Id && s.SignerKey == signer.Key, cancellationToken))
        {
            refusals = [SignRefusal.AlreadySigned];
        }

        if (refusals.Count > 0)
        {
            return refusals;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var counted = await db.Set<Petition>()
            .Where(p => p.Id == petition.Id && p.State == PetitionState.Collecting)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.SignatureCount, p => p.SignatureCount + 1), cancellationToken);
        if (counted == 0)
        {
            return [SignRefusal.NotCollecting];
        }

        db.Set<PetitionSignature>().Add(new PetitionSignature
        {
            PetitionId = petition.Id, SignerKey = signer.Key, UserId = signer.UserId, SignerName = signer.Name, CommuneTenantId = commune!,
            ProvinceTenantId = provinceOf(commune!), Basis = basis, Channel = channel, SignedUtc = clock.GetUtcNow(), RecordedBy = recordedBy,
        });
        if (signer.UserId is { } userId)
        {
            await Follows.FollowAsync(db, userId, PetitionEvents.Subject(petition.Id), clock, cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same card signed at the same moment (a double tap, or the paper form entered while signing online).
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return [SignRefusal.AlreadySigned];
        }

        await transaction.CommitAsync(cancellationToken);
        return [];
    }
}
