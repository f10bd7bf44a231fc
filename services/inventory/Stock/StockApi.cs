using K8sShop.Inventory.Data;
using K8sShop.ServiceDefaults;
using K8sShop.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Inventory.Stock;

/// <summary>
/// <c>/api/stock</c>: stock levels, and the reservation operations stockcheck calls during checkout.
/// Internal: only other services of the shop (client-credentials tokens) may call it; the gateway does not expose it.
/// </summary>
public static class StockApi
{
    public const int MaxLines = 100;
    public const int MaxQuantity = 10_000;
    private const string Actor = "stock-api";

    public static IEndpointRouteBuilder MapStock(this IEndpointRouteBuilder app)
    {
        var stock = app.MapGroup("/api/stock").WithMetadata(new ServiceIdentity(InventoryService.Name)).WithTags("Stock")
            .RequireAuthorization(ShopPolicies.Service);
        stock.MapGet("/{productId:guid}", GetLevelAsync).WithName("stock-level").WithSummary("A product's on-hand, reserved and available counts.");
        stock.MapPost("/lookup", LookupAsync).WithName("stock-lookup").WithSummary("Price, tax class, active flag and stock of the given products (for stockcheck).");
        stock.MapPut("/reservations/{orderId:guid}", ReserveAsync).WithName("stock-reserve").WithSummary("Reserves every line of an order or none; idempotent by order id.");
        stock.MapGet("/reservations/{orderId:guid}", GetReservationAsync).WithName("stock-reservation").WithSummary("An order's reservation.");
        stock.MapPost("/reservations/{orderId:guid}/release", ReleaseAsync).WithName("stock-release").WithSummary("Releases an order's reservation; idempotent; refused after commit.");
        stock.MapPost("/reservations/{orderId:guid}/return", ReturnAsync).WithName("stock-return").WithSummary("Puts a sold order's units back on hand (cancelled before shipping); idempotent; refused unless committed.");
        stock.MapPost("/reservations/{orderId:guid}/commit", CommitAsync).WithName("stock-commit").WithSummary("Turns an order's reservation into a sale; idempotent; refused after release.");
        return app;
    }

    /// <summary>Also served to admins, under <c>/api/inventory/admin/stock/{productId}</c>.</summary>
    internal static async Task<Results<Ok<StockLevelView>, ProblemHttpResult>> GetLevelAsync(Guid productId, InventoryDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var level = await db.StockLevels.AsNoTracking().SingleOrDefaultAsync(s => s.ProductId == productId, cancellationToken);
        http.Response.Headers.CacheControl = "no-store";
        return level is null
            ? TypedResults.Problem($"No product {productId}.", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(StockLevelView.Of(level));
    }

    private static async Task<Results<Ok<ProductLookupResponse>, ValidationProblem>> LookupAsync(ProductLookupRequest request, InventoryDbContext db, CancellationToken cancellationToken)
    {
        var ids = request.ProductIds;
        if (ids is null || ids.Count == 0 || ids.Count > MaxLines)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["productIds"] = [$"Give between 1 and {MaxLines} product ids."] });
        }

        var distinct = ids.Distinct().ToList();
        var rows = await (
            from p in db.Products.AsNoTracking()
            join s in db.StockLevels.AsNoTracking() on p.Id equals s.ProductId
            join c in db.Categories.AsNoTracking() on p.CategoryId equals c.Id into categories
            from c in categories.DefaultIfEmpty()
            where distinct.Contains(p.Id)
            select new { p.Id, p.Sku, p.Name, p.IsActive, p.PriceMinor, p.Currency, p.TaxClass, s.OnHand, s.Reserved, p.CategoryId, ParentId = c == null ? null : c.ParentId })
            .ToListAsync(cancellationToken);
        var items = rows
            .Select(r => new ProductSnapshot(
                r.Id, r.Sku, r.Name, r.IsActive, r.PriceMinor, r.Currency, r.TaxClass, r.OnHand, r.Reserved, r.OnHand - r.Reserved,
                r.ParentId is { } parent ? [r.CategoryId, parent] : [r.CategoryId]))
            .ToList();
        return TypedResults.Ok(new ProductLookupResponse(items));
    }

    private static async Task<Results<Ok<ReservationView>, ValidationProblem, ProblemHttpResult>> ReserveAsync(
        Guid orderId, ReserveRequest request, StockKeeper keeper, CancellationToken cancellationToken)
    {
        var errors = Validate(orderId, request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var result = await keeper.ReserveAsync(orderId, request.Lines!, Actor, cancellationToken);
        return result.Outcome == StockOutcome.Done ? TypedResults.Ok(result.Reservation!) : StockProblems.For(result);
    }

    private static async Task<Results<Ok<ReservationView>, ProblemHttpResult>> GetReservationAsync(Guid orderId, StockKeeper keeper, CancellationToken cancellationToken)
    {
        var reservation = await keeper.FindReservationAsync(orderId, cancellationToken);
        return reservation is null ? StockProblems.For(ReservationResult.NotFound(orderId)) : TypedResults.Ok(reservation);
    }

    private static async Task<Results<Ok<ReservationView>, ProblemHttpResult>> ReleaseAsync(Guid orderId, StockKeeper keeper, CancellationToken cancellationToken)
    {
        var result = await keeper.ReleaseAsync(orderId, Actor, "order released", cancellationToken);
        return result.Outcome == StockOutcome.Done ? TypedResults.Ok(result.Reservation!) : StockProblems.For(result);
    }

    private static async Task<Results<Ok<ReservationView>, ProblemHttpResult>> ReturnAsync(Guid orderId, StockKeeper keeper, CancellationToken cancellationToken)
    {
        var result = await keeper.ReturnAsync(orderId, Actor, "order cancelled after payment", cancellationToken);
        return result.Outcome == StockOutcome.Done ? TypedResults.Ok(result.Reservation!) : StockProblems.For(result);
    }

    private static async Task<Results<Ok<ReservationView>, ProblemHttpResult>> CommitAsync(Guid orderId, StockKeeper keeper, CancellationToken cancellationToken)
    {
        var result = await keeper.CommitAsync(orderId, Actor, cancellationToken);
        return result.Outcome == StockOutcome.Done ? TypedResults.Ok(result.Reservation!) : StockProblems.For(result);
    }

    private static Dictionary<string, string[]> Validate(Guid orderId, ReserveRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (orderId == Guid.Empty)
        {
            errors["orderId"] = ["The order id must not be empty."];
        }

        var lines = request.Lines;
        if (lines is null || lines.Count == 0 || lines.Count > MaxLines)
        {
            errors["lines"] = [$"Give between 1 and {MaxLines} lines."];
            return errors;
        }

        if (lines.Any(l => l is null || l.ProductId == Guid.Empty))
        {
            errors["lines.productId"] = ["Every line needs a product id."];
        }
        else if (lines.Select(l => l.ProductId).Distinct().Count() != lines.Count)
        {
            errors["lines.productId"] = ["Each product may appear on one line only."];
        }

        if (lines.Any(l => l is not null && (l.Quantity < 1 || l.Quantity > MaxQuantity)))
        {
            errors["lines.quantity"] = [$"Quantities are between 1 and {MaxQuantity}."];
        }

        return errors;
    }
}
