namespace K8sShop.Operator.Rendering;

/// <summary>Fixed facts of the platform contract (docs/platform-contract.md).</summary>
public static class ShopCatalog
{
    public const string Gateway = "gateway";
    public const int HttpPort = 8080;
    public const long AppUserId = 1654;
    public const string LivePath = "/healthz/live";
    public const string ReadyPath = "/healthz/ready";
    public const string ConfigHashAnnotation = "k8sshop.io/config-hash";
    public const string PauseAnnotation = "k8sshop.io/reconcile";
    public const string PausedValue = "paused";
    public const string FieldManager = "k8sshop-operator";

    public static IReadOnlyList<string> Services { get; } =
        ["users", "orders", "inventory", "stockcheck", "billing", "notifications", "discounts", "chat", "payments"];

    /// <summary>Services that use MongoDB instead of MySQL when a MongoDB store is configured.</summary>
    public static IReadOnlySet<string> DocumentStoreCapable { get; } = new HashSet<string>(StringComparer.Ordinal) { "notifications", "chat" };

    public static string Image(string registry, string workload, string version) =>
        $"{registry.TrimEnd('/')}/k8sshop-{workload}:{version}";
}
