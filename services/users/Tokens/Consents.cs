using K8sShop.Users.Data;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Users.Tokens;

/// <summary>What account holders allowed which clients, kept in <c>consents</c>.</summary>
public static class Consents
{
    /// <summary>The most consents the account page lists; older ones stay revocable by id.</summary>
    public const int MaxListed = 100;

    /// <summary>The remembered, unrevoked consent of an account for a client that covers every scope asked for.</summary>
    public static async Task<ClientConsent?> FindRememberedAsync(UsersDbContext db, Guid userId, string clientId, IReadOnlyCollection<string> scopes)
    {
        ArgumentNullException.ThrowIfNull(db);
        var remembered = await db.Consents.AsNoTracking()
            .Where(c => c.UserId == userId && c.ClientId == clientId && c.Remembered && c.RevokedAtUtc == null)
            .ToListAsync();
        return remembered.FirstOrDefault(c => scopes.All(c.ScopeList.Contains));
    }

    /// <summary>
    /// Records a yes from the consent page. Remembering widens the client's one remembered consent (its
    /// tokens stay valid) or creates it; a one-time yes gets a consent of its own.
    /// </summary>
    public static async Task<ClientConsent> GrantAsync(
        UsersDbContext db, Guid userId, string clientId, IReadOnlyCollection<string> scopes, bool remember, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = remember
            ? await db.Consents.FirstOrDefaultAsync(c => c.UserId == userId && c.ClientId == clientId && c.Remembered && c.RevokedAtUtc == null)
            : null;
        if (existing is not null)
        {
            existing.Scopes = string.Join(' ', existing.ScopeList.Union(scopes, StringComparer.Ordinal).Order(StringComparer.Ordinal));
            existing.GrantedAtUtc = now;
            await db.SaveChangesAsync();
            return existing;
        }

        var consent = new ClientConsent
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            ClientId = clientId,
            Scopes = string.Join(' ', scopes.Order(StringComparer.Ordinal)),
            Remembered = remember,
            GrantedAtUtc = now,
        };
        db.Consents.Add(consent);
        await db.SaveChangesAsync();
        return consent;
    }

    public static Task<bool> IsValidAsync(UsersDbContext db, Guid consentId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Consents.AnyAsync(c => c.Id == consentId && c.RevokedAtUtc == null);
    }

    public static Task<List<ClientConsent>> ListAsync(UsersDbContext db, Guid userId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Consents.AsNoTracking()
            .Where(c => c.UserId == userId && c.RevokedAtUtc == null)
            .OrderByDescending(c => c.GrantedAtUtc).ThenBy(c => c.Id)
            .Take(MaxListed)
            .ToListAsync();
    }

    /// <summary>
    /// Withdraws one of the account's consents and every code and refresh token issued under it. False
    /// when the account has no such consent (someone else's is not found either).
    /// </summary>
    public static async Task<bool> RevokeAsync(UsersDbContext db, Guid userId, Guid consentId, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync();
        var revoked = await db.Consents
            .Where(c => c.Id == consentId && c.UserId == userId && c.RevokedAtUtc == null)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.RevokedAtUtc, now));
        if (revoked == 0)
        {
            return false;
        }

        await db.Grants.Where(g => g.ConsentId == consentId && g.Status == GrantStatus.Valid)
            .ExecuteUpdateAsync(set => set.SetProperty(g => g.Status, GrantStatus.Revoked));
        await transaction.CommitAsync();
        return true;
    }
}
