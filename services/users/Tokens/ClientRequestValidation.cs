using System.Security.Cryptography;
using System.Text;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace K8sShop.Users.Tokens;

/// <summary>
/// OpenIddict runs in degraded mode (its EF Core stores need EF Core 10), so client checks are ours:
/// the registered clients come from configuration, public clients may only use code + PKCE and
/// refresh tokens at their exact redirect URIs, confidential clients only client credentials with
/// their secret (compared in constant time).
/// </summary>
public static class ClientRequestValidation
{
    public static void Register(OpenIddictServerBuilder server, IReadOnlyDictionary<string, ClientRegistration> clients)
    {
        ArgumentNullException.ThrowIfNull(server);
        server.AddEventHandler<ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
        {
            if (!clients.TryGetValue(context.ClientId ?? "", out var client) || !client.IsPublic)
            {
                context.Reject(OpenIddictConstants.Errors.InvalidClient, "The client is not registered for this flow.");
            }
            else if (!client.RedirectUris.Any(uri => string.Equals(uri.OriginalString, context.RedirectUri, StringComparison.Ordinal)))
            {
                context.Reject(OpenIddictConstants.Errors.InvalidRequest, "The redirect_uri is not registered for this client.");
            }

            return default;
        }));

        server.AddEventHandler<ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
        {
            var request = context.Request;
            if (!clients.TryGetValue(context.ClientId ?? "", out var client))
            {
                context.Reject(OpenIddictConstants.Errors.InvalidClient, "The client is not registered.");
            }
            else if (client.IsPublic)
            {
                if (!string.IsNullOrEmpty(context.ClientSecret) || request.IsClientCredentialsGrantType())
                {
                    context.Reject(OpenIddictConstants.Errors.UnauthorizedClient, "A public client may not use this grant.");
                }
            }
            else if (!request.IsClientCredentialsGrantType())
            {
                context.Reject(OpenIddictConstants.Errors.UnauthorizedClient, "A service client may only use client credentials.");
            }
            else if (!SecretMatches(client.Secret!, context.ClientSecret))
            {
                context.Reject(OpenIddictConstants.Errors.InvalidClient, "The client credentials are not valid.");
            }

            return default;
        }));

        // Revocation (RFC 7009): the browser app without a secret, a service only with its own. Checked
        // before the token is, because a token another client holds is answered with a silent 200.
        server.AddEventHandler<ValidateRevocationRequestContext>(handler => handler
            .UseInlineHandler(context =>
            {
                if (!clients.TryGetValue(context.ClientId ?? "", out var client)
                    || (client.IsPublic ? !string.IsNullOrEmpty(context.ClientSecret) : !SecretMatches(client.Secret!, context.ClientSecret)))
                {
                    context.Reject(OpenIddictConstants.Errors.InvalidClient, "The client credentials are not valid.");
                }

                return default;
            })
            .SetOrder(OpenIddictServerHandlers.Revocation.ValidateAuthentication.Descriptor.Order - 500));

        server.AddEventHandler<ValidateEndSessionRequestContext>(handler => handler.UseInlineHandler(context =>
        {
            var uri = context.PostLogoutRedirectUri;
            if (!string.IsNullOrEmpty(uri) && !clients.Values.Any(c => c.PostLogoutRedirectUris.Any(p => string.Equals(p.OriginalString, uri, StringComparison.Ordinal))))
            {
                context.Reject(OpenIddictConstants.Errors.InvalidRequest, "The post_logout_redirect_uri is not registered.");
            }

            return default;
        }));
    }

    private static bool SecretMatches(string expected, string? presented) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)),
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
}
