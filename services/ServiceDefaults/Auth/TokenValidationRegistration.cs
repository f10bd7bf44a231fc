using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace K8sShop.ServiceDefaults.Auth;

/// <summary>
/// Every service accepts the users service's access tokens: JWTs signed with an asymmetric key that
/// is published in the issuer's discovery document (fetched over HTTP and refreshed, so key rollover
/// needs no redeploy). The shared policies map the token's <c>role</c> claims to who may call what.
/// </summary>
public static class TokenValidationRegistration
{
    public static IHostApplicationBuilder AddServiceAuthorization(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = builder.Configuration.GetSection(TokenValidationOptions.Section).Get<TokenValidationOptions>() ?? new TokenValidationOptions();
        var production = builder.Environment.IsProduction();

        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(JwtBearerDefaults.AuthenticationScheme, jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidAudience = settings.Audience,
                    ValidateAudience = true,
                    ValidateIssuer = true,
                    ValidateLifetime = true,
                    RequireSignedTokens = true,
                    RequireExpirationTime = true,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    NameClaimType = ShopClaims.Subject,
                    RoleClaimType = ShopClaims.Role,
                };
                if (settings.Authority is null)
                {
                    // No issuer configured: no token can validate; anonymous endpoints still answer.
                    return;
                }

                jwt.Authority = settings.Authority.ToString();
                if (settings.MetadataAddress is not null)
                {
                    jwt.MetadataAddress = settings.MetadataAddress.ToString();
                }

                // Plain http to the issuer only outside Production, to this very machine (the embedded
                // host is its own issuer at http://localhost:8080), or when configuration says so.
                jwt.RequireHttpsMetadata = settings.RequireHttpsMetadata
                    ?? (production && !(settings.MetadataAddress ?? settings.Authority).IsLoopback);
                if (settings.MetadataAddress is not null)
                {
                    // The document (and the keys it points to, on the address it was fetched from) comes
                    // from the internal address; the tokens must still name the public origin.
                    jwt.TokenValidationParameters.ValidIssuer = settings.Authority.AbsoluteUri;
                }
            });

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ShopPolicies.Customer, policy => RequireRole(policy, ShopRoles.Customer))
            .AddPolicy(ShopPolicies.Account, policy => RequireRole(policy, ShopRoles.Customer, ShopRoles.Support, ShopRoles.Admin))
            .AddPolicy(ShopPolicies.Support, policy => RequireRole(policy, ShopRoles.Support, ShopRoles.Admin))
            .AddPolicy(ShopPolicies.Admin, policy => RequireRole(policy, ShopRoles.Admin))
            .AddPolicy(ShopPolicies.Service, policy => RequireRole(policy, ShopRoles.Service));

        builder.Services.AddSingleton<IStartupFilter, EndpointAuthorizationAudit>();
        builder.Services.ConfigureAll<OpenApiOptions>(AccessDocumentation.AddTo);
        return builder;
    }

    /// <summary>Authentication and authorization middleware; after routing, before the endpoints.</summary>
    public static IApplicationBuilder UseServiceAuthorization(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    private static void RequireRole(AuthorizationPolicyBuilder policy, params string[] roles) =>
        policy.AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser()
            .RequireRole(roles);
}
