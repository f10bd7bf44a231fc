namespace K8sShop.Inventory.Catalog;

/// <summary>Orders of a product list (<c>sort=relevance|price|price-desc|newest|name</c>).</summary>
public enum ProductSort
{
    /// <summary>Best text match first; without <c>q</c>, the same as <see cref="Newest"/>.</summary>
    Relevance,
    Price,
    PriceDesc,
    Newest,
    Name,
}
