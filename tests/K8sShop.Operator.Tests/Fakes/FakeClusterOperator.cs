using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;
using k8s;
using K8sShop.Operator.Cluster;
using K8sShop.Operator.Queue;
using K8sShop.Operator.Reconciling;
using K8sShop.Operator.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace K8sShop.Operator.Tests.Fakes;

/// <summary>The real controller, reconciler, informers and KubernetesClient, pointed at a FakeApiServer.</summary>
internal sealed class FakeClusterOperator : IAsyncDisposable
{
    public const string Ns = "shop";
    public const string Storefronts = "apis/k8sshop.io/v1alpha1";
    public const string Apps = "apis/apps/v1";
    public const string Batch = "apis/batch/v1";
    public const string Helm = "apis/helm.toolkit.fluxcd.io/v2";
    public const string Core = "api/v1";

    private readonly CancellationTokenSource _stop = new();
    private readonly ServiceProvider _services;
    private readonly RateLimitedWorkQueue _queue;
    private readonly OperatorMetrics _metrics;
    private Task _run = Task.CompletedTask;

    private FakeClusterOperator(FakeApiServer api)
    {
        Api = api;
        Client = new Kubernetes(new KubernetesClientConfiguration { Host = api.Url });
        _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        _queue = new RateLimitedWorkQueue(TimeProvider.System);
        _metrics = new OperatorMetrics(_services.GetRequiredService<IMeterFactory>(), () => _queue.Depth);
        var reconciler = new StorefrontReconciler(new KubernetesClusterClient(Client), TimeProvider.System, NullLogger<StorefrontReconciler>.Instance);
        Controller = new StorefrontController(
            reconciler,
            (kind, ns, labelSelector) => new KubernetesWatchSource(Client, kind, ns, labelSelector),
            _queue,
            _metrics,
            new ControllerOptions { WatchNamespaces = [Ns] },
            TimeProvider.System,
            NullLoggerFactory.Instance);
    }

    public FakeApiServer Api { get; }

    public Kubernetes Client { get; }

    public StorefrontController Controller { get; }

    public static async Task<FakeClusterOperator> StartAsync(bool autoReady)
    {
        var api = await FakeApiServer.StartAsync();
        api.AutoReady = autoReady;
        var cluster = new FakeClusterOperator(api);
        cluster._run = cluster.Controller.RunAsync(cluster._stop.Token);
        await Eventually.TrueAsync(() => cluster.Controller.HasSynced, "the informers synced");
        return cluster;
    }

    /// <summary>Creates the Storefront through the real client (POST to the fake).</summary>
    public async Task CreateStorefrontAsync(string sampleYaml)
    {
        var body = ManifestYaml.Read(sampleYaml)[0].AsObject();
        body["metadata"]!["namespace"] = Ns;
        body["metadata"]!.AsObject().Remove("uid");
        await Client.CustomObjects.CreateNamespacedCustomObjectAsync(body, "k8sshop.io", "v1alpha1", Ns, "storefronts");
    }

    public JsonObject Storefront() => Api.Get(Storefronts, "storefronts", Ns, "shop")!;

    public string? Condition(string type) =>
        (string?)Storefront()["status"]?["conditions"]?.AsArray().FirstOrDefault(c => (string?)c!["type"] == type)?["status"];

    public JsonObject? Deployment(string name) => Api.Get(Apps, "deployments", Ns, name);

    public void ChangeStorefront(Action<JsonObject> change) => Api.Mutate(Storefronts, "storefronts", Ns, "shop", change);

    public Task UntilReadyAsync() => Eventually.TrueAsync(() => Condition("Ready") == "True", "the Storefront is Ready", seconds: 20);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _run.WaitAsync(TimeSpan.FromSeconds(10));
        _metrics.Dispose();
        await _services.DisposeAsync();
        _queue.Dispose();
        Client.Dispose();
        _stop.Dispose();
        await Api.DisposeAsync();
    }
}
