using K8sShop.Users.Data;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Users.Tokens;

/// <summary>Single-use codes and rotating refresh tokens, kept in <c>issued_grants</c>.</summary>
public static class Grants
{
    /// <summary>Records a code or refresh token about to be issued; its id travels inside the token.</summary>
    public static async Task<IssuedGrant> IssueAsync(UsersDbContext db, GrantKind kind, Guid userId, string clientId, string familyId, TimeSpan lifetime, TimeProvider clock, Guid? consentId = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var grant = new IssuedGrant
        {
            Id = Guid.NewGuid().ToString("N"),
            FamilyId = familyId,
            Kind = kind,
            UserId = userId,
            ClientId = clientId,
            Status = GrantStatus.Valid,
            CreatedAtUtc = now,
            ExpiresAtUtc = now + lifetime,
            ConsentId = consentId,
        };
        db.Grants.Add(grant);
        await db.SaveChangesAsync();
        return grant;
    }

    /// <summary>
    /// Spends a grant: one conditional UPDATE, so of two concurrent redemptions exactly one wins. A
    /// grant presented again after it was spent means it was copied: its whole family is revoked.
    /// </summary>
    public static async Task<RedeemOutcome> RedeemAsync(UsersDbContext db, string? grantId, GrantKind kind, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        if (string.IsNullOrEmpty(grantId))
        {
            return RedeemOutcome.Unknown;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var spent = await db.Grants
            .Where(g => g.Id == grantId && g.Kind == kind && g.Status == GrantStatus.Valid && g.ExpiresAtUtc > now)
            .ExecuteUpdateAsync(set => set.SetProperty(g => g.Status, GrantStatus.Redeemed).SetProperty(g => g.RedeemedAtUtc, now));
        if (spent == 1)
        {
            return RedeemOutcome.Redeemed;
        }

        var grant = await db.Grants.AsNoTracking().FirstOrDefaultAsync(g => g.Id == grantId);
        if (grant?.Status == GrantStatus.Redeemed)
        {
            await RevokeFamilyAsync(db, grant.FamilyId);
            return RedeemOutcome.Reused;
        }

        return RedeemOutcome.Unknown;
    }

    public static Task<int> RevokeFamilyAsync(UsersDbContext db, string familyId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Grants.Where(g => g.FamilyId == familyId && g.Status == GrantStatus.Valid)
            .ExecuteUpdateAsync(set => set.SetProperty(g => g.Status, GrantStatus.Revoked));
    }

    /// <summary>Ends every session of an account: its codes and refresh tokens stop working.</summary>
    public static Task<int> RevokeAllAsync(UsersDbContext db, Guid userId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Grants.Where(g => g.UserId == userId && g.Status == GrantStatus.Valid)
            .ExecuteUpdateAsync(set => set.SetProperty(g => g.Status, GrantStatus.Revoked));
    }
}
