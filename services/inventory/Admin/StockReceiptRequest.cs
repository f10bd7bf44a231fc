namespace K8sShop.Inventory.Admin;

/// <summary>Body of <c>POST /api/inventory/admin/stock/{productId}/receipts</c>: goods arrived.</summary>
public sealed record StockReceiptRequest(int Quantity, string? Reason);
