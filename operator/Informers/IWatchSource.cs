
namespace K8sShop.Operator.Informers;

/// <summary>LIST and WATCH of one kind, in one namespace or all.</summary>
public interface IWatchSource
{
    string Description { get; }

    Task<ListResult> ListAsync(CancellationToken cancellationToken);

    /// <summary>Watches from resourceVersion with bookmarks; ends when the server closes the stream.</summary>
    IAsyncEnumerable<ObjectEvent> WatchAsync(string resourceVersion, CancellationToken cancellationToken);
}
