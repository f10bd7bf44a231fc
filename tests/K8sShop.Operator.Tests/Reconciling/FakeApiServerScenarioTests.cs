using System.Text.Json.Nodes;
using K8sShop.Operator.Tests.Fakes;
using K8sShop.Operator.Tests.Rendering;
using static K8sShop.Operator.Tests.Fakes.FakeClusterOperator;

namespace K8sShop.Operator.Tests.Reconciling;

/// <summary>The real operator against a FakeApiServer (no cluster here): scenarios from issue 6.</summary>
public sealed class FakeApiServerScenarioTests
{
    [Fact]
    public async Task Create_applies_stages_in_order_each_gated_on_the_previous_and_turns_Ready_with_the_fake()
    {
        await using var cluster = await FakeClusterOperator.StartAsync(autoReady: false);
        await cluster.CreateStorefrontAsync(StorefrontSamples.Yaml("minimal"));

        await Eventually.TrueAsync(() => cluster.Api.List(Helm, "helmreleases").Count == 2, "the data store releases are applied");
        await Task.Delay(300);
        Assert.Empty(cluster.Api.List(Batch, "jobs"));
        // Status follows the applies asynchronously; on a loaded machine it can lag them.
        await Eventually.TrueAsync(() => (string?)cluster.Storefront()["status"]?["phase"] == "Pending", "the phase is Pending");
        Assert.Equal("False", cluster.Condition("DataStoresReady"));

        cluster.Api.MakeReady(Helm, "helmreleases");
        await Eventually.TrueAsync(() => cluster.Api.List(Batch, "jobs").Count == 9, "the migration jobs are applied");
        await Task.Delay(300);
        Assert.Empty(cluster.Api.List(Apps, "deployments"));
        await Eventually.TrueAsync(() => cluster.Condition("DataStoresReady") == "True", "DataStoresReady turns True");

        cluster.Api.MakeReady(Batch, "jobs");
        await Eventually.TrueAsync(() => cluster.Api.List(Apps, "deployments").Count == 9, "the service deployments are applied");
        await Task.Delay(300);
        Assert.Null(cluster.Deployment("gateway"));

        cluster.Api.MakeReady(Apps, "deployments");
        await Eventually.TrueAsync(() => cluster.Deployment("gateway") is not null, "the gateway is applied");
        Assert.Equal("False", cluster.Condition("Ready"));

        cluster.Api.MakeReady(Apps, "deployments");
        await cluster.UntilReadyAsync();

        var status = cluster.Storefront()["status"]!;
        Assert.Equal("Ready", (string?)status["phase"]);
        Assert.Equal("http://gateway.shop.svc:8080", (string?)status["url"]);
        Assert.Equal((long)cluster.Storefront()["metadata"]!["generation"]!, (long)status["observedGeneration"]!);
        Assert.All(status["services"]!.AsArray(), s => Assert.Equal(2, (int)s!["readyReplicas"]!));
        Assert.Equal(10, status["services"]!.AsArray().Count);
        Assert.Empty(cluster.Api.ContractViolations);

        var writes = cluster.Api.Writes.ToList();
        int First(string prefix) => writes.FindIndex(w => w.StartsWith(prefix, StringComparison.Ordinal));
        Assert.True(First("apply helmreleases/") < First("apply jobs/"), "data stores before migrations");
        Assert.True(First("apply jobs/") < First("apply deployments/"), "migrations before services");
        Assert.True(First("apply deployments/users") < First("apply deployments/gateway"), "services before the gateway");
    }

    [Fact]
    public async Task Status_conditions_carry_generation_and_an_Event_is_recorded_for_each_flip()
    {
        await using var cluster = await FakeClusterOperator.StartAsync(autoReady: true);
        await cluster.CreateStorefrontAsync(StorefrontSamples.Yaml("minimal"));
        await cluster.UntilReadyAsync();

        var conditions = cluster.Storefront()["status"]!["conditions"]!.AsArray();
        Assert.Equal(["DataStoresReady", "Paused", "Ready", "Reconciled"], conditions.Select(c => (string)c!["type"]!));
        Assert.All(conditions, c => Assert.NotNull(c!["lastTransitionTime"]));
        Assert.All(conditions, c => Assert.Equal(1L, (long)c!["observedGeneration"]!));

        await Eventually.TrueAsync(
            () => cluster.Api.List(Core, "events").Any(e => (string?)e["reason"] == "AllWorkloadsReady"),
            "a Ready event is recorded");
        var readyEvent = cluster.Api.List(Core, "events").First(e => (string?)e["reason"] == "AllWorkloadsReady");
        Assert.Equal("Storefront", (string?)readyEvent["involvedObject"]!["kind"]);
        Assert.Equal("Normal", (string?)readyEvent["type"]);
    }

    [Fact]
    public async Task Status_is_written_only_when_it_changes()
    {
        await using var cluster = await FakeClusterOperator.StartAsync(autoReady: true);
        await cluster.CreateStorefrontAsync(StorefrontSamples.Yaml("minimal"));
        await cluster.UntilReadyAsync();
        await Task.Delay(300);
        var statusWrites = cluster.Api.StatusWrites;
        var transition = (string?)cluster.Storefront()["status"]!["conditions"]![2]!["lastTransitionTime"];
        var applies = cluster.Api.Writes.Count(w => w.StartsWith("apply", StringComparison.Ordinal));

        // Another edit wakes the operator (a reconcile happens) but the outcome is the same.
        cluster.Api.Mutate(Apps, "deployments", Ns, "orders", d => d["metadata"]!["annotations"] = new JsonObject { ["someone"] = "else" });
        await Eventually.TrueAsync(() => cluster.Api.Writes.Count(w => w.StartsWith("apply", StringComparison.Ordinal)) > applies, "a reconcile ran");
        await Task.Delay(300);

        Assert.Equal(statusWrites, cluster.Api.StatusWrites);
        Assert.Equal(transition, (string?)cluster.Storefront()["status"]!["conditions"]![2]!["lastTransitionTime"]);
    }

