namespace K8sShop.Inventory.Catalog;

/// <summary>A category of the tree answered by <c>GET /api/catalog/categories</c>, with its sub-categories.</summary>
public sealed record CategoryNode(Guid Id, string Slug, string Name, IReadOnlyList<CategoryNode> Children);
