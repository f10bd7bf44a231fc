using System.Text.Json;
using K8sShop.Inventory.Catalog;
using K8sShop.Inventory.Data;
using K8sShop.Inventory.Stock;
using K8sShop.ServiceDefaults;
using K8sShop.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Inventory.Admin;

/// <summary>
/// <c>/api/inventory/admin</c>: products, categories and stock for the shop admin (role <c>admin</c>).
/// The ledger records the admin's subject as the actor.
/// </summary>
public static class AdminApi
{
    public static IEndpointRouteBuilder MapInventoryAdmin(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/inventory/admin").WithMetadata(new ServiceIdentity(InventoryService.Name)).WithTags("Admin")
            .RequireAuthorization(ShopPolicies.Admin);
        admin.MapPost("/categories", CreateCategoryAsync).WithName("admin-create-category").WithSummary("Creates a category (top-level or under a top-level one).");
        admin.MapPost("/products", CreateProductAsync).WithName("admin-create-product").WithSummary("Creates a product with no stock.");
        admin.MapPut("/products/{id:guid}", UpdateProductAsync).WithName("admin-update-product").WithSummary("Replaces a product's catalog data.");
        admin.MapPost("/stock/{productId:guid}/receipts", ReceiveAsync).WithName("admin-receive").WithSummary("Records received goods in the ledger.");
        admin.MapPost("/stock/{productId:guid}/counts", CountAsync).WithName("admin-count").WithSummary("Sets on hand to a counted value; the ledger records the difference.");
        admin.MapGet("/stock/{productId:guid}", StockApi.GetLevelAsync).WithName("admin-stock-level").WithSummary("A product's on-hand, reserved and available counts.");
        admin.MapGet("/stock/{productId:guid}/ledger", LedgerAsync).WithName("admin-ledger").WithSummary("A product's ledger, newest first.");
        return app;
    }

