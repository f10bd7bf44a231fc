using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace K8sShop.Users.Tokens;

/// <summary>
/// The issuer's RSA keys: from configuration (a Kubernetes Secret), else from the keys folder, where a
/// key is generated once on first start. Several keys may be listed: the first (or the newest file)
/// signs, the others stay published so tokens they signed keep validating until they expire.
/// </summary>
public static class IssuerKeys
{
    public static IReadOnlyList<RsaSecurityKey> Load(string? configuredPem, string? folder, string purpose)
    {
        if (!string.IsNullOrWhiteSpace(configuredPem))
        {
            return Parse(configuredPem);
        }

        if (string.IsNullOrWhiteSpace(folder))
        {
            return [];
        }

        Directory.CreateDirectory(folder);
        var files = Directory.GetFiles(folder, purpose + "-*.pem").OrderDescending(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            using var rsa = RSA.Create(2048);
            var file = Path.Combine(folder, $"{purpose}-{DateTime.UtcNow:yyyyMMddHHmmss}.pem");
            File.WriteAllText(file, rsa.ExportPkcs8PrivateKeyPem());
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            files.Add(file);
        }

        return files.SelectMany(f => Parse(File.ReadAllText(f))).ToList();
    }

    private static List<RsaSecurityKey> Parse(string pem)
    {
        var keys = new List<RsaSecurityKey>();
        var rest = pem.AsSpan();
        while (PemEncoding.TryFind(rest, out var fields))
        {
            var block = rest[fields.Location];
            var rsa = RSA.Create();
            rsa.ImportFromPem(block);
            keys.Add(new RsaSecurityKey(rsa) { KeyId = KeyIdOf(rsa) });
            rest = rest[fields.Location.End..];
        }

        return keys.Count > 0 ? keys : throw new InvalidOperationException("The configured issuer keys hold no PEM private key.");
    }

    /// <summary>A stable id from the public key, so the same key keeps its <c>kid</c> across restarts.</summary>
    private static string KeyIdOf(RSA rsa) =>
        Base64UrlEncoder.Encode(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo()))[..16];
}
