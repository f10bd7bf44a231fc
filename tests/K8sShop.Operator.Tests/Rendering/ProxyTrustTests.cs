using System.Text.Json.Nodes;
using K8sShop.Operator.Rendering;

namespace K8sShop.Operator.Tests.Rendering;

/// <summary>
/// Behind the TLS ingress, users and the gateway believe X-Forwarded-* (their NetworkPolicies decide
/// who can reach them); no other workload does, and a gateway without an Ingress does not either.
/// </summary>
public sealed class ProxyTrustTests
{
    [Fact]
    public void Behind_an_ingress_the_gateway_and_users_trust_forwarded_headers_and_no_other_service_does()
    {
        var manifests = StorefrontSamples.Build("full");
        foreach (var config in manifests.Where(m => m.Kind == "ConfigMap" && m.Name.EndsWith("-config", StringComparison.Ordinal)))
        {
            var workload = config.Name[..^"-config".Length];
            var data = config.Body["data"]!.AsObject();
            var trusted = data.Where(p => p.Key.StartsWith("ForwardedHeaders__", StringComparison.Ordinal)).ToDictionary(p => p.Key, p => (string?)p.Value);
            if (workload is "users" or "gateway")
            {
                Assert.Equal(new Dictionary<string, string?> { ["ForwardedHeaders__KnownNetworks__0"] = "0.0.0.0/0", ["ForwardedHeaders__KnownNetworks__1"] = "::/0" }, trusted);
            }
            else
            {
                Assert.Empty(trusted);
            }
        }
    }

    [Fact]
    public void Without_an_ingress_the_gateway_trusts_nobody_and_users_still_trusts_the_gateway()
    {
        var manifests = StorefrontSamples.Build("minimal");
        Assert.DoesNotContain(ConfigOf(manifests, ShopCatalog.Gateway), p => p.Key.StartsWith("ForwardedHeaders__", StringComparison.Ordinal));
        Assert.Equal("0.0.0.0/0", (string)ConfigOf(manifests, "users")["ForwardedHeaders__KnownNetworks__0"]!);
    }

    private static JsonObject ConfigOf(IEnumerable<Manifest> manifests, string workload) =>
        manifests.Single(m => m.Kind == "ConfigMap" && m.Name == WorkloadConfig.ConfigMapName(workload)).Body["data"]!.AsObject();
}
