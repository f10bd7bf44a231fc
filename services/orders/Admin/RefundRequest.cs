namespace K8sShop.Orders.Admin;

/// <summary>
/// Why an admin refunds an order (shown in its history and sent to payments), and how much in minor units of the
/// order's currency: a part, or (null) all that is left to refund.
/// </summary>
public sealed record RefundRequest(string? Reason, long? AmountMinor = null);
