using System.Diagnostics.Metrics;
using System.Net;
using k8s;
using K8sShop.Operator.Hosting;
using K8sShop.Operator.Reconciling;
using K8sShop.Operator.Tests.Fakes;
using K8sShop.Operator.Tests.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace K8sShop.Operator.Tests.Reconciling;

/// <summary>The composed operator (as `run` starts it) against a FakeApiServer: leader election, health, metrics.</summary>
public sealed class OperatorHostTests
{
    [Fact]
    public async Task Operator_takes_the_lease_becomes_ready_reconciles_and_counts_reconciles()
    {
        await using var api = await FakeApiServer.StartAsync();
        api.AutoReady = true;
        using var client = new Kubernetes(new KubernetesClientConfiguration { Host = api.Url });
        long reconciles = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == OperatorMetrics.MeterName && instrument.Name == "k8sshop.operator.reconciles")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref reconciles, value));
        listener.Start();

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Operator:WatchNamespaces:0"] = FakeClusterOperator.Ns,
            ["LeaderElection:Namespace"] = FakeClusterOperator.Ns,
        });
        await using var app = OperatorHost.Build(builder, client);
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
        await Eventually.TrueAsync(
            () => (string?)api.Get("apis/coordination.k8s.io/v1", "leases", FakeClusterOperator.Ns, "k8sshop-operator")?["spec"]?["holderIdentity"] is { Length: > 0 },
            "the operator holds the Lease");
        await Eventually.TrueAsync(() => app.Services.GetRequiredService<ControllerHealth>().IsLeader && app.Services.GetRequiredService<ControllerHealth>().IsReady, "the leader synced");
        Assert.Equal("leader, synced", await http.GetStringAsync(new Uri("/readyz", UriKind.Relative)));

        var body = K8sShop.Operator.Rendering.ManifestYaml.Read(StorefrontSamples.Yaml("minimal"))[0].AsObject();
        body["metadata"]!.AsObject().Remove("uid");
        await client.CustomObjects.CreateNamespacedCustomObjectAsync(body, "k8sshop.io", "v1alpha1", FakeClusterOperator.Ns, "storefronts");
        await Eventually.TrueAsync(
            () => (string?)api.Get(FakeClusterOperator.Storefronts, "storefronts", FakeClusterOperator.Ns, "shop")?["status"]?["phase"] == "Ready",
            "the leader reconciled the Storefront",
            seconds: 20);
        await Eventually.TrueAsync(() => Interlocked.Read(ref reconciles) > 0, "reconciles are counted");

        await app.StopAsync();
    }
}
