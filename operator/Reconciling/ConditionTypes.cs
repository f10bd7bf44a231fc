namespace K8sShop.Operator.Reconciling;

/// <summary>The condition types of a Storefront's status.</summary>
public static class ConditionTypes
{
    public const string Ready = "Ready";
    public const string Reconciled = "Reconciled";
    public const string DataStoresReady = "DataStoresReady";
    public const string Paused = "Paused";
}
