using K8sShop.ServiceDefaults;

namespace K8sShop.Inventory.Catalog;

/// <summary><c>/api/catalog</c>: the public, cacheable read side of the catalog.</summary>
public static class CatalogApi
{
    /// <summary>
    /// Lists and product pages carry availability, so they are cached briefly. The tree is small but an
    /// admin's change (a deactivated category above all) must show at once, so caches keep it only to ask
    /// again with its ETag, which costs a 304.
    /// </summary>
    private static readonly TimeSpan ProductMaxAge = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan TreeMaxAge = TimeSpan.Zero;

    public static IEndpointRouteBuilder MapCatalog(this IEndpointRouteBuilder app)
    {
        var catalog = app.MapGroup("/api/catalog").WithMetadata(new ServiceIdentity(InventoryService.Name)).WithTags("Catalog")
            .AllowAnonymous(); // the catalog is public: shoppers browse before signing in
        catalog.MapGet("/categories", GetCategoriesAsync).WithName("catalog-categories").WithSummary("The category tree (two levels).")
            .Produces<IReadOnlyList<CategoryNode>>();
        catalog.MapGet("/products", GetProductsAsync).WithName("catalog-products")
            .WithSummary("Products filtered by category (with sub-categories), q, minPrice, maxPrice, attr.<name>, inStock; sorted and paged.")
            .Produces<ProductPage>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        catalog.MapGet("/products/{id:guid}", GetProductAsync).WithName("catalog-product").WithSummary("One product with its availability.")
            .Produces<ProductDetail>().ProducesProblem(StatusCodes.Status404NotFound);
        catalog.MapGet("/products/by-slug/{slug}", GetProductBySlugAsync).WithName("catalog-product-by-slug").WithSummary("One product by slug with its availability.")
            .Produces<ProductDetail>().ProducesProblem(StatusCodes.Status404NotFound);
        catalog.MapProductImages();
        catalog.MapAvailabilityStream();
        return app;
    }

    private static async Task<IResult> GetCategoriesAsync(ProductSearch search, HttpContext http, CancellationToken cancellationToken) =>
        CachedJson.Ok(http, await search.TreeAsync(cancellationToken), TreeMaxAge);

    private static async Task<IResult> GetProductsAsync(ProductSearch search, HttpContext http, CancellationToken cancellationToken)
    {
        var query = ProductQuery.Parse(http.Request.Query, out var errors);
        if (query is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var page = await search.FindAsync(query, cancellationToken);
        return page is null
            ? TypedResults.Problem($"No category '{query.Category}'.", statusCode: StatusCodes.Status404NotFound)
            : CachedJson.Ok(http, page, ProductMaxAge);
    }

    private static async Task<IResult> GetProductAsync(Guid id, ProductSearch search, HttpContext http, CancellationToken cancellationToken) =>
        Found(http, await search.FindOneAsync(id, null, cancellationToken), id.ToString());

    private static async Task<IResult> GetProductBySlugAsync(string slug, ProductSearch search, HttpContext http, CancellationToken cancellationToken) =>
        slug.Length > 200
            ? TypedResults.Problem("No such product.", statusCode: StatusCodes.Status404NotFound)
            : Found(http, await search.FindOneAsync(null, slug, cancellationToken), slug);

    private static IResult Found(HttpContext http, ProductDetail? product, string key) =>
        product is null
            ? TypedResults.Problem($"No product '{key}'.", statusCode: StatusCodes.Status404NotFound)
            : CachedJson.Ok(http, product, ProductMaxAge);
}
