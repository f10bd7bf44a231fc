namespace K8sShop.Inventory.Stock;

/// <summary>Body of <c>POST /api/stock/lookup</c>: the products an order names.</summary>
public sealed record ProductLookupRequest(IReadOnlyList<Guid>? ProductIds);
