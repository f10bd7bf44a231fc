using System.Net;
using System.Text.Json.Nodes;
using k8s;
using k8s.Autorest;
using k8s.Models;
using K8sShop.Operator.Rendering;

namespace K8sShop.Operator.Cluster;

/// <summary>
/// IClusterClient on the KubernetesClient package. Grouped kinds go through the CustomObjects API
/// (it builds /apis/{group}/{version}/... paths for any group); the core group needs the typed calls.
/// </summary>
public sealed class KubernetesClusterClient(IKubernetes client) : IClusterClient
{
    public async Task<JsonObject?> GetAsync(ResourceKind kind, string ns, string name, CancellationToken cancellationToken)
    {
        try
        {
            object result = kind.IsCore
                ? throw new NotSupportedException("The operator reads no core objects by name.")
                : await client.CustomObjects.GetNamespacedCustomObjectAsync(kind.Group, kind.Version, ns, kind.Plural, name, cancellationToken).ConfigureAwait(false);
            return KubernetesJsonNodes.From(result);
        }
        catch (HttpOperationException error) when (error.Response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<JsonObject> ApplyAsync(JsonObject body, CancellationToken cancellationToken)
    {
        var kind = ResourceKinds.Of((string)body["apiVersion"]!, (string)body["kind"]!);
        var ns = (string)body["metadata"]!["namespace"]!;
        var name = (string)body["metadata"]!["name"]!;
        var patch = new V1Patch(body, V1Patch.PatchType.ApplyPatch);
        const string manager = ShopCatalog.FieldManager;
        object result = kind.Plural switch
        {
            "configmaps" => await client.CoreV1.PatchNamespacedConfigMapAsync(patch, name, ns, fieldManager: manager, force: true, cancellationToken: cancellationToken).ConfigureAwait(false),
            "serviceaccounts" => await client.CoreV1.PatchNamespacedServiceAccountAsync(patch, name, ns, fieldManager: manager, force: true, cancellationToken: cancellationToken).ConfigureAwait(false),
            "services" => await client.CoreV1.PatchNamespacedServiceAsync(patch, name, ns, fieldManager: manager, force: true, cancellationToken: cancellationToken).ConfigureAwait(false),
            _ => await client.CustomObjects.PatchNamespacedCustomObjectAsync(patch, kind.Group, kind.Version, ns, kind.Plural, name, fieldManager: manager, force: true, cancellationToken: cancellationToken).ConfigureAwait(false),
        };
        return KubernetesJsonNodes.From(result);
    }

    public async Task<IReadOnlyList<JsonObject>> ListAsync(ResourceKind kind, string ns, string labelSelector, CancellationToken cancellationToken)
    {
        object result = kind.Plural switch
        {
            "configmaps" => await client.CoreV1.ListNamespacedConfigMapAsync(ns, labelSelector: labelSelector, cancellationToken: cancellationToken).ConfigureAwait(false),
            "serviceaccounts" => await client.CoreV1.ListNamespacedServiceAccountAsync(ns, labelSelector: labelSelector, cancellationToken: cancellationToken).ConfigureAwait(false),
            "services" => await client.CoreV1.ListNamespacedServiceAsync(ns, labelSelector: labelSelector, cancellationToken: cancellationToken).ConfigureAwait(false),
            _ => await client.CustomObjects.ListNamespacedCustomObjectAsync(kind.Group, kind.Version, ns, kind.Plural, labelSelector: labelSelector, cancellationToken: cancellationToken).ConfigureAwait(false),
        };
        return KubernetesJsonNodes.Items(result);
    }

    public async Task DeleteAsync(ResourceKind kind, string ns, string name, CancellationToken cancellationToken)
    {
        try
        {
            switch (kind.Plural)
            {
                case "configmaps":
                    await client.CoreV1.DeleteNamespacedConfigMapAsync(name, ns, cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
                case "serviceaccounts":
                    await client.CoreV1.DeleteNamespacedServiceAccountAsync(name, ns, cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
                case "services":
                    await client.CoreV1.DeleteNamespacedServiceAsync(name, ns, cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    // Background propagation: a deleted Job takes its pods with it.
                    await client.CustomObjects.DeleteNamespacedCustomObjectAsync(kind.Group, kind.Version, ns, kind.Plural, name, propagationPolicy: "Background", cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
        catch (HttpOperationException error) when (error.Response.StatusCode == HttpStatusCode.NotFound)
        {
            // Already gone: the goal is reached.
        }
    }

    public async Task PatchStatusAsync(ResourceKind kind, string ns, string name, JsonObject status, CancellationToken cancellationToken)
    {
        var patch = new V1Patch(new JsonObject { ["status"] = status }, V1Patch.PatchType.MergePatch);
        await client.CustomObjects.PatchNamespacedCustomObjectStatusAsync(patch, kind.Group, kind.Version, ns, kind.Plural, name, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    public async Task CreateEventAsync(string ns, JsonObject kubernetesEvent, CancellationToken cancellationToken) =>
        await client.CoreV1.CreateNamespacedEventAsync(KubernetesJsonNodes.To<Corev1Event>(kubernetesEvent), ns, cancellationToken: cancellationToken).ConfigureAwait(false);
}
