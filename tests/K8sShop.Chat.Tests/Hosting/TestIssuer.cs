using System.Security.Claims;
using System.Security.Cryptography;
using K8sShop.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace K8sShop.Chat.Tests.Hosting;

/// <summary>
/// A stand-in for the users service's token issuer: it publishes a discovery document and signing
/// key over HTTP exactly where the chat service looks for them (<c>Identity:Authority</c>), and signs
/// access tokens for any subject and role. The chat service validates them through its unchanged
/// JWT bearer set-up; only who issues them is simplified (the issuer has its own suite).
/// </summary>
public sealed class TestIssuer
{
    private static readonly Lazy<Task<TestIssuer>> Shared = new(StartAsync);
    private readonly RsaSecurityKey _key;

    private TestIssuer(Uri authority, RsaSecurityKey key)
    {
        Authority = authority;
        _key = key;
    }

    public Uri Authority { get; }

    public static Task<TestIssuer> GetAsync() => Shared.Value;

    /// <summary>A signed access token for the shop's APIs; <paramref name="signedBy"/> forges one with another key.</summary>
    public string TokenFor(string subject, string role, RsaSecurityKey? signedBy = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority.ToString(),
            Audience = new TokenValidationOptions().Audience,
            Subject = new ClaimsIdentity([new Claim(ShopClaims.Subject, subject), new Claim(ShopClaims.Role, role)]),
            Expires = DateTime.UtcNow.AddMinutes(30),
            SigningCredentials = new SigningCredentials(signedBy ?? _key, SecurityAlgorithms.RsaSha256),
        });

    private static async Task<TestIssuer> StartAsync()
    {
        var key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-issuer-key" };
        var port = K8sShop.Testing.ShopProcess.FreePort();
        var authority = new Uri($"http://127.0.0.1:{port}/");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(authority.ToString().TrimEnd('/'));
        var app = builder.Build();
        var publicKey = key.Rsa.ExportParameters(includePrivateParameters: false);
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = authority.ToString(),
            ["jwks_uri"] = new Uri(authority, "jwks").ToString(),
        }));
        app.MapGet("/jwks", () => Results.Json(new Dictionary<string, object>
        {
            ["keys"] = new[]
            {
                new Dictionary<string, string>
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["alg"] = "RS256",
                    ["kid"] = key.KeyId,
                    ["n"] = Base64UrlEncoder.Encode(publicKey.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(publicKey.Exponent),
                },
            },
        }));
        await app.StartAsync();
        return new TestIssuer(authority, key);
    }
}
