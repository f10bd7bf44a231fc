namespace K8sShop.Orders.Admin;

/// <summary>Why an admin refunds an order (shown in its history and sent to payments).</summary>
public sealed record RefundRequest(string? Reason);
