namespace K8sShop.Inventory.Stock;

/// <summary>Answer of <c>POST /api/stock/lookup</c>; unknown ids are simply absent.</summary>
public sealed record ProductLookupResponse(IReadOnlyList<ProductSnapshot> Items);
