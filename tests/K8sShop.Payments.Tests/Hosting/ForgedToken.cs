using System.Security.Claims;
using System.Security.Cryptography;
using K8sShop.ServiceDefaults.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace K8sShop.Payments.Tests.Hosting;

/// <summary>
/// A FORGED access token: the users service's claims (sub, role, aud k8sshop) and issuer, signed with a key of its
/// own that the issuer never published. Payments must refuse it; every real token in this suite comes from the
/// users service hosted beside payments.
/// </summary>
public static class ForgedToken
{
    public static string For(string role, Uri issuer)
    {
        using var key = RSA.Create(2048);
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity([new Claim(ShopClaims.Subject, Guid.NewGuid().ToString()), new Claim(ShopClaims.Role, role)]),
            Issuer = issuer.ToString(),
            Audience = "k8sshop",
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(10),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key) { KeyId = "forged" }, SecurityAlgorithms.RsaSha256),
        });
    }
}
