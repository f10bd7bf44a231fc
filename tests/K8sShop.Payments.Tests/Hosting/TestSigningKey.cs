using System.Security.Claims;
using System.Security.Cryptography;
using K8sShop.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace K8sShop.Payments.Tests.Hosting;

/// <summary>
/// Stands in for the users service's issuer (its own suite tests the real one): access tokens of the same
/// shape (sub, role, aud k8sshop), RSA-signed with a key the payments host is told to trust.
/// </summary>
public static class TestSigningKey
{
    public const string Issuer = "https://issuer.payments-tests.local/";

    private static readonly RsaSecurityKey Key = new(RSA.Create(2048)) { KeyId = "payments-tests" };

    public static void TrustIn(IServiceCollection services) =>
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
        {
            jwt.TokenValidationParameters.ValidIssuer = Issuer;
            jwt.TokenValidationParameters.IssuerSigningKey = Key;
        });

    public static string TokenFor(string role, Guid? subject = null, RsaSecurityKey? signedWith = null)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity([new Claim(ShopClaims.Subject, (subject ?? Guid.NewGuid()).ToString()), new Claim(ShopClaims.Role, role)]),
            Issuer = Issuer,
            Audience = "k8sshop",
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(10),
            SigningCredentials = new SigningCredentials(signedWith ?? Key, SecurityAlgorithms.RsaSha256),
        });
    }
}
