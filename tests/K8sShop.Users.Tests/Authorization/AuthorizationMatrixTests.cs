using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using K8sShop.ServiceDefaults.Auth;
using K8sShop.Users.Accounts;
using K8sShop.Users.Tests.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Xunit;

namespace K8sShop.Users.Tests.Authorization;

/// <summary>
/// Walks every operation of every service's OpenAPI document with every kind of caller and checks
/// the answer against the operation's declared access (<c>x-k8sshop-access</c>). Fails when an
/// operation declares none.
/// </summary>
public sealed partial class AuthorizationMatrixTests(WholeShopApp app) : IClassFixture<WholeShopApp>
{
    private static readonly string[] Services = ["users", .. WholeShopApp.OtherServices];

    [Fact]
    public async Task Every_endpoint_answers_each_kind_of_caller_as_its_policy_says()
    {
        var callers = await CallersAsync();
        using var client = app.NewClient();
        var failures = new List<string>();
        var checkedOperations = 0;

        foreach (var service in Services)
        {
            var document = JsonDocument.Parse(await client.GetStringAsync(new Uri($"api/{service}/openapi.json", UriKind.Relative))).RootElement;
            if (!document.TryGetProperty("paths", out var paths))
            {
                continue;
            }

            foreach (var path in paths.EnumerateObject())
            {
                foreach (var operation in path.Value.EnumerateObject())
                {
                    checkedOperations++;
                    var access = operation.Value.TryGetProperty(AccessDocumentation.Extension, out var declared) ? declared.GetString()! : AccessDocumentation.Undeclared;
                    var label = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                    if (access == AccessDocumentation.Undeclared)
                    {
                        failures.Add($"{label}: declares no access");
                        continue;
                    }

                    foreach (var (caller, token) in callers)
                    {
                        var status = await SendAsync(client, operation.Name, path.Name, token);
                        var expected = Expect(access, caller);
                        if ((int)status >= 500 || !expected(status))
                        {
                            failures.Add($"{label} [{access}] as {caller}: {(int)status}");
                        }
                    }
                }
            }
        }

        Assert.True(checkedOperations > 10, $"only {checkedOperations} operations documented");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static Func<HttpStatusCode, bool> Expect(string access, string caller)
    {
        if (access == AccessDocumentation.Anonymous)
        {
            return status => status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden);
        }

        if (caller is "nobody" or "expired" or "wrong-key")
        {
            return status => status == HttpStatusCode.Unauthorized;
        }

        var allowed = access.Split(',').Any(policy => Satisfies(policy, caller));
        return allowed
            ? status => status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            : status => status == HttpStatusCode.Forbidden;
    }

    private static bool Satisfies(string policy, string caller) => policy switch
    {
        ShopPolicies.Customer => caller is "customer" or "other-customer",
        ShopPolicies.Account => caller is "customer" or "other-customer" or "support" or "admin",
        ShopPolicies.Support => caller is "support" or "admin",
        ShopPolicies.Admin => caller is "admin",
        ShopPolicies.Service => caller is "service",
        _ => false,
    };

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, string method, string template, string? token)
    {
        var path = PathParameter().Replace(template, _ => Guid.NewGuid().ToString()).TrimStart('/');
        using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), path);
        if (method is "post" or "put" or "patch")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private async Task<List<(string Caller, string? Token)>> CallersAsync()
    {
        using var a = new BrowserSession(app);
        var customer = await a.SignInAsync(await Hosting.Accounts.RegisterAsync(a.Client), Hosting.Accounts.GoodPassword);
        using var b = new BrowserSession(app);
        var other = await b.SignInAsync(await Hosting.Accounts.RegisterAsync(b.Client), Hosting.Accounts.GoodPassword);
        using var s = new BrowserSession(app);
        var support = await s.SignInAsync(AccountSeeder.DemoEmail("support"), UsersApp.SupportPassword);
        using var d = new BrowserSession(app);
        var admin = await d.SignInAsync(AccountSeeder.DemoEmail("admin"), UsersApp.AdminPassword);
        var service = await a.TokenAsync(new() { ["grant_type"] = "client_credentials", ["client_id"] = "stockcheck", ["client_secret"] = UsersApp.ServiceSecret });

        return
        [
            ("nobody", null),
            ("expired", Forge(customer.AccessToken!, IssuerKey(), expired: true)),
            ("wrong-key", Forge(customer.AccessToken!, new RsaSecurityKey(RSA.Create(2048)), expired: false)),
            ("customer", customer.AccessToken),
            ("other-customer", other.AccessToken),
            ("support", support.AccessToken),
            ("admin", admin.AccessToken),
            ("service", service.AccessToken),
        ];
    }

    /// <summary>The issuer's own signing key, from the keys folder it generated.</summary>
    private RsaSecurityKey IssuerKey()
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(Directory.GetFiles(app.KeysFolder, "signing-*.pem").Single()));
        return new RsaSecurityKey(rsa);
    }

    /// <summary>A copy of a real access token's claims, re-signed (same kid) with <paramref name="key"/>.</summary>
    private static string Forge(string accessToken, RsaSecurityKey key, bool expired)
    {
        var real = new JsonWebToken(accessToken);
        key.KeyId = real.Kid;
        var now = DateTime.UtcNow;
        var claims = real.Claims.Where(c => c.Type is not ("exp" or "iat" or "nbf" or "iss")).ToList();
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = real.Issuer,
            IssuedAt = expired ? now.AddHours(-2) : now,
            NotBefore = expired ? now.AddHours(-2) : now,
            Expires = expired ? now.AddHours(-1) : now.AddMinutes(10),
            TokenType = real.Typ,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex PathParameter();
}