    private static async Task<Results<Created<CategoryRef>, ValidationProblem, ProblemHttpResult>> CreateCategoryAsync(
        CategoryRequest request, InventoryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = AdminValidation.Of(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (request.ParentId is { } parentId && !await db.Categories.AnyAsync(c => c.Id == parentId && c.ParentId == null, cancellationToken))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["parentId"] = ["The parent must be an existing top-level category."] });
        }

        if (await db.Categories.AnyAsync(c => c.Slug == request.Slug, cancellationToken))
        {
            return TypedResults.Problem($"A category with slug '{request.Slug}' exists.", statusCode: StatusCodes.Status409Conflict);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var category = new Category { Id = Guid.CreateVersion7(), Slug = request.Slug!, Name = request.Name!.Trim(), ParentId = request.ParentId, SortOrder = request.SortOrder ?? 0, CreatedAtUtc = now, UpdatedAtUtc = now };
        db.Categories.Add(category);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/catalog/categories", new CategoryRef(category.Id, category.Slug, category.Name));
    }

    private static async Task<Results<Created<ProductDetail>, ValidationProblem, ProblemHttpResult>> CreateProductAsync(
        ProductRequest request, InventoryDbContext db, ProductSearch search, TimeProvider clock, CancellationToken cancellationToken)
    {
        var problem = await CheckAsync(request, null, db, cancellationToken);
        if (problem is not null)
        {
            return problem.Value.Validation is { } v ? v : problem.Value.Conflict!;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var product = new Product { Id = Guid.CreateVersion7(), CreatedAtUtc = now };
        Apply(product, request, now);
        db.Products.Add(product);
        db.ProductAttributes.AddRange(AttributeRows(product.Id, request));
        db.StockLevels.Add(new StockLevel { ProductId = product.Id, UpdatedAtUtc = now });
        await db.SaveChangesAsync(cancellationToken);
        var detail = await search.FindOneAsync(product.Id, null, cancellationToken);
        return TypedResults.Created($"/api/catalog/products/{product.Id}", detail ?? Inactive(product));
    }

    private static async Task<Results<Ok<ProductDetail>, ValidationProblem, ProblemHttpResult>> UpdateProductAsync(
        Guid id, ProductRequest request, InventoryDbContext db, ProductSearch search, TimeProvider clock, CancellationToken cancellationToken)
    {
        var product = await db.Products.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (product is null)
        {
            return TypedResults.Problem($"No product {id}.", statusCode: StatusCodes.Status404NotFound);
        }

        var problem = await CheckAsync(request, id, db, cancellationToken);
        if (problem is not null)
        {
            return problem.Value.Validation is { } v ? v : problem.Value.Conflict!;
        }

        Apply(product, request, clock.GetUtcNow().UtcDateTime);
        await db.ProductAttributes.Where(a => a.ProductId == id).ExecuteDeleteAsync(cancellationToken);
        db.ProductAttributes.AddRange(AttributeRows(id, request));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await search.FindOneAsync(id, null, cancellationToken) ?? Inactive(product));
    }

    private static async Task<Results<Ok<StockLevelView>, ValidationProblem, ProblemHttpResult>> ReceiveAsync(
        Guid productId, StockReceiptRequest request, StockKeeper keeper, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = AdminValidation.Reason(request.Reason);
        if (request.Quantity is < 1 or > 1_000_000)
        {
            errors["quantity"] = ["Receive 1 to 1000000 units."];
        }

        return errors.Count > 0
            ? TypedResults.ValidationProblem(errors)
            : Answer(await keeper.ReceiveAsync(productId, request.Quantity, ActorOf(http), request.Reason!, cancellationToken));
    }

    private static async Task<Results<Ok<StockLevelView>, ValidationProblem, ProblemHttpResult>> CountAsync(
        Guid productId, StockCountRequest request, StockKeeper keeper, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = AdminValidation.Reason(request.Reason);
        if (request.CountedOnHand is < 0 or > 10_000_000)
        {
            errors["countedOnHand"] = ["A count is 0 to 10000000 units."];
        }

        return errors.Count > 0
            ? TypedResults.ValidationProblem(errors)
            : Answer(await keeper.CorrectAsync(productId, request.CountedOnHand, ActorOf(http), request.Reason!, cancellationToken));
    }

    private static async Task<Results<Ok<List<StockLedgerEntry>>, ProblemHttpResult>> LedgerAsync(Guid productId, InventoryDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.StockLevels.AnyAsync(s => s.ProductId == productId, cancellationToken))
        {
            return TypedResults.Problem($"No product {productId}.", statusCode: StatusCodes.Status404NotFound);
        }

        return TypedResults.Ok(await db.StockLedger.AsNoTracking().Where(e => e.ProductId == productId).OrderByDescending(e => e.Id).Take(500).ToListAsync(cancellationToken));
    }

    private static Results<Ok<StockLevelView>, ValidationProblem, ProblemHttpResult> Answer(StockChangeResult result) => result.Outcome switch
    {
        StockOutcome.Done => TypedResults.Ok(result.Level!),
        StockOutcome.NotFound => TypedResults.Problem(result.Detail, statusCode: StatusCodes.Status404NotFound),
        _ => TypedResults.Problem(result.Detail, statusCode: StatusCodes.Status409Conflict),
    };

    private static async Task<(ValidationProblem? Validation, ProblemHttpResult? Conflict)?> CheckAsync(
        ProductRequest request, Guid? id, InventoryDbContext db, CancellationToken cancellationToken)
    {
        var errors = AdminValidation.Of(request);
        if (errors.Count > 0)
        {
            return (TypedResults.ValidationProblem(errors), null);
        }

        if (!await db.Categories.AnyAsync(c => c.Id == request.CategoryId, cancellationToken))
        {
            return (TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["categoryId"] = ["No such category."] }), null);
        }

        if (await db.Products.AnyAsync(p => p.Id != id && (p.Sku == request.Sku || p.Slug == request.Slug), cancellationToken))
        {
            return (null, TypedResults.Problem("Another product has this SKU or slug.", statusCode: StatusCodes.Status409Conflict));
        }

        return null;
    }

    private static void Apply(Product product, ProductRequest request, DateTime now)
    {
        product.Sku = request.Sku!;
        product.Slug = request.Slug!;
        product.Name = request.Name!.Trim();
        product.Description = request.Description ?? "";
        product.PriceMinor = request.PriceMinor;
        product.Currency = request.Currency!;
        product.TaxClass = request.TaxClass!;
        product.CategoryId = request.CategoryId;
        product.AttributesJson = JsonSerializer.Serialize(request.Attributes ?? new Dictionary<string, string>());
        product.ImageUrl = request.ImageUrl ?? ProductImages.UrlFor(request.Sku!);
        product.IsActive = request.Active;
        product.UpdatedAtUtc = now;
    }

    private static IEnumerable<ProductAttributeValue> AttributeRows(Guid productId, ProductRequest request) =>
        (request.Attributes ?? new Dictionary<string, string>())
            .Select(a => new ProductAttributeValue { ProductId = productId, Name = a.Key.ToLowerInvariant(), Value = a.Value.ToLowerInvariant() })
            .DistinctBy(a => (a.Name, a.Value));

    private static ProductDetail Inactive(Product p) => new(
        p.Id, p.Sku, p.Slug, p.Name, p.Description, p.PriceMinor, p.Currency, p.TaxClass, p.ImageUrl, new CategoryRef(p.CategoryId, "", ""), null,
        JsonSerializer.Deserialize<Dictionary<string, string>>(p.AttributesJson) ?? [], 0, false, p.CreatedAtUtc, p.UpdatedAtUtc);

    // The policy guarantees an authenticated admin, whose name claim is the token's subject.
    private static string ActorOf(HttpContext http) => http.User.Identity?.Name ?? throw new InvalidOperationException("admin endpoint reached without a signed-in admin");
}
