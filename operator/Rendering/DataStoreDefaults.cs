namespace K8sShop.Operator.Rendering;

/// <summary>The upstream chart used for a managed store when the Storefront names none.</summary>
public sealed record DataStoreDefaults(string Store, string Chart, string Version, string ExistingSecretValue)
{
    public const string RepositoryUrl = "oci://registry-1.docker.io/bitnamicharts";

    public static DataStoreDefaults MySql { get; } = new("mysql", "mysql", "14.0.3", "auth.existingSecret");

    public static DataStoreDefaults MongoDb { get; } = new("mongodb", "mongodb", "16.5.45", "auth.existingSecret");

    public static DataStoreDefaults RabbitMq { get; } = new("rabbitmq", "rabbitmq", "16.0.14", "auth.existingPasswordSecret");
}
