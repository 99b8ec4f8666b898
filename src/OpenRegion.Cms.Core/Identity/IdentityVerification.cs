using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Budgeting;
using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Identity;

public enum VerificationOutcome
{
    Verified,

    /// <summary>The card number is not one as printed on a CNIE.</summary>
    BadCardNumber,

    /// <summary>No line of this site's roll has this card and birth date.</summary>
    NotOnRoll,

    /// <summary>Another account already holds this card.</summary>
    CardOfAnotherAccount,

    /// <summary>The account declared a different card before (to vote).</summary>
    OtherCardDeclared,
}

/// <summary>
/// Verifies a citizen's identity: the card number and birth date they type must match a line of the roll this
/// tenant imported; staff may also verify someone they saw in person. Afterwards the account carries the card's
/// fingerprint (one account per card), the commune of residence, and whether they are on the electoral roll. The
/// number itself is never stored.
/// </summary>
public static class IdentityVerification
{
    public static async Task<VerificationOutcome> VerifyAsync(ICmsDbContext db, VoterIdentity identity, string userId, string? cardNumber, DateOnly birthDate, string tenantId, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        if (!VoterIdentity.TryNormalize(cardNumber, out var card))
        {
            return VerificationOutcome.BadCardNumber;
        }

        var key = identity.Key(card);
        var entry = await db.Set<ElectoralRollEntry>().AsNoTracking().FirstOrDefaultAsync(e => e.IdentityKey == key, cancellationToken);
        if (entry is null || entry.BirthDate != birthDate)
        {
            return VerificationOutcome.NotOnRoll;
        }

        return await RecordAsync(db, userId, key, entry.ResidenceTenantId, entry.Source == RollSource.ElectoralRoll, "roll:" + tenantId, clock, cancellationToken);
    }

    /// <summary>Staff saw the card: the account gets its fingerprint and the commune written on it.</summary>
    public static Task<VerificationOutcome> VerifyInPersonAsync(ICmsDbContext db, string userId, string key, string residenceTenantId, bool onElectoralRoll, string tenantId, string staffUserId, TimeProvider clock, CancellationToken cancellationToken = default) =>
        RecordAsync(db, userId, key, residenceTenantId, onElectoralRoll, $"staff:{tenantId}:{staffUserId}", clock, cancellationToken);

    private static async Task<VerificationOutcome> RecordAsync(ICmsDbContext db, string userId, string key, string residence, bool onRoll, string by, TimeProvider clock, CancellationToken cancellationToken)
    {
        var user = await db.Set<CmsUser>().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken)
            ?? throw new InvalidOperationException("Unknown account.");
        if (user.VoterKey is { } declared && declared != key)
        {
            return VerificationOutcome.OtherCardDeclared;
        }

        if (await db.Set<CmsUser>().AnyAsync(u => u.VoterKey == key && u.Id != userId, cancellationToken))
        {
            return VerificationOutcome.CardOfAnotherAccount;
        }

        user.VoterKey = key;
        user.ResidenceTenantId = residence;
        user.IdentityVerifiedUtc = clock.GetUtcNow();
        user.IdentityVerifiedBy = by;
        user.OnElectoralRoll = onRoll;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another account took the card at the same moment: the unique index decided.
            return VerificationOutcome.CardOfAnotherAccount;
        }

        return VerificationOutcome.Verified;
    }
}
