namespace K8sShop.Billing.Pricing;

/// <summary>
/// A flat shipping fee (net, minor units) waived when the discounted net subtotal reaches the
/// threshold (configuration section <c>Billing:Shipping</c>). Shipping is taxed at the country's
/// standard rate.
/// </summary>
public sealed class ShippingPolicy
{
    public long FlatFeeMinor { get; set; } = 490;

    public long FreeFromMinor { get; set; } = 5_000;
}
