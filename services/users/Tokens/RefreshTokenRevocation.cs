using K8sShop.Users.Data;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace K8sShop.Users.Tokens;

/// <summary>
/// <c>/connect/revoke</c> (RFC 7009) in degraded mode: OpenIddict has already authenticated the client
/// and decrypted the token; revoking a refresh token ends its whole session (every refresh token of its
/// family). Access tokens are self-contained JWTs that live minutes, so they cannot be revoked.
/// </summary>
public sealed class RefreshTokenRevocation(UsersDbContext db) : IOpenIddictServerHandler<HandleRevocationRequestContext>
{
    public async ValueTask HandleAsync(HandleRevocationRequestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var grantId = context.GenericTokenPrincipal?.GetClaim(ConnectEndpoints.GrantClaim);
        if (string.IsNullOrEmpty(grantId) || !context.GenericTokenPrincipal!.HasTokenType(OpenIddictConstants.TokenTypeIdentifiers.RefreshToken))
        {
            context.Reject(OpenIddictConstants.Errors.UnsupportedTokenType, "Only refresh tokens can be revoked.");
            return;
        }

        var family = await db.Grants.AsNoTracking().Where(g => g.Id == grantId).Select(g => g.FamilyId).FirstOrDefaultAsync();
        if (family is not null)
        {
            await Grants.RevokeFamilyAsync(db, family);
        }
    }
}
