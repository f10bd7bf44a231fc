using K8sShop.Discounts.Catalog;
using K8sShop.Discounts.Data;
using K8sShop.Discounts.Evaluation;
using K8sShop.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Discounts.Admin;

/// <summary><c>/api/discounts/admin/discounts</c>: the shop admin defines, lists, changes and deactivates discounts.</summary>
public static class DiscountAdminApi
{
    public const int MaxPageSize = 100;

    public static RouteGroupBuilder MapDiscountAdmin(this RouteGroupBuilder discounts)
    {
        ArgumentNullException.ThrowIfNull(discounts);
        var admin = discounts.MapGroup("/admin/discounts").WithTags("Admin").RequireAuthorization(ShopPolicies.Admin);
        admin.MapPost("/", CreateAsync).WithName("discounts-admin-create").WithSummary("Creates a discount (with a code, or automatic without).");
        admin.MapGet("/", ListAsync).WithName("discounts-admin-list").WithSummary("Discounts, newest first, a page at a time; filter by active or code.");
        admin.MapGet("/{id:guid}", GetAsync).WithName("discounts-admin-get").WithSummary("One discount with its usage counters.");
        admin.MapPut("/{id:guid}", UpdateAsync).WithName("discounts-admin-update").WithSummary("Replaces a discount's definition; its usage counters stay.");
        admin.MapPost("/{id:guid}/deactivate", DeactivateAsync).WithName("discounts-admin-deactivate").WithSummary("Stops a discount from applying; its history stays.");
        return discounts;
    }

    private static async Task<Results<Created<DiscountView>, ValidationProblem>> CreateAsync(
        DiscountRequest request, DiscountsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = await CheckAsync(request, null, db, cancellationToken);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var discount = new Discount { Id = Guid.CreateVersion7(), CreatedAtUtc = now };
        Apply(discount, request, now);
        db.Discounts.Add(discount);
        if (!await SavedAsync(db, cancellationToken))
        {
            return TypedResults.ValidationProblem(CodeTaken);
        }

        return TypedResults.Created($"/api/discounts/admin/discounts/{discount.Id}", DiscountView.Of(discount));
    }

    private static async Task<Results<Ok<DiscountPage>, ValidationProblem>> ListAsync(
        DiscountsDbContext db, CancellationToken cancellationToken, int page = 1, int pageSize = 20, bool? active = null, string? code = null)
    {
        if (page < 1 || pageSize is < 1 or > MaxPageSize)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["page"] = [$"page is 1 or more, pageSize 1 to {MaxPageSize}."] });
        }

        var query = db.Discounts.AsNoTracking();
        if (active is { } isActive)
        {
            query = query.Where(d => d.IsActive == isActive);
        }

        if (!string.IsNullOrWhiteSpace(code))
        {
            var normalized = DiscountCodes.Normalize(code);
            query = query.Where(d => d.Code == normalized);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(d => d.CreatedAtUtc).ThenByDescending(d => d.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new DiscountPage(items.Select(DiscountView.Of).ToList(), page, pageSize, total));
    }

    private static async Task<Results<Ok<DiscountView>, ProblemHttpResult>> GetAsync(Guid id, DiscountsDbContext db, CancellationToken cancellationToken)
    {
        var discount = await db.Discounts.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        return discount is null ? NotFound(id) : TypedResults.Ok(DiscountView.Of(discount));
    }

    private static async Task<Results<Ok<DiscountView>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, DiscountRequest request, DiscountsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var discount = await db.Discounts.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (discount is null)
        {
            return NotFound(id);
        }

        var errors = await CheckAsync(request, id, db, cancellationToken);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        Apply(discount, request, clock.GetUtcNow().UtcDateTime);
        if (!await SavedAsync(db, cancellationToken))
        {
            return TypedResults.ValidationProblem(CodeTaken);
        }

        return TypedResults.Ok(DiscountView.Of(discount));
    }

    private static async Task<Results<Ok<DiscountView>, ProblemHttpResult>> DeactivateAsync(
        Guid id, DiscountsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.Discounts.Where(d => d.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.IsActive, false).SetProperty(d => d.UpdatedAtUtc, now), cancellationToken);
        return changed == 0 ? NotFound(id) : await GetAsync(id, db, cancellationToken);
    }

    private static async Task<Dictionary<string, string[]>> CheckAsync(DiscountRequest request, Guid? id, DiscountsDbContext db, CancellationToken cancellationToken)
    {
        var errors = DiscountValidation.Check(request);
        if (errors.Count == 0 && request.Code is not null)
        {
            var code = DiscountCodes.Normalize(request.Code);
            if (await db.Discounts.AnyAsync(d => d.Code == code && d.Id != id, cancellationToken))
            {
                return CodeTaken;
            }
        }

        return errors;
    }

    /// <summary>Saves; false when a concurrent admin took the same code first (the unique index decides).</summary>
    private static async Task<bool> SavedAsync(DiscountsDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }

    private static Dictionary<string, string[]> CodeTaken => new() { ["code"] = ["Another discount has this code."] };

    private static void Apply(Discount discount, DiscountRequest request, DateTime now)
    {
        discount.Code = request.Code is null ? null : DiscountCodes.Normalize(request.Code);
        discount.Name = request.Name!.Trim();
        discount.Kind = request.Kind!.Value;
        discount.PercentOff = request.Kind == DiscountKind.Percentage ? request.PercentOff : null;
        discount.AmountMinor = request.Kind == DiscountKind.FixedAmount ? request.AmountMinor : null;
        discount.BuyQuantity = request.Kind == DiscountKind.BuyXGetY ? request.BuyQuantity : null;
        discount.GetQuantity = request.Kind == DiscountKind.BuyXGetY ? request.GetQuantity : null;
        discount.Currency = request.Currency;
        discount.Scope = request.Scope ?? DiscountScope.All;
        discount.ScopeIds = (request.ScopeIds ?? []).Distinct().ToList();
        discount.MinimumSubtotalMinor = request.MinimumSubtotalMinor ?? 0;
        discount.StartsAtUtc = request.StartsAt?.UtcDateTime;
        discount.EndsAtUtc = request.EndsAt?.UtcDateTime;
        discount.UsageLimit = request.UsageLimit;
        discount.PerCustomerLimit = request.PerCustomerLimit;
        discount.Stackable = request.Stackable;
        discount.Priority = request.Priority;
        discount.IsActive = request.Active;
        discount.UpdatedAtUtc = now;
    }

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem($"No discount {id}.", statusCode: StatusCodes.Status404NotFound);
}
