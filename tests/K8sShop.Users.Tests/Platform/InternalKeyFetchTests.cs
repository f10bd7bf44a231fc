using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using K8sShop.Users.Accounts;
using K8sShop.Users.Tests.Hosting;
using K8sShop.Users.Tokens;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Xunit;

namespace K8sShop.Users.Tests.Platform;

/// <summary>
/// In a cluster the tokens' issuer is the shop's public origin, which pods may not reach. Services read
/// the discovery document and the keys at <c>Identity:MetadataAddress</c> (users' internal address)
/// and still insist on the public issuer. Here the public origin does not even resolve.
/// </summary>
public sealed class InternalKeyFetchTests(InternalKeyFetchTests.UnreachablePublicOriginApp app) : IClassFixture<InternalKeyFetchTests.UnreachablePublicOriginApp>
{
    public const string PublicOrigin = "https://shop.k8sshop.invalid/";

    /// <summary>Users (and the probe service beside it) whose public origin is a name that never resolves.</summary>
    public sealed class UnreachablePublicOriginApp : UsersApp
    {
        protected override Dictionary<string, string?> Settings => new()
        {
            ["Identity:Authority"] = PublicOrigin,
            ["Identity:MetadataAddress"] = Address + ".well-known/openid-configuration",
        };
    }

    [Fact]
    public async Task Tokens_naming_the_unreachable_public_issuer_validate_with_keys_fetched_internally()
    {
        using var browser = new BrowserSession(app);
        var discovery = await browser.Client.GetFromJsonAsync<JsonElement>(".well-known/openid-configuration");
        Assert.Equal(PublicOrigin, discovery.GetProperty("issuer").GetString());
        // Asked at its internal address, users points at its keys on that address, not the public one.
        Assert.StartsWith(app.Address.ToString(), discovery.GetProperty("jwks_uri").GetString(), StringComparison.Ordinal);

        var tokens = await browser.SignInAsync(AccountSeeder.DemoEmail("customer"), UsersApp.CustomerPassword);
        Assert.Equal(PublicOrigin, new JsonWebToken(tokens.AccessToken).Issuer);
        using var allowed = await browser.GetAsync("api/probe/customer", tokens.AccessToken);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task A_token_signed_with_the_issuers_key_but_naming_another_issuer_is_refused()
    {
        var key = IssuerKeys.Load(null, app.KeysFolder, "signing")[0];
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = app.Address.ToString(),
            Audience = TokenIssuerRegistration.DefaultAudience,
            Subject = new ClaimsIdentity([new Claim("sub", Guid.NewGuid().ToString()), new Claim("role", "customer")]),
            Expires = DateTime.UtcNow.AddMinutes(5),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });

        using var browser = new BrowserSession(app);
        using var refused = await browser.GetAsync("api/probe/customer", forged);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }
}
