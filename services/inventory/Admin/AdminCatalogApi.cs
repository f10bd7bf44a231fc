using System.Text.Json;
using K8sShop.Inventory.Catalog;
using K8sShop.Inventory.Data;
using K8sShop.ServiceDefaults;
using K8sShop.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Inventory.Admin;

/// <summary>
/// What the back-office needs beside <see cref="AdminApi"/>: every product (inactive ones too, which the
/// public catalog hides, so a deactivated product can be found and sold again) and one product as it is
/// edited. Categories are managed in <see cref="AdminCategoriesApi"/>.
/// </summary>
public static class AdminCatalogApi
{
    public const int MaxPageSize = 100;
    public const int MaxSearchLength = 200;

    public static IEndpointRouteBuilder MapInventoryAdminCatalog(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/inventory/admin").WithMetadata(new ServiceIdentity(InventoryService.Name)).WithTags("Admin")
            .RequireAuthorization(ShopPolicies.Admin);
        admin.MapGet("/products", ListProductsAsync).WithName("admin-products")
            .WithSummary("Every product, active or not, with its stock; q matches name or SKU, active filters, newest change first.");
        admin.MapGet("/products/{id:guid}", GetProductAsync).WithName("admin-product").WithSummary("One product as the admin edits it, active or not.");
        return app;
    }

    private static async Task<Results<Ok<AdminProductPage>, ValidationProblem>> ListProductsAsync(
        InventoryDbContext db, CancellationToken cancellationToken, string? q = null, bool? active = null, int page = 1, int pageSize = 25)
    {
        var errors = new Dictionary<string, string[]>();
        if (page is < 1 or > 100_000)
        {
            errors["page"] = ["The page is between 1 and 100000."];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"The page size is between 1 and {MaxPageSize}."];
        }

        if (q is { Length: > MaxSearchLength })
        {
            errors["q"] = [$"Search with at most {MaxSearchLength} characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var products = db.Products.AsNoTracking();
        if (active is { } isActive)
        {
            products = products.Where(p => p.IsActive == isActive);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = "%" + q.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            products = products.Where(p => EF.Functions.Like(p.Name, pattern, "\\") || EF.Functions.Like(p.Sku, pattern, "\\"));
        }

        var total = await products.CountAsync(cancellationToken);
        var rows = await products.OrderByDescending(p => p.UpdatedAtUtc).ThenBy(p => p.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(p => new
            {
                Product = p,
                Stock = db.StockLevels.Where(s => s.ProductId == p.Id).Select(s => new { s.OnHand, s.Reserved }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var items = rows.Select(r => new AdminProductRow(
            r.Product.Id, r.Product.Sku, r.Product.Slug, r.Product.Name, r.Product.PriceMinor, r.Product.Currency, r.Product.CategoryId, r.Product.IsActive,
            r.Stock?.OnHand ?? 0, r.Stock?.Reserved ?? 0, (r.Stock?.OnHand ?? 0) - (r.Stock?.Reserved ?? 0), r.Product.UpdatedAtUtc)).ToList();
        return TypedResults.Ok(new AdminProductPage(items, total, page, pageSize));
    }

    private static async Task<Results<Ok<AdminProduct>, ProblemHttpResult>> GetProductAsync(Guid id, InventoryDbContext db, CancellationToken cancellationToken)
    {
        var p = await db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        return p is null
            ? TypedResults.Problem($"No product {id}.", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(new AdminProduct(
                p.Id, p.Sku, p.Slug, p.Name, p.Description, p.PriceMinor, p.Currency, p.TaxClass, p.CategoryId,
                JsonSerializer.Deserialize<Dictionary<string, string>>(p.AttributesJson) ?? [], p.ImageUrl, p.IsActive, p.CreatedAtUtc, p.UpdatedAtUtc));
    }
}
