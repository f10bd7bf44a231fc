using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;

namespace K8sShop.Users.Tokens;

/// <summary>
/// The OpenID Connect issuer (OpenIddict server): discovery and JWKS, authorization code + PKCE for the
/// browser app, rotating refresh tokens, client credentials for services. Access tokens are RSA-signed,
/// unencrypted JWTs so every service validates them from the discovery document alone.
/// </summary>
public static class TokenIssuerRegistration
{
    /// <summary>The <c>aud</c> of every access token for the shop's APIs (<c>Identity:Audience</c>).</summary>
    public const string DefaultAudience = "k8sshop";

    public static WebApplicationBuilder AddTokenIssuer(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection(IssuerOptions.Section);
        builder.Services.Configure<IssuerOptions>(section);
        var settings = section.Get<IssuerOptions>() ?? new IssuerOptions();
        var production = builder.Environment.IsProduction();
        var clients = DefaultClients(settings, production);
        builder.Services.AddSingleton(new RegisteredClients(clients));

        var signing = IssuerKeys.Load(settings.SigningKeys, settings.KeysFolder, "signing");
        var encryption = IssuerKeys.Load(settings.EncryptionKeys, settings.KeysFolder, "encryption");
        if (production && (signing.Count == 0 || encryption.Count == 0 || settings.Authority is null))
        {
            throw new InvalidOperationException("In Production Identity:Authority, Identity:SigningKeys and Identity:EncryptionKeys must be configured.");
        }

        builder.Services.AddOpenIddict().AddServer(server =>
        {
            if (settings.Authority is not null)
            {
                server.SetIssuer(settings.Authority);
            }

            server.SetAuthorizationEndpointUris("connect/authorize")
                .SetTokenEndpointUris("connect/token")
                .SetEndSessionEndpointUris("connect/logout")
                .SetRevocationEndpointUris("connect/revoke")
                .SetUserInfoEndpointUris("connect/userinfo");
            server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                .AllowRefreshTokenFlow()
                .AllowClientCredentialsFlow();
            server.RegisterScopes(
                OpenIddictConstants.Scopes.OpenId, OpenIddictConstants.Scopes.Profile, OpenIddictConstants.Scopes.Email,
                OpenIddictConstants.Scopes.Roles, OpenIddictConstants.Scopes.OfflineAccess);
            server.SetAccessTokenLifetime(settings.AccessTokenLifetime)
                .SetRefreshTokenLifetime(settings.RefreshTokenLifetime)
                .SetAuthorizationCodeLifetime(settings.AuthorizationCodeLifetime);

            // No OpenIddict stores (their EF Core package needs EF Core 10): codes and refresh tokens
            // are made single-use and revocable by our own issued_grants table instead.
            server.EnableDegradedMode();
            server.DisableAccessTokenEncryption();
            ClientRequestValidation.Register(server, clients);
            server.AddEventHandler<OpenIddictServerEvents.HandleRevocationRequestContext>(handler => handler
                .UseScopedHandler<RefreshTokenRevocation>()
                .SetOrder(OpenIddictServerHandlers.Revocation.AttachPrincipal.Descriptor.Order + 1_000));

            AddKeys(server, signing, encryption);

            var aspNetCore = server.UseAspNetCore()
                .EnableAuthorizationEndpointPassthrough()
                .EnableTokenEndpointPassthrough()
                .EnableEndSessionEndpointPassthrough()
                .EnableUserInfoEndpointPassthrough();
            if (!production || settings.Authority?.IsLoopback == true || settings.AcceptPlainHttp)
            {
                // Plain http only on a developer machine, when the issuer is this machine itself, or
                // behind a TLS-terminating ingress.
                aspNetCore.DisableTransportSecurityRequirement();
            }
        });
        return builder;
    }

    private static void AddKeys(OpenIddictServerBuilder server, IReadOnlyList<RsaSecurityKey> signing, IReadOnlyList<RsaSecurityKey> encryption)
    {
        if (signing.Count == 0)
        {
            server.AddEphemeralSigningKey();
        }

        foreach (var key in signing)
        {
            server.AddSigningKey(key);
        }

        if (encryption.Count == 0)
        {
            server.AddEphemeralEncryptionKey();
        }

        foreach (var key in encryption)
        {
            server.AddEncryptionKey(key);
        }
    }

    /// <summary>The demo integrator's app, outside Production: a native-app style loopback redirect.</summary>
    public const string DemoIntegrator = "demo-integrator";

    /// <summary>
    /// The browser app ("storefront") is registered unless configuration says otherwise; it is the shop's
    /// own app, so it needs no consent. Outside Production a third-party style client that does need
    /// consent is registered too, for integrators trying the flow on their machine.
    /// </summary>
    private static Dictionary<string, ClientRegistration> DefaultClients(IssuerOptions settings, bool production)
    {
        var clients = new Dictionary<string, ClientRegistration>(settings.Clients, StringComparer.Ordinal);
        if (!clients.ContainsKey("storefront") && settings.Authority is not null)
        {
            clients["storefront"] = new ClientRegistration
            {
                RedirectUris = [new Uri(settings.Authority, "auth/callback")],
                PostLogoutRedirectUris = [new Uri(settings.Authority, "/")],
            };
        }

        if (!production && !clients.ContainsKey(DemoIntegrator))
        {
            clients[DemoIntegrator] = new ClientRegistration
            {
                DisplayName = "Demo integrator",
                RequireConsent = true,
                RedirectUris = [new Uri("http://127.0.0.1:7890/callback")],
            };
        }

        return clients;
    }
}
