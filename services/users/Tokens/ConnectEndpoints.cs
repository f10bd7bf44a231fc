using System.Collections.Immutable;
using System.Security.Claims;
using K8sShop.ServiceDefaults.Auth;
using K8sShop.Users.Accounts;
using K8sShop.Users.Data;
using K8sShop.Users.Pages;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace K8sShop.Users.Tokens;

/// <summary>
/// The parts of the OpenID Connect endpoints that need the shop's own decisions: who the user is
/// (the login cookie), what goes into their tokens (roles), and the single-use and rotation rules
/// for codes and refresh tokens. OpenIddict does the protocol around them.
/// </summary>
public static class ConnectEndpoints
{
    /// <summary>Private claims: the issued_grants row of a code or refresh token, and its family.</summary>
    public const string GrantClaim = "k8s_grant";
    public const string FamilyClaim = "k8s_family";

    /// <summary>Private claim: the consent a client that needs one was given (absent for the storefront).</summary>
    public const string ConsentClaim = "k8s_consent";

    public static IEndpointRouteBuilder MapConnect(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var connect = app.MapGroup("/connect").AllowAnonymous().ExcludeFromDescription();
        connect.MapMethods("/authorize", [HttpMethods.Get, HttpMethods.Post], Authorize).DisableAntiforgery();
        connect.MapPost("/token", Token).DisableAntiforgery();
        connect.MapMethods("/logout", [HttpMethods.Get, HttpMethods.Post], Logout).DisableAntiforgery();
        connect.MapMethods("/userinfo", [HttpMethods.Get, HttpMethods.Post], UserInfoEndpoint.HandleAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> Authorize(
        HttpContext http, UserManager<ShopUser> users, SignInManager<ShopUser> signIn, UsersDbContext db, IOptions<IssuerOptions> options,
        RegisteredClients clients, IAntiforgery antiforgery, IOptions<AntiforgeryOptions> antiforgeryOptions, TimeProvider clock)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var session = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = session.Succeeded ? await users.GetUserAsync(session.Principal) : null;
        if (user is null || request.HasPromptValue(PromptValues.Login) || !await signIn.CanSignInAsync(user))
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Reject(Errors.LoginRequired, "The user is not signed in.");
            }

            var parameters = http.Request.HasFormContentType ? http.Request.Form.ToList() : http.Request.Query.ToList();
            parameters.RemoveAll(p => ConsentPage.IsPageField(p.Key, antiforgeryOptions.Value.FormFieldName));
            return Results.Challenge(
                new AuthenticationProperties { RedirectUri = http.Request.PathBase + http.Request.Path + QueryString.Create(parameters) },
                [IdentityConstants.ApplicationScheme]);
        }

        Guid? consentId = null;
        if (clients.Find(request.ClientId)?.RequireConsent == true)
        {
            var decision = await AuthorizationConsent.DecideAsync(http, request, user, clients, db, antiforgery, clock);
            if (decision.Answer is not null)
            {
                return decision.Answer;
            }

            consentId = decision.ConsentId;
        }

