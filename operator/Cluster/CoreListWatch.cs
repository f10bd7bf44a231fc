using k8s;

namespace K8sShop.Operator.Cluster;

/// <summary>LIST and WATCH of the core-group kinds the operator owns, which the CustomObjects API cannot address.</summary>
internal static class CoreListWatch
{
    public static async Task<object> ListAsync(IKubernetes client, string plural, string? ns, string? labelSelector, CancellationToken cancellationToken) =>
        (plural, ns) switch
        {
            ("configmaps", null) => await client.CoreV1.ListConfigMapForAllNamespacesAsync(labelSelector: labelSelector, cancellationToken: cancellationToken).ConfigureAwait(false),
            ("configmaps", _) => await client.CoreV1.ListNamespacedConfigMapAsync(ns, labelSelector: labelSelector, cancellationToken: cancellationToken).ConfigureAwait(false),
            ("serviceaccounts", null) => await client.CoreV1.ListServiceAccountForAllNamespacesAsync(labelSelector: labelSelector, cancellationToken: cancellationToken).ConfigureAwait(false),
            ("serviceaccounts", _) => await client.CoreV1.ListNamespacedServiceAccountAsync(ns, labelSelector: labelSelector, cancellationToken: cancellationToken).ConfigureAwait(false),
            ("services", null) => await client.CoreV1.ListServiceForAllNamespacesAsync(labelSelector: labelSelector, cancellationToken: cancellationToken).ConfigureAwait(false),
            ("services", _) => await client.CoreV1.ListNamespacedServiceAsync(ns, labelSelector: labelSelector, cancellationToken: cancellationToken).ConfigureAwait(false),
            _ => throw new NotSupportedException($"No core list for {plural}."),
        };

    public static IAsyncEnumerable<(WatchEventType Type, object Object)> Watch(
        IKubernetes client, string plural, string? ns, string? labelSelector, string resourceVersion, int timeoutSeconds, Action<Exception> onError, CancellationToken cancellationToken) =>
        (plural, ns) switch
        {
            ("configmaps", null) => Untyped(client.CoreV1.WatchListConfigMapForAllNamespacesAsync(allowWatchBookmarks: true, labelSelector: labelSelector, resourceVersion: resourceVersion, timeoutSeconds: timeoutSeconds, onError: onError, cancellationToken: cancellationToken)),
            ("configmaps", _) => Untyped(client.CoreV1.WatchListNamespacedConfigMapAsync(ns, allowWatchBookmarks: true, labelSelector: labelSelector, resourceVersion: resourceVersion, timeoutSeconds: timeoutSeconds, onError: onError, cancellationToken: cancellationToken)),
            ("serviceaccounts", null) => Untyped(client.CoreV1.WatchListServiceAccountForAllNamespacesAsync(allowWatchBookmarks: true, labelSelector: labelSelector, resourceVersion: resourceVersion, timeoutSeconds: timeoutSeconds, onError: onError, cancellationToken: cancellationToken)),
            ("serviceaccounts", _) => Untyped(client.CoreV1.WatchListNamespacedServiceAccountAsync(ns, allowWatchBookmarks: true, labelSelector: labelSelector, resourceVersion: resourceVersion, timeoutSeconds: timeoutSeconds, onError: onError, cancellationToken: cancellationToken)),
            ("services", null) => Untyped(client.CoreV1.WatchListServiceForAllNamespacesAsync(allowWatchBookmarks: true, labelSelector: labelSelector, resourceVersion: resourceVersion, timeoutSeconds: timeoutSeconds, onError: onError, cancellationToken: cancellationToken)),
            ("services", _) => Untyped(client.CoreV1.WatchListNamespacedServiceAsync(ns, allowWatchBookmarks: true, labelSelector: labelSelector, resourceVersion: resourceVersion, timeoutSeconds: timeoutSeconds, onError: onError, cancellationToken: cancellationToken)),
            _ => throw new NotSupportedException($"No core watch for {plural}."),
        };

    private static async IAsyncEnumerable<(WatchEventType, object)> Untyped<T>(IAsyncEnumerable<(WatchEventType Type, T Object)> events)
        where T : class
    {
        await foreach (var (type, obj) in events.ConfigureAwait(false))
        {
            yield return (type, obj);
        }
    }
}
