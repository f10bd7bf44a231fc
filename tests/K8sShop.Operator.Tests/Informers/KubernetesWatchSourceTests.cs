using System.Globalization;
using System.Text.Json.Nodes;
using k8s;
using K8sShop.Operator.Cluster;
using K8sShop.Operator.Informers;
using K8sShop.Operator.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace K8sShop.Operator.Tests.Informers;

/// <summary>The informer over the real KubernetesClient watch, against a FakeApiServer.</summary>
public sealed class KubernetesWatchSourceTests : IAsyncLifetime, IDisposable
{
    private const string Apps = "apis/apps/v1";
    private readonly CancellationTokenSource _stop = new();
    private FakeApiServer _api = null!;
    private Kubernetes _client = null!;
    private Informer _informer = null!;
    private Task _run = Task.CompletedTask;

    public async Task InitializeAsync()
    {
        _api = await FakeApiServer.StartAsync();
        _api.Create(Apps, "deployments", Deployment("first"));
        _client = new Kubernetes(new KubernetesClientConfiguration { Host = _api.Url });
        _informer = new Informer(new KubernetesWatchSource(_client, ResourceKinds.Deployment, "shop"), new InformerOptions(), TimeProvider.System, NullLogger.Instance);
        _run = _informer.RunAsync(_stop.Token);
        await _informer.WaitForSyncAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Listed_objects_and_watched_changes_reach_the_cache_with_their_kind()
    {
        Assert.Equal("Deployment", (string?)_informer.Get("shop/first")!["kind"]);
        _api.Create(Apps, "deployments", Deployment("second"));
        await Eventually.TrueAsync(() => _informer.Get("shop/second") is not null, "the watched object is cached");
    }

    [Fact]
    public async Task Bookmark_from_the_fake_moves_the_informer_resource_version()
    {
        await Task.Delay(200);
        _api.Create(Apps, "other", Deployment("elsewhere"));
        _api.SendBookmark();
        var expected = _api.CurrentResourceVersion.ToString(CultureInfo.InvariantCulture);
        await Eventually.TrueAsync(() => _informer.ResourceVersion == expected, "the bookmark's resourceVersion is taken");
    }

    [Fact]
    public async Task Watch_from_a_compacted_resource_version_gets_410_and_the_informer_lists_again()
    {
        await Task.Delay(200);
        _api.Create(Apps, "deployments", Deployment("before-compaction"));
        await Eventually.TrueAsync(() => _informer.Get("shop/before-compaction") is not null, "the object is cached");
        // History moves on where this informer does not look, then is compacted: its version is now too old.
        _api.Create(Apps, "statefulsets", Deployment("unwatched"));
        _api.Compact();
        _api.DropWatches();

        await Eventually.TrueAsync(() => _informer.Lists == 2, "the informer relisted", seconds: 15);
        _api.Create(Apps, "deployments", Deployment("after-compaction"));
        await Eventually.TrueAsync(() => _informer.Get("shop/after-compaction") is not null, "the relist found the new object");
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        await _run.WaitAsync(TimeSpan.FromSeconds(10));
        await _api.DisposeAsync();
    }

    public void Dispose()
    {
        _client.Dispose();
        _stop.Dispose();
    }

    private static JsonObject Deployment(string name) => new()
    {
        ["apiVersion"] = "apps/v1",
        ["kind"] = "Deployment",
        ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = "shop" },
        ["spec"] = new JsonObject { ["replicas"] = 1 },
    };
}
