namespace K8sShop.Inventory.Catalog;

/// <summary>One event of the live availability stream.</summary>
public sealed record ProductAvailability(Guid ProductId, int Available, bool InStock, long Version);
