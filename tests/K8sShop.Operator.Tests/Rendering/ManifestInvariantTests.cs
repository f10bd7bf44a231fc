using System.Text.Json.Nodes;
using K8sShop.Operator.Model;
using K8sShop.Operator.Rendering;

namespace K8sShop.Operator.Tests.Rendering;

public sealed class ManifestInvariantTests
{
    public static TheoryData<string> Samples => new(StorefrontSamples.Names);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_object_is_controlled_by_its_storefront(string sample)
    {
        var storefront = StorefrontSamples.Load(sample);
        foreach (var manifest in DesiredStateBuilder.Build(storefront))
        {
            var owner = Assert.Single(manifest.Body["metadata"]!["ownerReferences"]!.AsArray())!;
            Assert.Equal(storefront.Metadata.Uid, (string)owner["uid"]!);
            Assert.Equal("Storefront", (string)owner["kind"]!);
            Assert.True((bool)owner["controller"]!, $"{manifest} owner is not the controller");
            Assert.Equal(storefront.Metadata.NamespaceProperty, manifest.Namespace);
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_object_carries_the_standard_labels(string sample)
    {
        foreach (var manifest in StorefrontSamples.Build(sample))
        {
            var labels = manifest.Body["metadata"]!["labels"]!.AsObject();
            foreach (var label in new[] { ObjectMetadata.NameLabel, ObjectMetadata.InstanceLabel, ObjectMetadata.ComponentLabel, ObjectMetadata.PartOfLabel, ObjectMetadata.ManagedByLabel, ObjectMetadata.VersionLabel })
            {
                Assert.True(labels.ContainsKey(label), $"{manifest} lacks {label}");
            }

            Assert.Equal("k8sshop-operator", (string)labels[ObjectMetadata.ManagedByLabel]!);
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_pod_runs_non_root_with_a_read_only_root_file_system(string sample)
    {
        foreach (var (manifest, pod) in Pods(StorefrontSamples.Build(sample)))
        {
            Assert.True((bool)pod["securityContext"]!["runAsNonRoot"]!, manifest.ToString());
            Assert.Equal(1654, (long)pod["securityContext"]!["runAsUser"]!);
            Assert.False((bool)pod["automountServiceAccountToken"]!);
            var container = pod["containers"]![0]!;
            Assert.True((bool)container["securityContext"]!["readOnlyRootFilesystem"]!, manifest.ToString());
            Assert.False((bool)container["securityContext"]!["allowPrivilegeEscalation"]!);
            Assert.Equal("ALL", (string)container["securityContext"]!["capabilities"]!["drop"]![0]!);
            Assert.NotNull(container["resources"]!["requests"]);
            Assert.Equal("/tmp", (string)container["volumeMounts"]![0]!["mountPath"]!);
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_deployment_probes_live_and_ready_paths_on_8080(string sample)
    {
        foreach (var deployment in Of(StorefrontSamples.Build(sample), "Deployment"))
        {
            var container = deployment.Body["spec"]!["template"]!["spec"]!["containers"]![0]!;
            Assert.Equal("/healthz/live", (string)container["livenessProbe"]!["httpGet"]!["path"]!);
            Assert.Equal("/healthz/ready", (string)container["readinessProbe"]!["httpGet"]!["path"]!);
            Assert.Equal(8080, (int)container["ports"]![0]!["containerPort"]!);
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Deployment_under_HPA_has_no_replicas_and_others_have(string sample)
    {
        var manifests = StorefrontSamples.Build(sample);
        var autoscaled = Of(manifests, "HorizontalPodAutoscaler").Select(h => h.Name).ToHashSet();
        foreach (var deployment in Of(manifests, "Deployment"))
        {
            Assert.Equal(!autoscaled.Contains(deployment.Name), deployment.Body["spec"]!.AsObject().ContainsKey("replicas"));
        }

        if (sample == "hpa")
        {
            Assert.Equal(new HashSet<string> { "orders", "gateway" }, autoscaled);
        }
    }

    [Fact]
    public void Identical_input_renders_identical_output()
    {
        foreach (var sample in StorefrontSamples.Names)
        {
            var first = ManifestYaml.Write(StorefrontSamples.Build(sample).Select(m => m.Body));
            var roundTripped = StorefrontJson.FromNode(StorefrontJson.ToNode(StorefrontSamples.Load(sample)));
            Assert.Equal(first, ManifestYaml.Write(DesiredStateBuilder.Build(roundTripped).Select(m => m.Body)));
        }
    }

    [Fact]
    public void Config_hash_changes_when_configuration_changes()
    {
        var before = Hashes(StorefrontSamples.Load("minimal"));

        var withEnv = StorefrontSamples.Load("minimal");
        withEnv.Spec.Services.Orders.Env.Add(new EnvVarSetting { Name = "Orders__MaxLines", Value = "10" });
        var afterEnv = Hashes(withEnv);
        Assert.NotEqual(before["orders"], afterEnv["orders"]);
        Assert.Equal(before["users"], afterEnv["users"]);

        var withTelemetry = StorefrontSamples.Load("minimal");
        withTelemetry.Spec.Telemetry = new TelemetrySettings { Endpoint = "http://collector:4317" };
        Assert.All(Hashes(withTelemetry), pair => Assert.NotEqual(before[pair.Key], pair.Value));
    }

    [Fact]
    public void Config_hash_stays_when_only_scale_or_resources_change()
    {
        var before = Hashes(StorefrontSamples.Load("minimal"));
        var scaled = StorefrontSamples.Load("minimal");
        scaled.Spec.Services.Orders.Replicas = 7;
        scaled.Spec.Services.Orders.Resources.Requests.Cpu = "2";
        scaled.Spec.Gateway.Autoscaling.Enabled = true;
        Assert.Equal(before, Hashes(scaled));
    }

    [Fact]
    public void Telemetry_sets_otel_variables_with_the_pod_name_from_the_downward_api()
    {
        var manifests = StorefrontSamples.Build("telemetry");
        var config = Of(manifests, "ConfigMap").Single(c => c.Name == "orders-config").Body["data"]!;
        Assert.Equal("orders", (string)config["OTEL_SERVICE_NAME"]!);
        Assert.Equal("http://otel-collector.observability:4318", (string)config["OTEL_EXPORTER_OTLP_ENDPOINT"]!);
        Assert.Equal("http/protobuf", (string)config["OTEL_EXPORTER_OTLP_PROTOCOL"]!);

        var env = Of(manifests, "Deployment").Single(d => d.Name == "orders").Body["spec"]!["template"]!["spec"]!["containers"]![0]!["env"]!.AsArray();
        var names = env.Select(e => (string)e!["name"]!).ToList();
        Assert.Equal("metadata.name", (string)env.Single(e => (string)e!["name"]! == "POD_NAME")!["valueFrom"]!["fieldRef"]!["fieldPath"]!);
        Assert.True(names.IndexOf("POD_NAME") < names.IndexOf("OTEL_RESOURCE_ATTRIBUTES"), "POD_NAME must precede its use");
        var attributes = (string)env.Single(e => (string)e!["name"]! == "OTEL_RESOURCE_ATTRIBUTES")!["value"]!;
        Assert.Contains("k8s.pod.name=$(POD_NAME)", attributes, StringComparison.Ordinal);
        Assert.Contains("deployment.environment=staging", attributes, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_telemetry_no_otel_variables_are_set()
    {
        var yaml = ManifestYaml.Write(StorefrontSamples.Build("minimal").Select(m => m.Body));
        Assert.DoesNotContain("OTEL_", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_gateway_is_reachable_from_the_ingress_controller()
    {
        var policies = Of(StorefrontSamples.Build("full"), "NetworkPolicy").ToDictionary(p => p.Name, p => p.Body["spec"]!["ingress"]![0]!["from"]![0]!);
        Assert.Equal("ingress-nginx", (string)policies["gateway"]!["namespaceSelector"]!["matchLabels"]!["kubernetes.io/metadata.name"]!);
        foreach (var service in ShopCatalog.Services.Where(s => s != "chat"))
        {
            Assert.Null(policies[service]!["namespaceSelector"]);
            Assert.Equal("k8sshop", (string)policies[service]!["podSelector"]!["matchLabels"]![ObjectMetadata.PartOfLabel]!);
        }
    }

    [Fact]
    public void Disabled_service_has_no_objects()
    {
        var manifests = StorefrontSamples.Build("full");
        Assert.DoesNotContain(manifests, m => (string?)m.Body["metadata"]!["labels"]![ObjectMetadata.NameLabel] == "chat");
        Assert.DoesNotContain("ReverseProxy__Clusters__chat__Destinations__primary__Address", Of(manifests, "ConfigMap").Single(c => c.Name == "gateway-config").Body["data"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void Migration_jobs_run_for_relational_services_only()
    {
        var jobs = Of(StorefrontSamples.Build("full"), "Job").Select(j => (string)j.Body["metadata"]!["labels"]![ObjectMetadata.NameLabel]!).ToHashSet();
        Assert.Equal(new HashSet<string> { "users", "orders", "inventory", "stockcheck", "billing", "discounts", "payments" }, jobs);
        var minimalJobs = Of(StorefrontSamples.Build("minimal"), "Job").ToList();
        Assert.Equal(9, minimalJobs.Count);
        Assert.All(minimalJobs, job => Assert.Contains(
            job.Body["spec"]!["template"]!["spec"]!["containers"]![0]!["env"]!.AsArray(),
            e => (string)e!["name"]! == "Database__MigrateAndExit" && (string)e["value"]! == "true"));
    }

    [Fact]
    public void Secrets_are_referenced_never_inlined()
    {
        var manifests = StorefrontSamples.Build("full");
        Assert.DoesNotContain(manifests, m => m.Kind == "Secret");
        var payments = Of(manifests, "Deployment").Single(d => d.Name == "payments").Body["spec"]!["template"]!["spec"]!["containers"]![0]!;
        Assert.Contains(payments["envFrom"]!.AsArray(), e => (string?)e!["secretRef"]?["name"] == "shop-payments");
        var orders = Of(manifests, "Deployment").Single(d => d.Name == "orders").Body["spec"]!["template"]!["spec"]!["containers"]![0]!;
        Assert.DoesNotContain(orders["envFrom"]!.AsArray(), e => e!["secretRef"] is not null);
    }

    [Fact]
    public void Managed_data_stores_become_flux_helm_releases_and_external_ones_do_not()
    {
        var full = StorefrontSamples.Build("full");
        Assert.Equal(["mysql", "mongodb", "rabbitmq"], Of(full, "HelmRelease").Select(r => r.Name));
        Assert.All(Of(full, "HelmRelease"), r => Assert.Equal(ReconcileStage.DataStores, r.Stage));
        Assert.Equal("20Gi", (string)Of(full, "HelmRelease").First().Body["spec"]!["values"]!["primary"]!["persistence"]!["size"]!);
        Assert.Empty(Of(StorefrontSamples.Build("external"), "HelmRelease"));
    }

    [Fact]
    public void Stages_come_in_order_data_stores_migrations_services_edge()
    {
        var stages = StorefrontSamples.Build("full").Select(m => m.Stage).ToList();
        Assert.Equal(stages.Order(), stages);
        Assert.Equal(ReconcileStage.Edge, StorefrontSamples.Build("full").Single(m => m.Kind == "Ingress").Stage);
    }

    private static Dictionary<string, string> Hashes(Storefront storefront) =>
        Of(DesiredStateBuilder.Build(storefront), "Deployment").ToDictionary(
            d => d.Name,
            d => (string)d.Body["spec"]!["template"]!["metadata"]!["annotations"]![ShopCatalog.ConfigHashAnnotation]!);

    private static IEnumerable<Manifest> Of(IEnumerable<Manifest> manifests, string kind) => manifests.Where(m => m.Kind == kind);

    private static IEnumerable<(Manifest Manifest, JsonNode Pod)> Pods(IEnumerable<Manifest> manifests) =>
        manifests.Where(m => m.Kind is "Deployment" or "Job").Select(m => (m, m.Body["spec"]!["template"]!["spec"]!));
}
