using System.Globalization;
using System.Text.Json.Nodes;
using K8sShop.Operator.Model;

namespace K8sShop.Operator.Rendering;

/// <summary>What one workload reads at start-up: plain settings (ConfigMap) and secret references (env).</summary>
public sealed record WorkloadConfig(JsonObject Data, JsonArray EnvFrom, JsonArray Env)
{
    public string Hash => ConfigHash.Of(Data, EnvFrom, Env);

    public static WorkloadConfig ForService(Storefront storefront, string service, WorkloadSettings settings)
    {
        var spec = storefront.Spec;
        var data = CommonData(storefront, service);
        data["Database__MigrateOnStartup"] = "false";
        data["Bus__Transport"] = "RabbitMq";
        IssuerWiring.AddSettings(data, storefront, service);
        ProxyTrust.AddSettings(data, storefront, service);
        AddExtraEnv(data, settings);

        var envFrom = new JsonArray { ConfigMapRef(service) };
        if (service == "payments" && spec.Payments is { } payments)
        {
            envFrom.Add(SecretRef(payments.SecretName));
        }

        if (service == "notifications" && spec.Smtp is { } smtp)
        {
            envFrom.Add(SecretRef(smtp.SecretName));
        }

        if (service == "users")
        {
            envFrom.Add(SecretRef(IssuerWiring.SecretName(spec)));
        }

        var env = DownwardApiEnv(storefront);
        env.Add(SecretKeyEnv($"ConnectionStrings__{service}", DataStoreSecrets.ForService(spec.DataStores, service), service));
        env.Add(SecretKeyEnv("ConnectionStrings__rabbitmq", DataStoreSecrets.SecretName("rabbitmq", spec.DataStores.Rabbitmq), "rabbitmq"));
        if (IssuerWiring.ServiceClients.Contains(service))
        {
            var key = IssuerWiring.ClientSecretKey(service);
            env.Add(SecretKeyEnv(key, IssuerWiring.SecretName(spec), key));
        }
        return new WorkloadConfig(Sorted(data), envFrom, env);
    }

    public static WorkloadConfig ForGateway(Storefront storefront)
    {
        var data = CommonData(storefront, ShopCatalog.Gateway);
        foreach (var (service, settings) in storefront.Spec.Services.ByName())
        {
            if (settings.Enabled)
            {
                data[$"ReverseProxy__Clusters__{service}__Destinations__primary__Address"] = ServiceUrl(service);
            }
        }

        ProxyTrust.AddSettings(data, storefront, ShopCatalog.Gateway);
        AddExtraEnv(data, storefront.Spec.Gateway);
        return new WorkloadConfig(Sorted(data), [ConfigMapRef(ShopCatalog.Gateway)], DownwardApiEnv(storefront));
    }

    public static string ConfigMapName(string workload) => $"{workload}-config";

    private static JsonObject CommonData(Storefront storefront, string workload)
    {
        var data = new JsonObject
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_HTTP_PORTS"] = ShopCatalog.HttpPort.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var service in ShopCatalog.Services)
        {
            data[$"Services__{service}__http__0"] = ServiceUrl(service);
        }

        if (storefront.Spec.Telemetry is { } telemetry)
        {
            data["OTEL_SERVICE_NAME"] = workload;
            data["OTEL_EXPORTER_OTLP_ENDPOINT"] = telemetry.Endpoint;
            data["OTEL_EXPORTER_OTLP_PROTOCOL"] = telemetry.Protocol;
        }

        return data;
    }

    private static void AddExtraEnv(JsonObject data, WorkloadSettings settings)
    {
        foreach (var variable in settings.Env)
        {
            data[variable.Name] = variable.Value;
        }
    }

    // OTEL_RESOURCE_ATTRIBUTES needs the pod name from the downward API, so it lives in env, after POD_NAME.
    private static JsonArray DownwardApiEnv(Storefront storefront)
    {
        var env = new JsonArray
        {
            FieldEnv("POD_NAME", "metadata.name"),
            FieldEnv("POD_NAMESPACE", "metadata.namespace"),
        };
        if (storefront.Spec.Telemetry is { } telemetry)
        {
            var attributes = new List<string>
            {
                "k8s.pod.name=$(POD_NAME)",
                "k8s.namespace.name=$(POD_NAMESPACE)",
                $"service.namespace={storefront.Metadata.Name}",
                $"service.version={storefront.Spec.Version}",
            };
            attributes.AddRange(telemetry.ResourceAttributes
                .OrderBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => $"{pair.Key}={pair.Value}"));
            env.Add(new JsonObject { ["name"] = "OTEL_RESOURCE_ATTRIBUTES", ["value"] = string.Join(',', attributes) });
        }

        return env;
    }

    private static string ServiceUrl(string service) => $"http://{service}:{ShopCatalog.HttpPort}";

    private static JsonObject Sorted(JsonObject data) =>
        new(data.OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new KeyValuePair<string, JsonNode?>(pair.Key, pair.Value?.DeepClone())));

    private static JsonObject ConfigMapRef(string workload) =>
        new() { ["configMapRef"] = new JsonObject { ["name"] = ConfigMapName(workload) } };

    private static JsonObject SecretRef(string name) =>
        new() { ["secretRef"] = new JsonObject { ["name"] = name } };

    private static JsonObject FieldEnv(string name, string path) => new()
    {
        ["name"] = name,
        ["valueFrom"] = new JsonObject { ["fieldRef"] = new JsonObject { ["fieldPath"] = path } },
    };

    private static JsonObject SecretKeyEnv(string name, string secret, string key) => new()
    {
        ["name"] = name,
        ["valueFrom"] = new JsonObject { ["secretKeyRef"] = new JsonObject { ["name"] = secret, ["key"] = key } },
    };
}
