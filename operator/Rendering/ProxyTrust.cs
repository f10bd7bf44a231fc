using System.Text.Json.Nodes;
using K8sShop.Operator.Model;

namespace K8sShop.Operator.Rendering;

/// <summary>
/// Who may tell a workload the browser's scheme, host and address (<c>X-Forwarded-*</c>). TLS ends at
/// the ingress, so without this users would build http redirects and non-secure cookies, and per-address
/// rate limits would count the gateway. The peers' addresses are not known in advance (pod IPs), so
/// trust rests on the NetworkPolicies: the gateway accepts only the ingress controller, users only the
/// shop's own pods (of which the gateway is the one that forwards).
/// </summary>
public static class ProxyTrust
{
    public static IReadOnlyList<string> AnyPeer { get; } = ["0.0.0.0/0", "::/0"];

    /// <summary>Users always; the gateway only behind an Ingress (without one, any pod of the namespace reaches it).</summary>
    public static bool Trusts(Storefront storefront, string workload) =>
        workload == "users" || (workload == ShopCatalog.Gateway && storefront.Spec.Ingress is not null);

    public static void AddSettings(JsonObject data, Storefront storefront, string workload)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!Trusts(storefront, workload))
        {
            return;
        }

        for (var i = 0; i < AnyPeer.Count; i++)
        {
            data[$"ForwardedHeaders__KnownNetworks__{i}"] = AnyPeer[i];
        }
    }
}
