namespace K8sShop.Notifications.Consumers;

/// <summary>How an order is named to its customer: the first eight characters of its id, as the storefront shows it.</summary>
public static class OrderReference
{
    public static string Of(Guid orderId) => orderId.ToString("N")[..8].ToUpperInvariant();
}
