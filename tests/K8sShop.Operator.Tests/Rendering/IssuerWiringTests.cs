using System.Text.Json.Nodes;
using K8sShop.Operator.Rendering;

namespace K8sShop.Operator.Tests.Rendering;

/// <summary>Every service finds the issuer; users gets its keys; each calling service only its own client secret.</summary>
public sealed class IssuerWiringTests
{
    public static TheoryData<string> Samples => new(StorefrontSamples.Names);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_service_validates_tokens_of_the_public_origin_with_metadata_from_users_in_the_cluster(string sample)
    {
        var storefront = StorefrontSamples.Load(sample);
        var manifests = DesiredStateBuilder.Build(storefront);
        var services = Deployments(manifests).Select(d => d.Name).Where(name => name != ShopCatalog.Gateway).ToList();
        Assert.NotEmpty(services);
        foreach (var service in services)
        {
            var data = ConfigOf(manifests, service);
            Assert.Equal(IngressObject.UrlOf(storefront) + "/", (string)data["Identity__Authority"]!);
            Assert.Equal("http://users:8080/.well-known/openid-configuration", (string)data["Identity__MetadataAddress"]!);
            Assert.Equal("false", (string)data["Identity__RequireHttpsMetadata"]!);
        }
    }

    [Fact]
    public void Authority_is_the_https_host_of_an_ingress_with_tls()
    {
        Assert.Equal("https://shop.example.com/", (string)ConfigOf(StorefrontSamples.Build("full"), "orders")["Identity__Authority"]!);
    }

    [Theory]
    [InlineData("full", "shop-signing-keys")]
    [InlineData("minimal", IssuerWiring.DefaultSecretName)]
    public void Users_mounts_the_whole_identity_secret_and_no_other_workload_does(string sample, string secret)
    {
        var manifests = StorefrontSamples.Build(sample);
        foreach (var (name, container) in Containers(manifests))
        {
            var mounted = container["envFrom"]!.AsArray().Any(e => (string?)e!["secretRef"]?["name"] == secret);
            Assert.True(mounted == (name == "users"), $"{name}: identity Secret mounted whole = {mounted}");
        }

        Assert.Equal("true", (string)ConfigOf(manifests, "users")["Identity__AcceptPlainHttp"]!);
        Assert.False(ConfigOf(manifests, "orders").ContainsKey("Identity__AcceptPlainHttp"));
    }

    [Theory]
    [InlineData("full", "shop-signing-keys")]
    [InlineData("minimal", IssuerWiring.DefaultSecretName)]
    public void Each_calling_service_gets_only_its_own_client_secret(string sample, string secret)
    {
        foreach (var (name, container) in Containers(StorefrontSamples.Build(sample)))
        {
            var clientSecrets = container["env"]!.AsArray()
                .Where(e => ((string)e!["name"]!).StartsWith("Identity__Clients__", StringComparison.Ordinal))
                .ToList();
            if (IssuerWiring.ServiceClients.Contains(name))
            {
                var only = Assert.Single(clientSecrets)!;
                Assert.Equal($"Identity__Clients__{name}__Secret", (string)only["name"]!);
                Assert.Equal(secret, (string)only["valueFrom"]!["secretKeyRef"]!["name"]!);
                Assert.Equal($"Identity__Clients__{name}__Secret", (string)only["valueFrom"]!["secretKeyRef"]!["key"]!);
            }
            else
            {
                Assert.Empty(clientSecrets);
            }
        }
    }

    [Fact]
    public void Callers_that_exist_are_billing_orders_and_stockcheck()
    {
        var withClientSecret = Containers(StorefrontSamples.Build("minimal"))
            .Where(c => c.Container["env"]!.AsArray().Any(e => ((string)e!["name"]!).StartsWith("Identity__Clients__", StringComparison.Ordinal)))
            .Select(c => c.Name)
            .ToHashSet();
        Assert.Equal(new HashSet<string> { "billing", "orders", "stockcheck" }, withClientSecret);
    }

    [Fact]
    public void The_gateway_gets_no_identity_settings()
    {
        var data = ConfigOf(StorefrontSamples.Build("full"), ShopCatalog.Gateway);
        Assert.DoesNotContain(data, pair => pair.Key.StartsWith("Identity__", StringComparison.Ordinal));
    }

    private static IEnumerable<Manifest> Deployments(IEnumerable<Manifest> manifests) => manifests.Where(m => m.Kind == "Deployment");

    private static JsonObject ConfigOf(IEnumerable<Manifest> manifests, string workload) =>
        manifests.Single(m => m.Kind == "ConfigMap" && m.Name == WorkloadConfig.ConfigMapName(workload)).Body["data"]!.AsObject();

    // Deployments and migration Jobs alike: a Job runs the same image with the same configuration.
    private static IEnumerable<(string Name, JsonNode Container)> Containers(IEnumerable<Manifest> manifests) =>
        manifests.Where(m => m.Kind is "Deployment" or "Job")
            .Select(m => ((string)m.Body["metadata"]!["labels"]![ObjectMetadata.NameLabel]!, m.Body["spec"]!["template"]!["spec"]!["containers"]![0]!));
}
