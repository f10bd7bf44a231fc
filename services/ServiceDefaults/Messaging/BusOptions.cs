namespace K8sShop.ServiceDefaults.Messaging;

/// <summary>Which transport carries messages (configuration section <c>Bus</c>).</summary>
public sealed class BusOptions
{
    /// <summary>
    /// <c>RabbitMq</c> or <c>InMemory</c> (the one-process host). Default: RabbitMq when
    /// <c>ConnectionStrings:rabbitmq</c> is set, otherwise InMemory.
    /// </summary>
    public string? Transport { get; set; }

    /// <summary>Deliveries a consumer gets before the message goes to the error queue. Default 5.</summary>
    public int RetryLimit { get; set; } = 5;
}
