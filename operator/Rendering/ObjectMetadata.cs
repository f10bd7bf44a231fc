using System.Text.Json.Nodes;
using K8sShop.Operator.Model;

namespace K8sShop.Operator.Rendering;

/// <summary>Names, labels and the controller owner reference every child object carries.</summary>
public static class ObjectMetadata
{
    public const string NameLabel = "app.kubernetes.io/name";
    public const string InstanceLabel = "app.kubernetes.io/instance";
    public const string ComponentLabel = "app.kubernetes.io/component";
    public const string PartOfLabel = "app.kubernetes.io/part-of";
    public const string ManagedByLabel = "app.kubernetes.io/managed-by";
    public const string VersionLabel = "app.kubernetes.io/version";
    public const string PartOf = "k8sshop";

    public static JsonObject Labels(Storefront storefront, string workload, string component) => new()
    {
        [NameLabel] = workload,
        [InstanceLabel] = storefront.Metadata.Name,
        [ComponentLabel] = component,
        [PartOfLabel] = PartOf,
        [ManagedByLabel] = ShopCatalog.FieldManager,
        [VersionLabel] = storefront.Spec.Version,
    };

    /// <summary>Pod selector: never the version, because a Deployment's selector is immutable.</summary>
    public static JsonObject Selector(Storefront storefront, string workload) => new()
    {
        [NameLabel] = workload,
        [InstanceLabel] = storefront.Metadata.Name,
    };

    /// <summary>Label selector of everything the operator made for one storefront (used to find orphans).</summary>
    public static string OwnedSelector(string storefrontName) =>
        $"{ManagedByLabel}={ShopCatalog.FieldManager},{InstanceLabel}={storefrontName}";

    public static JsonObject For(Storefront storefront, string name, string workload, string component)
    {
        var metadata = new JsonObject
        {
            ["name"] = name,
            ["namespace"] = NamespaceOf(storefront),
            ["labels"] = Labels(storefront, workload, component),
        };

        // A Storefront read from a file (render) has no uid yet; the reference is added once it exists in a cluster.
        if (!string.IsNullOrEmpty(storefront.Metadata.Uid))
        {
            metadata["ownerReferences"] = new JsonArray(new JsonObject
            {
                ["apiVersion"] = Storefront.ApiVersionName,
                ["kind"] = Storefront.KindName,
                ["name"] = storefront.Metadata.Name,
                ["uid"] = storefront.Metadata.Uid,
                ["controller"] = true,
                ["blockOwnerDeletion"] = true,
            });
        }

        return metadata;
    }

    public static string NamespaceOf(Storefront storefront) =>
        string.IsNullOrEmpty(storefront.Metadata.NamespaceProperty) ? "default" : storefront.Metadata.NamespaceProperty;
}
