using System.ComponentModel;

namespace K8sShop.Operator.Model;

/// <summary>Settings of one of the nine services.</summary>
public sealed class ShopServiceSettings : WorkloadSettings
{
    [Description("Whether the service runs. Default true; false deletes its objects.")]
    public bool Enabled { get; set; } = true;
}
