namespace K8sShop.Billing.Invoicing;

/// <summary>The idempotency keys and customer ids billing's documents are issued under.</summary>
public static class InvoiceKeys
{
    /// <summary>The customer id of a guest order's documents (no account can have it).</summary>
    public const string Guest = "guest";

    public static string ForOrder(Guid orderId) => $"invoice:{orderId}";

    public static string ForRefund(Guid refundId) => $"credit:{refundId}";

    /// <summary>The account's subject id as access tokens carry it in <c>sub</c>.</summary>
    public static string Customer(Guid? customerId) => customerId?.ToString("D") ?? Guest;
}
