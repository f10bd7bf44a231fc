using System.Text.Json.Nodes;
using K8sShop.Operator.Model;

namespace K8sShop.Operator.Rendering;

/// <summary>
/// How the services find the token issuer (users) and how the issuer and its service clients share
/// secrets. The identity Secret is referenced, never generated: its keys are the configuration keys
/// themselves, users mounts it whole and each calling service gets only its own client secret.
/// </summary>
public static class IssuerWiring
{
    /// <summary>The identity Secret's name when <c>spec.identity</c> is omitted.</summary>
    public const string DefaultSecretName = "identity";

    /// <summary>Services that call other services' service-only endpoints with client-credentials tokens.</summary>
    public static IReadOnlyList<string> ServiceClients { get; } = ["billing", "orders", "stockcheck"];

    public static string SecretName(StorefrontSpec spec) => spec.Identity?.SecretName ?? DefaultSecretName;

    public static string ClientSecretKey(string caller) => $"Identity__Clients__{caller}__Secret";

    /// <summary>
    /// Tokens name the shop's public origin as issuer; services fetch the discovery document from
    /// users inside the cluster, over plain http (TLS ends at the ingress; NetworkPolicies keep 8080
    /// to the storefront's own pods).
    /// </summary>
    public static void AddSettings(JsonObject data, Storefront storefront, string service)
    {
        if (service == "users")
        {
            data["Identity__AcceptPlainHttp"] = "true";
        }

        data["Identity__Authority"] = IngressObject.UrlOf(storefront) + "/";
        data["Identity__MetadataAddress"] = $"http://users:{ShopCatalog.HttpPort}/.well-known/openid-configuration";
        data["Identity__RequireHttpsMetadata"] = "false";
    }
}
