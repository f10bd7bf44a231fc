using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace K8sShop.Operator.Tests.Fakes;

/// <summary>
/// A fake Kubernetes API server on 127.0.0.1 (Kestrel), just enough for the operator through the real
/// KubernetesClient: GET, LIST (label selectors), WATCH (history from a resourceVersion, bookmarks,
/// 410 after compaction), server-side apply PATCH, merge PATCH of /status, POST, PUT, DELETE, with
/// resourceVersion and generation. No admission, no defaulting, no garbage collection.
/// </summary>
internal sealed class FakeApiServer : IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, JsonObject> _objects = new(StringComparer.Ordinal);
    private readonly List<StoredEvent> _history = [];
    private readonly List<Channel<StoredEvent>> _watchers = [];
    private readonly WebApplication _app;
    private long _resourceVersion = 100;
    private long _compactedBelow;
    private int _failWrites;
    private string? _failPlural;

    private FakeApiServer(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";

    /// <summary>When set, every applied Deployment, Job and HelmRelease is immediately reported ready.</summary>
    public bool AutoReady { get; set; }

    public ConcurrentQueue<string> Writes { get; } = new();

    public ConcurrentQueue<string> ContractViolations { get; } = new();

    public int FailedWrites { get; private set; }

    public int StatusWrites { get; private set; }

    public static async Task<FakeApiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeApiServer(app);
        app.Run(server.HandleOrReportAsync);
        await app.StartAsync();
        server.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return server;
    }

    /// <summary>The next N writes (apply, status, create, replace, delete) of the plural fail with 500.</summary>
    public void FailNextWrites(int count, string plural)
    {
        lock (_lock)
        {
            _failWrites = count;
            _failPlural = plural;
        }
    }

    /// <summary>Forget history: a watch from an older resourceVersion then gets 410 Gone.</summary>
    public void Compact()
    {
        lock (_lock)
        {
            _compactedBelow = _resourceVersion;
            _history.Clear();
        }
    }

    /// <summary>Ends every open watch, as an API server does on timeout or restart.</summary>
    public void DropWatches()
    {
        lock (_lock)
        {
            foreach (var watcher in _watchers)
            {
                watcher.Writer.TryComplete();
            }
        }
    }

    public long CurrentResourceVersion
    {
        get
        {
            lock (_lock)
            {
                return _resourceVersion;
            }
        }
    }

    public void SendBookmark()
    {
        lock (_lock)
        {
            Broadcast(new StoredEvent(_resourceVersion, "BOOKMARK", "", "", new JsonObject { ["metadata"] = new JsonObject { ["resourceVersion"] = _resourceVersion.ToString(CultureInfo.InvariantCulture) } }));
        }
    }

    public JsonObject? Get(string apiPath, string plural, string ns, string name)
    {
        lock (_lock)
        {
            return _objects.GetValueOrDefault(Key(apiPath, plural, ns, name))?.DeepClone().AsObject();
        }
    }

    public IReadOnlyList<JsonObject> List(string apiPath, string plural)
    {
        lock (_lock)
        {
            var prefix = $"{apiPath}|{plural}|";
            return _objects.Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal)).Select(p => p.Value.DeepClone().AsObject()).ToList();
        }
    }

    public void Create(string apiPath, string plural, JsonObject obj)
    {
        lock (_lock)
        {
            Store(apiPath, plural, obj.DeepClone().AsObject(), "ADDED", bumpGeneration: true);
        }
    }

    /// <summary>Changes a stored object as another client would (kubectl edit, a controller updating status).</summary>
    public void Mutate(string apiPath, string plural, string ns, string name, Action<JsonObject> change)
    {
        lock (_lock)
        {
            var current = _objects[Key(apiPath, plural, ns, name)];
            var next = current.DeepClone().AsObject();
            change(next);
            var specChanged = WithoutMetaAndStatus(current) != WithoutMetaAndStatus(next);
            Store(apiPath, plural, next, "MODIFIED", specChanged);
        }
    }

    /// <summary>Reports every stored object of the plural ready, as its controller would.</summary>
    public void MakeReady(string apiPath, string plural)
    {
        foreach (var obj in List(apiPath, plural))
        {
            Mutate(apiPath, plural, (string)obj["metadata"]!["namespace"]!, (string)obj["metadata"]!["name"]!, ReportReady);
        }
    }

    public async ValueTask DisposeAsync()
    {
        lock (_lock)
        {
            foreach (var watcher in _watchers)
            {
                watcher.Writer.TryComplete();
            }
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static void ReportReady(JsonObject obj)
    {
        switch ((string?)obj["kind"])
        {
            case "Deployment":
                var replicas = (int)Number(obj["spec"]?["replicas"], 1);
                obj["status"] = new JsonObject
                {
                    ["observedGeneration"] = Number(obj["metadata"]!["generation"], 0),
                    ["replicas"] = replicas,
                    ["readyReplicas"] = replicas,
                    ["updatedReplicas"] = replicas,
                };
                break;
            case "Job":
                obj["status"] = new JsonObject { ["succeeded"] = 1 };
                break;
            case "HelmRelease":
                obj["status"] = new JsonObject { ["conditions"] = new JsonArray(new JsonObject { ["type"] = "Ready", ["status"] = "True" }) };
                break;
        }
    }

    // A bug in the fake shows up in the client's exception message instead of an empty 500.
    private async Task HandleOrReportAsync(HttpContext context)
    {
        try
        {
            await HandleAsync(context);
        }
        catch (Exception error) when (error is not OperationCanceledException && !context.Response.HasStarted)
        {
            await WriteStatusAsync(context, 500, "FakeApiServerBug", error.ToString());
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = ApiRequest.Parse(context.Request.Path.Value ?? "");
        if (request is null)
        {
            await WriteStatusAsync(context, 404, "NotFound", "unknown path");
            return;
        }

        var method = context.Request.Method;
        if (method == "GET" && context.Request.Query["watch"] is var watch && (watch == "true" || watch == "1"))
        {
            await WatchAsync(context, request);
            return;
        }

        if (method != "GET" && TakeFailure(request.Plural))
        {
            Writes.Enqueue($"FAILED {method} {request.Plural}/{request.Name}");
            await WriteStatusAsync(context, 500, "InternalError", "injected failure");
            return;
        }

        var body = method is "PATCH" or "POST" or "PUT" ? JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync())?.AsObject() : null;
        var (status, result) = method switch
        {
            "GET" when request.Name is null => (200, ListObjects(request, context.Request.Query["labelSelector"])),
            "GET" => Find(request),
            "PATCH" when request.Subresource == "status" => PatchStatus(request, body!),
            "PATCH" when (context.Request.ContentType ?? "").Contains("apply-patch", StringComparison.Ordinal) => Apply(request, body!, context.Request.Query),
            "POST" => CreateObject(request, body!),
            "PUT" => Replace(request, body!),
            "DELETE" => Delete(request),
            _ => (405, StatusObject(405, "MethodNotAllowed", method)),
        };
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(result.ToJsonString());
    }

    private bool TakeFailure(string plural)
    {
        lock (_lock)
        {
            if (_failWrites <= 0 || plural != _failPlural)
            {
                return false;
            }

            _failWrites--;
            FailedWrites++;
            return true;
        }
    }

    private (int, JsonObject) Find(ApiRequest request)
    {
        lock (_lock)
        {
            return _objects.TryGetValue(request.Key, out var obj) ? (200, obj.DeepClone().AsObject()) : (404, StatusObject(404, "NotFound", request.Key));
        }
    }

    private static bool MatchesLabels(JsonObject obj, string? labelSelector) =>
        (labelSelector ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(term => term.Split('=', 2))
            .All(term => (string?)obj["metadata"]?["labels"]?[term[0]] == term[1]);

    private JsonObject ListObjects(ApiRequest request, string? labelSelector)
    {
        lock (_lock)
        {
            var prefix = $"{request.ApiPath}|{request.Plural}|";
            var items = _objects
                .Where(pair => pair.Key.StartsWith(prefix, StringComparison.Ordinal))
                .Select(pair => pair.Value)
                .Where(obj => request.Matches(obj))
                .Where(obj => MatchesLabels(obj, labelSelector))
                .Select(obj => (JsonNode)obj.DeepClone())
                .ToArray();
            return new JsonObject
            {
                ["apiVersion"] = request.ApiVersion,
                ["kind"] = "List",
                ["metadata"] = new JsonObject { ["resourceVersion"] = _resourceVersion.ToString(CultureInfo.InvariantCulture) },
                ["items"] = new JsonArray(items),
            };
        }
    }

    private (int, JsonObject) Apply(ApiRequest request, JsonObject body, IQueryCollection query)
    {
        if (query["fieldManager"] != "k8sshop-operator" || query["force"] != "true")
        {
            ContractViolations.Enqueue($"apply of {request.Key} with fieldManager={query["fieldManager"]} force={query["force"]}");
        }

        Writes.Enqueue($"apply {request.Plural}/{request.Name}");
        lock (_lock)
        {
            var next = body.DeepClone().AsObject();
            if (_objects.TryGetValue(request.Key, out var current))
            {
                // One field manager owns every field it sends: the applied object replaces the stored one, status aside.
                foreach (var field in new[] { "uid", "creationTimestamp", "generation", "resourceVersion" })
                {
                    next["metadata"]![field] = current["metadata"]![field]?.DeepClone();
                }

                if (current["status"] is { } status)
                {
                    next["status"] = status.DeepClone();
                }

                var specChanged = WithoutMetaAndStatus(current) != WithoutMetaAndStatus(next);
                next["metadata"]!["generation"] = Number(current["metadata"]!["generation"], 0) + (specChanged ? 1 : 0);
                if (AutoReady)
                {
                    ReportReady(next);
                }

                // A no-op apply changes nothing, not even the resourceVersion, and wakes no watcher.
                if (current.ToJsonString() == next.ToJsonString())
                {
                    return (200, current.DeepClone().AsObject());
                }

                return (200, Store(request.ApiPath, request.Plural, next, "MODIFIED", bumpGeneration: false).DeepClone().AsObject());
            }

            next["metadata"]!["generation"] = 1;
            if (AutoReady)
            {
                ReportReady(next);
            }

            return (200, Store(request.ApiPath, request.Plural, next, "ADDED", bumpGeneration: false).DeepClone().AsObject());
        }
    }

    private (int, JsonObject) PatchStatus(ApiRequest request, JsonObject body)
    {
        Writes.Enqueue($"status {request.Plural}/{request.Name}");
        lock (_lock)
        {
            if (!_objects.TryGetValue(request.Key, out var current))
            {
                return (404, StatusObject(404, "NotFound", request.Key));
            }

            StatusWrites++;
            var next = current.DeepClone().AsObject();
            next["status"] = MergePatch(next["status"], body["status"]);
            return (200, Store(request.ApiPath, request.Plural, next, "MODIFIED", bumpGeneration: false).DeepClone().AsObject());
        }
    }

    private (int, JsonObject) CreateObject(ApiRequest request, JsonObject body)
    {
        lock (_lock)
        {
            var metadata = body["metadata"]!.AsObject();
            if (metadata["name"] is null && (string?)metadata["generateName"] is { } prefix)
            {
                metadata["name"] = prefix + (_resourceVersion + 1).ToString(CultureInfo.InvariantCulture);
            }

            metadata["namespace"] ??= request.Namespace;
            var key = Key(request.ApiPath, request.Plural, request.Namespace ?? "", (string)metadata["name"]!);
            if (_objects.ContainsKey(key))
            {
                return (409, StatusObject(409, "AlreadyExists", key));
            }

            Writes.Enqueue($"create {request.Plural}/{metadata["name"]}");
            return (201, Store(request.ApiPath, request.Plural, body, "ADDED", bumpGeneration: true).DeepClone().AsObject());
        }
    }

    private (int, JsonObject) Replace(ApiRequest request, JsonObject body)
    {
        lock (_lock)
        {
            if (!_objects.TryGetValue(request.Key, out var current))
            {
                return (404, StatusObject(404, "NotFound", request.Key));
            }

            if ((string?)body["metadata"]?["resourceVersion"] is { } version && version != (string?)current["metadata"]!["resourceVersion"])
            {
                return (409, StatusObject(409, "Conflict", "the object has been modified"));
            }

            Writes.Enqueue($"replace {request.Plural}/{request.Name}");
            body["metadata"]!["uid"] = current["metadata"]!["uid"]?.DeepClone();
            body["metadata"]!["generation"] = current["metadata"]!["generation"]?.DeepClone();
            return (200, Store(request.ApiPath, request.Plural, body, "MODIFIED", WithoutMetaAndStatus(current) != WithoutMetaAndStatus(body)).DeepClone().AsObject());
        }
    }

    private (int, JsonObject) Delete(ApiRequest request)
    {
        lock (_lock)
        {
            if (!_objects.Remove(request.Key, out var current))
            {
                return (404, StatusObject(404, "NotFound", request.Key));
            }

            Writes.Enqueue($"delete {request.Plural}/{request.Name}");
            _resourceVersion++;
            current["metadata"]!["resourceVersion"] = _resourceVersion.ToString(CultureInfo.InvariantCulture);
            Record(new StoredEvent(_resourceVersion, "DELETED", request.ApiPath, request.Plural, current));
            return (200, new JsonObject { ["kind"] = "Status", ["apiVersion"] = "v1", ["status"] = "Success" });
        }
    }

    private JsonObject Store(string apiPath, string plural, JsonObject obj, string type, bool bumpGeneration)
    {
        var metadata = obj["metadata"]!.AsObject();
        _resourceVersion++;
        metadata["resourceVersion"] = _resourceVersion.ToString(CultureInfo.InvariantCulture);
        metadata["uid"] ??= Guid.NewGuid().ToString();
        metadata["creationTimestamp"] ??= "2026-01-01T00:00:00Z";
        if (bumpGeneration)
        {
            metadata["generation"] = Number(metadata["generation"], 0) + 1;
        }

        var key = Key(apiPath, plural, (string?)metadata["namespace"] ?? "", (string)metadata["name"]!);
        _objects[key] = obj;
        Record(new StoredEvent(_resourceVersion, type, apiPath, plural, obj.DeepClone().AsObject()));
        return obj;
    }

    private void Record(StoredEvent stored)
    {
        _history.Add(stored);
        Broadcast(stored);
    }

    private void Broadcast(StoredEvent stored)
    {
        foreach (var watcher in _watchers)
        {
            watcher.Writer.TryWrite(stored);
        }
    }

    private async Task WatchAsync(HttpContext context, ApiRequest request)
    {
        var from = long.TryParse(context.Request.Query["resourceVersion"], CultureInfo.InvariantCulture, out var version) ? version : 0;
        var bookmarks = context.Request.Query["allowWatchBookmarks"] == "true";
        string? labelSelector = context.Request.Query["labelSelector"];
        var channel = Channel.CreateUnbounded<StoredEvent>();
        List<StoredEvent> backlog;
        bool expired;
        lock (_lock)
        {
            expired = from < _compactedBelow;
            backlog = _history.Where(e => e.ResourceVersion > from).ToList();
            _watchers.Add(channel);
        }

        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        try
        {
            if (expired)
            {
                await WriteLineAsync(context, "ERROR", StatusObject(410, "Expired", "too old resource version"));
                return;
            }

            foreach (var stored in backlog.Where(e => request.Matches(e) && MatchesLabels(e.Object, labelSelector)))
            {
                await WriteLineAsync(context, stored.Type, stored.Object);
            }

            await foreach (var stored in channel.Reader.ReadAllAsync(context.RequestAborted))
            {
                if (stored.Type == "BOOKMARK" ? bookmarks : request.Matches(stored) && MatchesLabels(stored.Object, labelSelector) && stored.ResourceVersion > from)
                {
                    await WriteLineAsync(context, stored.Type, stored.Object);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The client went away.
        }
        finally
        {
            lock (_lock)
            {
                _watchers.Remove(channel);
            }
        }
    }

    private static async Task WriteLineAsync(HttpContext context, string type, JsonObject obj)
    {
        var line = new JsonObject { ["type"] = type, ["object"] = obj.DeepClone() }.ToJsonString() + "\n";
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(line), context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    private static Task WriteStatusAsync(HttpContext context, int code, string reason, string message)
    {
        context.Response.StatusCode = code;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(StatusObject(code, reason, message).ToJsonString());
    }

    private static JsonObject StatusObject(int code, string reason, string message) => new()
    {
        ["kind"] = "Status",
        ["apiVersion"] = "v1",
        ["status"] = "Failure",
        ["message"] = message,
        ["reason"] = reason,
        ["code"] = code,
    };

    private static JsonNode? MergePatch(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject patchObject)
        {
            return patch?.DeepClone();
        }

        var result = target as JsonObject is { } existing ? existing.DeepClone().AsObject() : [];
        foreach (var (key, value) in patchObject)
        {
            if (value is null)
            {
                result.Remove(key);
            }
            else
            {
                result[key] = MergePatch(result[key], value);
            }
        }

        return result;
    }

    // Values set in C# (int) and parsed ones (JsonElement) alike.
    private static long Number(JsonNode? node, long fallback) =>
        node is null ? fallback : long.Parse(node.ToJsonString(), CultureInfo.InvariantCulture);

    private static string WithoutMetaAndStatus(JsonObject obj)
    {
        var copy = obj.DeepClone().AsObject();
        copy.Remove("metadata");
        copy.Remove("status");
        return copy.ToJsonString();
    }

    internal static string Key(string apiPath, string plural, string ns, string name) => $"{apiPath}|{plural}|{ns}|{name}";
}
