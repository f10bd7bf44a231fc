using System.ComponentModel;

namespace K8sShop.Operator.Model;

/// <summary>A data store is either managed by the operator or external, never both.</summary>
[CelRule("has(self.managed) != has(self.external)", "a data store is either managed or external, not both")]
public sealed class DataStoreSettings
{
    [Description("Deploy the store through a Flux HelmRelease of an upstream chart.")]
    public ManagedDataStore? Managed { get; set; }

    [Description("Use an existing store; its connection strings come from a Secret.")]
    public ExternalDataStore? External { get; set; }
}
