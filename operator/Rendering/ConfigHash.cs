using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace K8sShop.Operator.Rendering;

/// <summary>
/// Hash of everything a pod reads at start-up (ConfigMap data and secret references). Put on the pod
/// template, it rolls pods exactly when configuration changes and never otherwise.
/// </summary>
public static class ConfigHash
{
    public static string Of(params JsonNode?[] inputs)
    {
        var canonical = string.Join('\n', inputs.Select(node => node?.ToJsonString() ?? "null"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))[..16];
    }
}
