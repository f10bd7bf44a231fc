namespace K8sShop.Inventory.Catalog;

/// <summary>One page of a product list and the total number of matches.</summary>
public sealed record ProductPage(IReadOnlyList<ProductSummary> Items, int Total, int Page, int PageSize);