        var family = Guid.NewGuid().ToString("N");
        var code = await Grants.IssueAsync(db, GrantKind.AuthorizationCode, user.Id, request.ClientId!, family, options.Value.AuthorizationCodeLifetime, clock, consentId);
        var principal = await PrincipalForAsync(user, users, request.GetScopes(), code.Id, family, consentId);
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> Token(
        HttpContext http, UserManager<ShopUser> users, SignInManager<ShopUser> signIn, UsersDbContext db, IOptions<IssuerOptions> options, TimeProvider clock)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (request.IsClientCredentialsGrantType())
        {
            return Results.SignIn(ServicePrincipal(request), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (!request.IsAuthorizationCodeGrantType() && !request.IsRefreshTokenGrantType())
        {
            return Reject(Errors.UnsupportedGrantType, "This grant type is not supported.");
        }

        var presented = (await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal ?? new ClaimsPrincipal();
        var kind = request.IsAuthorizationCodeGrantType() ? GrantKind.AuthorizationCode : GrantKind.RefreshToken;
        var outcome = await Grants.RedeemAsync(db, presented.GetClaim(GrantClaim), kind, clock);
        if (outcome != RedeemOutcome.Redeemed)
        {
            return Reject(Errors.InvalidGrant, outcome == RedeemOutcome.Reused
                ? "The token was already used; every token of this session is revoked."
                : "The token is no longer valid.");
        }

        var user = await users.FindByIdAsync(presented.GetClaim(Claims.Subject) ?? "");
        if (user is null || !await signIn.CanSignInAsync(user) || await users.IsLockedOutAsync(user))
        {
            return Reject(Errors.InvalidGrant, "The account can no longer sign in.");
        }

        Guid? consentId = Guid.TryParse(presented.GetClaim(ConsentClaim), out var consent) ? consent : null;
        if (consentId is { } given && !await Consents.IsValidAsync(db, given))
        {
            return Reject(Errors.InvalidGrant, "The account holder withdrew this app's permission.");
        }

        var scopes = presented.GetScopes();
        var family = presented.GetClaim(FamilyClaim) ?? Guid.NewGuid().ToString("N");
        string? next = null;
        if (scopes.Contains(Scopes.OfflineAccess))
        {
            next = (await Grants.IssueAsync(db, GrantKind.RefreshToken, user.Id, request.ClientId ?? "", family, options.Value.RefreshTokenLifetime, clock, consentId)).Id;
        }

        var principal = await PrincipalForAsync(user, users, scopes, next, family, consentId);
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> Logout(HttpContext http, UsersDbContext db)
    {
        // Whoever the browser session or the id_token_hint names loses every refresh token.
        var session = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var hint = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var subjects = new[] { session.Principal?.FindFirstValue(ClaimTypes.NameIdentifier), hint.Principal?.GetClaim(Claims.Subject) };
        foreach (var subject in subjects.Distinct())
        {
            if (Guid.TryParse(subject, out var userId))
            {
                await Grants.RevokeAllAsync(db, userId);
            }
        }

        await http.SignOutAsync(IdentityConstants.ApplicationScheme);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static async Task<ClaimsPrincipal> PrincipalForAsync(ShopUser user, UserManager<ShopUser> users, ImmutableArray<string> scopes, string? grantId, string family, Guid? consentId)
    {
        var identity = new ClaimsIdentity("k8sshop", Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Id.ToString())
            .SetClaim(Claims.Email, user.Email)
            .SetClaim(Claims.Name, user.DisplayName)
            .SetClaims(Claims.Role, [.. await users.GetRolesAsync(user)])
            .SetClaim(FamilyClaim, family);
        if (grantId is not null)
        {
            identity.SetClaim(GrantClaim, grantId);
        }

        if (consentId is not null)
        {
            identity.SetClaim(ConsentClaim, consentId.Value.ToString());
        }

        identity.SetScopes(scopes);
        identity.SetResources(TokenIssuerRegistration.DefaultAudience);
        identity.SetDestinations(claim => claim.Type switch
        {
            Claims.Subject or Claims.Name or Claims.Email or Claims.Role => [Destinations.AccessToken, Destinations.IdentityToken],
            GrantClaim or FamilyClaim or ConsentClaim => [],
            _ => [Destinations.AccessToken],
        });
        return new ClaimsPrincipal(identity);
    }

    /// <summary>A service calling with client credentials: its client id as subject, role <c>service</c>.</summary>
    private static ClaimsPrincipal ServicePrincipal(OpenIddictRequest request)
    {
        var identity = new ClaimsIdentity("k8sshop", Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, request.ClientId)
            .SetClaim(Claims.Name, request.ClientId)
            .SetClaim(Claims.Role, ShopRoles.Service);
        identity.SetScopes(request.GetScopes());
        identity.SetResources(TokenIssuerRegistration.DefaultAudience);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>An OAuth error for the client: at the authorization endpoint, a redirect to its redirect_uri.</summary>
    internal static IResult Reject(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
