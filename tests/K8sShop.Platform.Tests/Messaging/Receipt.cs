namespace K8sShop.Platform.Tests.Messaging;

/// <summary>The consumer's side effect. No unique key on purpose: a double delivery would show as two rows.</summary>
public sealed class Receipt
{
    public long Id { get; set; }

    public int Number { get; set; }

    public long AmountMinor { get; set; }
}
