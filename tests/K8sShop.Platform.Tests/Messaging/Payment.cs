namespace K8sShop.Platform.Tests.Messaging;

/// <summary>The writer's state change that the outbox message accompanies.</summary>
public sealed class Payment
{
    public long Id { get; set; }

    public int Number { get; set; }
}
