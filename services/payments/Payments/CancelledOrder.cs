namespace K8sShop.Payments.Payments;

/// <summary>An order its customer cancelled, remembered so a charge for it that is still queued is never taken.</summary>
public sealed class CancelledOrder
{
    public Guid OrderId { get; set; }

    public DateTime CancelledAtUtc { get; set; }
}
