using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using k8s;
using k8s.Autorest;
using K8sShop.Operator.Informers;

namespace K8sShop.Operator.Cluster;

/// <summary>LIST and WATCH of one kind through KubernetesClient, in one namespace or (null) all, optionally only objects matching a label selector.</summary>
public sealed class KubernetesWatchSource(IKubernetes client, ResourceKind kind, string? ns, string? labelSelector = null) : IWatchSource
{
    // The server ends a watch after this; the informer simply watches again from the last version.
    private const int WatchTimeoutSeconds = 300;

    public string Description => ns is null ? kind.ToString() : $"{kind} in {ns}";

    public async Task<ListResult> ListAsync(CancellationToken cancellationToken)
    {
        var list = KubernetesJsonNodes.From(kind.IsCore
            ? await CoreListWatch.ListAsync(client, kind.Plural, ns, labelSelector, cancellationToken).ConfigureAwait(false)
            : ns is null
                ? await client.CustomObjects.ListClusterCustomObjectAsync(kind.Group, kind.Version, kind.Plural, labelSelector: labelSelector, cancellationToken: cancellationToken).ConfigureAwait(false)
                : await client.CustomObjects.ListNamespacedCustomObjectAsync(kind.Group, kind.Version, ns, kind.Plural, labelSelector: labelSelector, cancellationToken: cancellationToken).ConfigureAwait(false));
        var items = list["items"]?.AsArray().Select(item => WithKind(item!.AsObject())).ToList() ?? [];
        return new ListResult(items, (string?)list["metadata"]?["resourceVersion"] ?? "0");
    }

    public async IAsyncEnumerable<ObjectEvent> WatchAsync(string resourceVersion, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Exception? streamError = null;
        void OnError(Exception error) => streamError = error;
        var events = kind.IsCore
            ? CoreListWatch.Watch(client, kind.Plural, ns, labelSelector, resourceVersion, WatchTimeoutSeconds, OnError, cancellationToken)
            : ns is null
                ? client.CustomObjects.WatchListClusterCustomObjectAsync(kind.Group, kind.Version, kind.Plural, allowWatchBookmarks: true, labelSelector: labelSelector, resourceVersion: resourceVersion, timeoutSeconds: WatchTimeoutSeconds, onError: OnError, cancellationToken: cancellationToken)
                : client.CustomObjects.WatchListNamespacedCustomObjectAsync(kind.Group, kind.Version, ns, kind.Plural, allowWatchBookmarks: true, labelSelector: labelSelector, resourceVersion: resourceVersion, timeoutSeconds: WatchTimeoutSeconds, onError: OnError, cancellationToken: cancellationToken);
        await using var enumerator = events.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            bool moved;
            try
            {
                moved = await enumerator.MoveNextAsync().ConfigureAwait(false);
            }
            catch (HttpOperationException error) when (error.Response.StatusCode == HttpStatusCode.Gone)
            {
                throw new ResourceExpiredException(error.Message, error);
            }

            if (!moved)
            {
                break;
            }

            var (type, obj) = enumerator.Current;
            var resource = KubernetesJsonNodes.From(obj);
            yield return new ObjectEvent(Map(type), type == WatchEventType.Error ? resource : WithKind(resource));
        }

        // KubernetesClient hands a watch ERROR event (a Status) to onError instead of yielding it.
        if (streamError is KubernetesException { Status.Code: (int)HttpStatusCode.Gone } expired)
        {
            throw new ResourceExpiredException(expired.Message, expired);
        }

        if (streamError is not null and not OperationCanceledException)
        {
            throw new InvalidOperationException($"Watch of {Description} failed.", streamError);
        }
    }

    private static ObjectEventType Map(WatchEventType type) => type switch
    {
        WatchEventType.Added => ObjectEventType.Added,
        WatchEventType.Modified => ObjectEventType.Modified,
        WatchEventType.Deleted => ObjectEventType.Deleted,
        WatchEventType.Bookmark => ObjectEventType.Bookmark,
        _ => ObjectEventType.Error,
    };

    // Items of a LIST carry no apiVersion/kind; the handler needs them to map owners.
    private JsonObject WithKind(JsonObject obj)
    {
        obj["apiVersion"] ??= kind.ApiVersion;
        obj["kind"] ??= kind.Kind;
        return obj;
    }
}
