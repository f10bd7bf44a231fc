using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using K8sShop.Users.Accounts;
using K8sShop.Users.Tests.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Xunit;

namespace K8sShop.Users.Tests.Tokens;

/// <summary>
/// Key rollover: a new signing key is added beside the old one (as a Secret update or a new file would),
/// and the users service restarts. New tokens are signed with the new key, the old key stays published,
/// and tokens signed with it keep working until they expire.
/// </summary>
public sealed class KeyRolloverTests(UsersApp before) : IClassFixture<UsersApp>
{
    /// <summary>The restarted service: same database and public origin, keys folder with one more (newer) key.</summary>
    private sealed class RolledOver(UsersApp before, string keysFolder) : UsersApp
    {
        protected override Dictionary<string, string?> Settings => new()
        {
            ["ConnectionStrings:users"] = before.ConnectionString,
            ["Identity:KeysFolder"] = keysFolder,
            ["Identity:Authority"] = before.Address.ToString(),
            ["Identity:MetadataAddress"] = Address + ".well-known/openid-configuration",
        };
    }

    [Fact]
    public async Task Tokens_signed_with_the_old_key_still_validate_after_a_new_key_takes_over()
    {
        using var first = new BrowserSession(before);
        var old = await first.SignInAsync(AccountSeeder.DemoEmail("customer"), UsersApp.CustomerPassword);
        var oldKey = new JsonWebToken(old.AccessToken).Kid;

        var folder = Directory.CreateTempSubdirectory("k8sshop-rolled-keys-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(before.KeysFolder, "*.pem"))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            using (var rsa = RSA.Create(2048))
            {
                // Newest file name: the key that signs from now on.
                await File.WriteAllTextAsync(Path.Combine(folder, "signing-29991231235959.pem"), rsa.ExportPkcs8PrivateKeyPem());
            }

            var after = new RolledOver(before, folder);
            await after.InitializeAsync();
            try
            {
                using var second = new BrowserSession(after);
                var jwks = await second.Client.GetFromJsonAsync<JsonElement>(".well-known/jwks");
                var published = jwks.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()).ToList();
                Assert.Contains(oldKey, published);
                Assert.Equal(2, published.Count);

                var fresh = await second.SignInAsync(AccountSeeder.DemoEmail("customer"), UsersApp.CustomerPassword);
                Assert.NotEqual(oldKey, new JsonWebToken(fresh.AccessToken).Kid);
                Assert.Contains(new JsonWebToken(fresh.AccessToken).Kid, published);

                using var oldStillWorks = await second.GetAsync("api/users/me", old.AccessToken);
                Assert.Equal(HttpStatusCode.OK, oldStillWorks.StatusCode);
                using var freshWorks = await second.GetAsync("api/users/me", fresh.AccessToken);
                Assert.Equal(HttpStatusCode.OK, freshWorks.StatusCode);

                // The refresh token from before the restart (same encryption key) still refreshes.
                Assert.Equal(HttpStatusCode.OK, (await second.RefreshAsync(old.RefreshToken!)).Status);
            }
            finally
            {
                await after.DisposeAsync();
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
