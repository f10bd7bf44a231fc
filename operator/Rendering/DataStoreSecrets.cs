using K8sShop.Operator.Model;

namespace K8sShop.Operator.Rendering;

/// <summary>Which Secret holds a service's connection string (the key inside it is the service name).</summary>
public static class DataStoreSecrets
{
    public static string ForService(DataStores stores, string service) =>
        UsesDocumentStore(stores, service)
            ? SecretName("mongodb", stores.Mongodb!)
            : SecretName("mysql", stores.Mysql);

    public static bool UsesDocumentStore(DataStores stores, string service) =>
        stores.Mongodb is not null && ShopCatalog.DocumentStoreCapable.Contains(service);

    public static string SecretName(string store, DataStoreSettings settings) =>
        settings.External?.SecretName
        ?? settings.Managed?.ConnectionSecretName
        ?? $"{store}-connections";
}