    [Fact]
    public async Task Drift_on_an_owned_deployment_is_reverted()
    {
        await using var cluster = await FakeClusterOperator.StartAsync(autoReady: true);
        await cluster.CreateStorefrontAsync(StorefrontSamples.Yaml("minimal"));
        await cluster.UntilReadyAsync();

        cluster.Api.Mutate(Apps, "deployments", Ns, "orders", d => d["spec"]!["replicas"] = 7);
        Assert.Equal(7, (int)cluster.Deployment("orders")!["spec"]!["replicas"]!);

        await Eventually.TrueAsync(() => (int)cluster.Deployment("orders")!["spec"]!["replicas"]! == 2, "the replicas are set back to 2");
    }

    [Fact]
    public async Task Drift_on_an_owned_core_object_is_reverted_through_its_watch()
    {
        await using var cluster = await FakeClusterOperator.StartAsync(autoReady: true);
        await cluster.CreateStorefrontAsync(StorefrontSamples.Yaml("minimal"));
        await cluster.UntilReadyAsync();

        cluster.Api.Mutate(Core, "configmaps", Ns, "orders-config", c => c["data"]!["ASPNETCORE_ENVIRONMENT"] = "Development");

        await Eventually.TrueAsync(
            () => (string?)cluster.Api.Get(Core, "configmaps", Ns, "orders-config")!["data"]!["ASPNETCORE_ENVIRONMENT"] == "Production",
            "the ConfigMap is set back",
            seconds: 5);
    }

    [Fact]
    public async Task Paused_storefront_is_left_alone_until_the_annotation_goes()
    {
        await using var cluster = await FakeClusterOperator.StartAsync(autoReady: true);
        await cluster.CreateStorefrontAsync(StorefrontSamples.Yaml("minimal"));
        await cluster.UntilReadyAsync();

        cluster.ChangeStorefront(s => s["metadata"]!["annotations"] = new JsonObject { ["k8sshop.io/reconcile"] = "paused" });
        await Eventually.TrueAsync(() => cluster.Condition("Paused") == "True", "the Paused condition is set");
        Assert.Equal("Paused", (string?)cluster.Storefront()["status"]!["phase"]);

        cluster.Api.Mutate(Apps, "deployments", Ns, "orders", d => d["spec"]!["replicas"] = 7);
        await Task.Delay(500);
        Assert.Equal(7, (int)cluster.Deployment("orders")!["spec"]!["replicas"]!);

        cluster.ChangeStorefront(s => s["metadata"]!.AsObject().Remove("annotations"));
        await Eventually.TrueAsync(() => (int)cluster.Deployment("orders")!["spec"]!["replicas"]! == 2, "drift is repaired after unpausing");
        await Eventually.TrueAsync(() => cluster.Condition("Paused") == "False", "the Paused condition is cleared");
    }

    [Fact]
    public async Task Failing_writes_back_off_and_the_storefront_still_becomes_Ready()
    {
        await using var cluster = await FakeClusterOperator.StartAsync(autoReady: true);
        cluster.Api.FailNextWrites(4, "helmrepositories");
        await cluster.CreateStorefrontAsync(StorefrontSamples.Yaml("minimal"));
        await cluster.UntilReadyAsync();

        Assert.Equal(4, cluster.Api.FailedWrites);
        Assert.Contains(cluster.Api.Writes, w => w.StartsWith("FAILED", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Disabling_a_service_in_the_spec_deletes_its_objects()
    {
        await using var cluster = await FakeClusterOperator.StartAsync(autoReady: true);
        await cluster.CreateStorefrontAsync(StorefrontSamples.Yaml("minimal"));
        await cluster.UntilReadyAsync();
        Assert.NotNull(cluster.Deployment("chat"));

        cluster.ChangeStorefront(s => s["spec"]!["services"] = new JsonObject { ["chat"] = new JsonObject { ["enabled"] = false } });

        await Eventually.TrueAsync(() => cluster.Deployment("chat") is null, "the chat Deployment is deleted");
        await Eventually.TrueAsync(
            () => cluster.Api.Get(Core, "services", Ns, "chat") is null && cluster.Api.Get(Core, "configmaps", Ns, "chat-config") is null,
            "the chat Service and ConfigMap are deleted");
        Assert.DoesNotContain(cluster.Api.List(Batch, "jobs"), j => ((string)j["metadata"]!["name"]!).StartsWith("chat-", StringComparison.Ordinal));
        Assert.NotNull(cluster.Deployment("orders"));
        await Eventually.TrueAsync(() => (long?)cluster.Storefront()["status"]?["observedGeneration"] == 2, "the new generation is observed");
    }

    [Fact]
    public async Task Objects_are_applied_with_a_controller_owner_reference_to_the_storefront()
    {
        await using var cluster = await FakeClusterOperator.StartAsync(autoReady: true);
        await cluster.CreateStorefrontAsync(StorefrontSamples.Yaml("minimal"));
        await cluster.UntilReadyAsync();

        var uid = (string)cluster.Storefront()["metadata"]!["uid"]!;
        var owner = cluster.Deployment("orders")!["metadata"]!["ownerReferences"]![0]!;
        Assert.Equal(uid, (string)owner["uid"]!);
        Assert.True((bool)owner["controller"]!);
    }
}
