using System.Text.Json.Nodes;
using K8sShop.Operator.Model;

namespace K8sShop.Operator.Rendering;

/// <summary>
/// Storefront → every object the operator applies, in stage order. Pure: the same Storefront always
/// yields byte-identical objects, so an operator upgrade does not roll pods that have not changed.
/// </summary>
public static class DesiredStateBuilder
{
    public static IReadOnlyList<Manifest> Build(Storefront storefront)
    {
        var manifests = new List<Manifest>();
        var spec = storefront.Spec;

        foreach (var (defaults, settings) in ManagedStores(spec.DataStores))
        {
            manifests.AddRange(DataStoreReleases.Build(storefront, defaults, settings).Select(body => new Manifest(ReconcileStage.DataStores, body)));
        }

        var shopPods = new JsonArray(new JsonObject
        {
            ["podSelector"] = new JsonObject
            {
                ["matchLabels"] = new JsonObject
                {
                    [ObjectMetadata.PartOfLabel] = ObjectMetadata.PartOf,
                    [ObjectMetadata.InstanceLabel] = storefront.Metadata.Name,
                },
            },
        });

        foreach (var (service, settings) in spec.Services.ByName().Where(pair => pair.Value.Enabled))
        {
            var config = WorkloadConfig.ForService(storefront, service, settings);
            if (!DataStoreSecrets.UsesDocumentStore(spec.DataStores, service))
            {
                manifests.Add(new Manifest(ReconcileStage.Migrations, MigrationJob.Build(storefront, service, settings, config)));
            }

            manifests.AddRange(WorkloadObjects.Build(storefront, service, settings, config, shopPods)
                .Select(body => new Manifest(ReconcileStage.Services, body)));
        }

        manifests.AddRange(WorkloadObjects.Build(storefront, ShopCatalog.Gateway, spec.Gateway, WorkloadConfig.ForGateway(storefront), GatewayClients(spec.Ingress))
            .Select(body => new Manifest(ReconcileStage.Edge, body)));
        if (spec.Ingress is { } ingress)
        {
            manifests.Add(new Manifest(ReconcileStage.Edge, IngressObject.Build(storefront, ingress)));
        }

        return manifests.OrderBy(manifest => manifest.Stage).ToList();
    }

    private static IEnumerable<(DataStoreDefaults Defaults, ManagedDataStore Settings)> ManagedStores(DataStores stores)
    {
        if (stores.Mysql.Managed is { } mysql)
        {
            yield return (DataStoreDefaults.MySql, mysql);
        }

        if (stores.Mongodb?.Managed is { } mongodb)
        {
            yield return (DataStoreDefaults.MongoDb, mongodb);
        }

        if (stores.Rabbitmq.Managed is { } rabbitmq)
        {
            yield return (DataStoreDefaults.RabbitMq, rabbitmq);
        }
    }

    // Only the ingress controller reaches the gateway; without an Ingress, pods of the namespace do.
    private static JsonArray GatewayClients(IngressSettings? ingress) => ingress is null
        ? new JsonArray(new JsonObject { ["podSelector"] = new JsonObject() })
        : new JsonArray(new JsonObject
        {
            ["namespaceSelector"] = new JsonObject
            {
                ["matchLabels"] = new JsonObject { ["kubernetes.io/metadata.name"] = ingress.ControllerNamespace },
            },
        });
}
