namespace K8sShop.Inventory.Admin;

/// <summary>Body of <c>POST /api/inventory/admin/stock/{productId}/counts</c>: a count found this many on hand.</summary>
public sealed record StockCountRequest(int CountedOnHand, string? Reason);
