using System.Text.Json.Nodes;

namespace K8sShop.Operator.Cluster;

/// <summary>The few API calls the reconciler makes, on plain JSON objects.</summary>
public interface IClusterClient
{
    Task<JsonObject?> GetAsync(ResourceKind kind, string ns, string name, CancellationToken cancellationToken);

    /// <summary>Server-side apply with field manager k8sshop-operator and force; returns the object as stored (with status).</summary>
    Task<JsonObject> ApplyAsync(JsonObject body, CancellationToken cancellationToken);

    Task<IReadOnlyList<JsonObject>> ListAsync(ResourceKind kind, string ns, string labelSelector, CancellationToken cancellationToken);

    Task DeleteAsync(ResourceKind kind, string ns, string name, CancellationToken cancellationToken);

    Task PatchStatusAsync(ResourceKind kind, string ns, string name, JsonObject status, CancellationToken cancellationToken);

    Task CreateEventAsync(string ns, JsonObject kubernetesEvent, CancellationToken cancellationToken);
}
