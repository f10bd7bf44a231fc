using System.Security.Claims;
using System.Security.Cryptography;
using K8sShop.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace K8sShop.Notifications.Tests.Hosting;

/// <summary>
/// Stands in for the users service's token issuer: publishes a discovery document and signing key at
/// the service's own address (so the real JWT bearer validation fetches them over HTTP) and signs
/// access tokens shaped like the users service's (sub, role, aud k8sshop).
/// </summary>
public sealed class TestTokenIssuer
{
    private static readonly string[] Algorithms = ["RS256"];

    // Lives as long as the test run; tokens are signed until the last test ends.
    private readonly RSA _rsa = RSA.Create(2048);
    private readonly RsaSecurityKey _key;

    public TestTokenIssuer(string authority)
    {
        Authority = authority;
        _key = new RsaSecurityKey(_rsa) { KeyId = "test-issuer-key" };
    }

    public string Authority { get; }

    public void MapDiscovery(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Authority,
            ["jwks_uri"] = Authority + "/.well-known/jwks",
            ["id_token_signing_alg_values_supported"] = Algorithms,
        })).AllowAnonymous();
        app.MapGet("/.well-known/jwks", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_rsa.ExportParameters(false)) { KeyId = _key.KeyId });
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, kid = jwk.Kid, use = "sig", alg = "RS256", n = jwk.N, e = jwk.E } } });
        }).AllowAnonymous();
    }

    public string TokenFor(Guid userId, string role = ShopRoles.Customer) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = "k8sshop",
            Subject = new ClaimsIdentity([new Claim(ShopClaims.Subject, userId.ToString()), new Claim(ShopClaims.Role, role)]),
            NotBefore = DateTime.UtcNow.AddMinutes(-1),
            Expires = DateTime.UtcNow.AddMinutes(30),
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
        });
}
