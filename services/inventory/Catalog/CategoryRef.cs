namespace K8sShop.Inventory.Catalog;

/// <summary>A category as a product names it.</summary>
public sealed record CategoryRef(Guid Id, string Slug, string Name);
