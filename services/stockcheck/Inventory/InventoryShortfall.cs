namespace K8sShop.Stockcheck.Inventory;

/// <summary>A line inventory could not reserve (the <c>lines</c> of its insufficient-stock problem).</summary>
public sealed record InventoryShortfall(Guid ProductId, int Requested, int Available, bool KnownProduct);
