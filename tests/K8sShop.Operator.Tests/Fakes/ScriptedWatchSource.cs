using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using K8sShop.Operator.Informers;

namespace K8sShop.Operator.Tests.Fakes;

/// <summary>A fake LIST/WATCH source: each LIST answers the next scripted list; each WATCH plays the next scripted stream.</summary>
internal sealed class ScriptedWatchSource : IWatchSource
{
    private readonly Queue<Func<ListResult>> _lists = new();
    private readonly Channel<Channel<Func<ObjectEvent>>> _watches = Channel.CreateUnbounded<Channel<Func<ObjectEvent>>>();

    public string Description => "scripted";

    public List<string> WatchedFrom { get; } = [];

    public int ListCalls { get; private set; }

    public void ScriptList(string resourceVersion, params JsonObject[] items) => _lists.Enqueue(() => new ListResult(items, resourceVersion));

    public void ScriptListFailure(Exception error) => _lists.Enqueue(() => throw error);

    /// <summary>Next watch stream; write events to it, complete it to end the stream, or complete it with an error to fail it.</summary>
    public ChannelWriter<Func<ObjectEvent>> ScriptWatch()
    {
        var stream = Channel.CreateUnbounded<Func<ObjectEvent>>();
        _watches.Writer.TryWrite(stream);
        return stream.Writer;
    }

    public Task<ListResult> ListAsync(CancellationToken cancellationToken)
    {
        ListCalls++;
        return Task.FromResult(_lists.Count > 0 ? _lists.Dequeue()() : new ListResult([], "0"));
    }

    public async IAsyncEnumerable<ObjectEvent> WatchAsync(string resourceVersion, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        lock (WatchedFrom)
        {
            WatchedFrom.Add(resourceVersion);
        }

        var stream = await _watches.Reader.ReadAsync(cancellationToken);
        await foreach (var next in stream.Reader.ReadAllAsync(cancellationToken))
        {
            yield return next();
        }
    }

    public static JsonObject Obj(string name, string resourceVersion) => new()
    {
        ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = "shop", ["resourceVersion"] = resourceVersion },
    };

    public static ObjectEvent Event(ObjectEventType type, string name, string resourceVersion) => new(type, Obj(name, resourceVersion));

    public static ObjectEvent Bookmark(string resourceVersion) => new(ObjectEventType.Bookmark, new JsonObject { ["metadata"] = new JsonObject { ["resourceVersion"] = resourceVersion } });

    public static ObjectEvent Gone() => new(ObjectEventType.Error, new JsonObject { ["kind"] = "Status", ["code"] = 410, ["message"] = "too old resource version" });
}
