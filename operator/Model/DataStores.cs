using System.ComponentModel;

namespace K8sShop.Operator.Model;

/// <summary>The shop's data stores.</summary>
public sealed class DataStores
{
    [Description("MySQL for every relational service. Default managed with the upstream chart's defaults.")]
    public DataStoreSettings Mysql { get; set; } = new() { Managed = new() };

    [Description("MongoDB for notifications and chat. Optional; without it they use MySQL.")]
    public DataStoreSettings? Mongodb { get; set; }

    [Description("RabbitMQ, the message bus. Default managed with the upstream chart's defaults.")]
    public DataStoreSettings Rabbitmq { get; set; } = new() { Managed = new() };
}
