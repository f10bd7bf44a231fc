namespace K8sShop.Billing.Orders;

/// <summary>How billing answered an order's <c>PriceOrder</c>; the same answer is given again if it is asked again.</summary>
public enum PricedOrderStatus
{
    Priced,
    Failed,
}
