using K8sShop.Inventory.Catalog;
using K8sShop.Inventory.Data;
using K8sShop.ServiceDefaults;
using K8sShop.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Inventory.Admin;

/// <summary>
/// The category tree as the back-office manages it: every category with its position and flag (inactive
/// ones too, which the public tree hides), editing one, and deactivating or reactivating one. Creating one
/// is in <see cref="AdminApi"/>.
/// </summary>
public static class AdminCategoriesApi
{
    public static IEndpointRouteBuilder MapInventoryAdminCategories(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/inventory/admin/categories").WithMetadata(new ServiceIdentity(InventoryService.Name)).WithTags("Admin")
            .RequireAuthorization(ShopPolicies.Admin);
        admin.MapGet("", ListAsync).WithName("admin-categories")
            .WithSummary("Every category, inactive ones too, as a two-level tree with position, active flag and whether shoppers see it.");
        admin.MapPut("/{id:guid}", UpdateAsync).WithName("admin-update-category")
            .WithSummary("Renames, re-slugs, re-orders or moves a category; without sortOrder it keeps its position.");
        admin.MapPost("/{id:guid}/deactivate", DeactivateAsync).WithName("admin-deactivate-category")
            .WithSummary("Hides a category and its sub-categories from shoppers; its products stay on sale. Idempotent.");
        admin.MapPost("/{id:guid}/reactivate", ReactivateAsync).WithName("admin-reactivate-category")
            .WithSummary("Shows a category to shoppers again; refused (409 category-parent-inactive) under an inactive parent. Idempotent.");
        return app;
    }

    private static async Task<Ok<List<AdminCategory>>> ListAsync(InventoryDbContext db, CancellationToken cancellationToken)
    {
        var all = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync(cancellationToken);
        return TypedResults.Ok(all.Where(c => c.ParentId is null).Select(top => Node(top, null, all)).ToList());
    }

    private static async Task<Results<Ok<CategoryRef>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, CategoryRequest request, InventoryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var category = await db.Categories.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (category is null)
        {
            return NotFound(id);
        }

        var errors = AdminValidation.Of(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        // The tree has two levels: a category with sub-categories stays top-level, and a parent is top-level.
        if (request.ParentId is { } parentId
            && (parentId == id
                || !await db.Categories.AnyAsync(c => c.Id == parentId && c.ParentId == null, cancellationToken)
                || await db.Categories.AnyAsync(c => c.ParentId == id, cancellationToken)))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["parentId"] = ["The parent must be another top-level category, and a category with sub-categories stays top-level."] });
        }

        if (await db.Categories.AnyAsync(c => c.Id != id && c.Slug == request.Slug, cancellationToken))
        {
            return TypedResults.Problem($"A category with slug '{request.Slug}' exists.", statusCode: StatusCodes.Status409Conflict);
        }

        category.Slug = request.Slug!;
        category.Name = request.Name!.Trim();
        category.ParentId = request.ParentId;
        category.SortOrder = request.SortOrder ?? category.SortOrder;
        category.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new CategoryRef(category.Id, category.Slug, category.Name));
    }

    private static Task<Results<Ok<AdminCategory>, ProblemHttpResult>> DeactivateAsync(
        Guid id, InventoryDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        SetActiveAsync(id, false, db, clock, cancellationToken);

    private static Task<Results<Ok<AdminCategory>, ProblemHttpResult>> ReactivateAsync(
        Guid id, InventoryDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        SetActiveAsync(id, true, db, clock, cancellationToken);

    /// <summary>
    /// Only the category's own flag changes: its sub-categories keep theirs, so they are hidden while it is
    /// and come back with it. Asking for the state it is already in changes nothing and answers the same.
    /// </summary>
    private static async Task<Results<Ok<AdminCategory>, ProblemHttpResult>> SetActiveAsync(
        Guid id, bool active, InventoryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var category = await db.Categories.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (category is null)
        {
            return NotFound(id);
        }

        var parent = category.ParentId is { } parentId ? await db.Categories.AsNoTracking().SingleAsync(c => c.Id == parentId, cancellationToken) : null;
        if (active && parent is { IsActive: false })
        {
            return TypedResults.Problem(
                $"Category '{category.Slug}' stays hidden while its parent '{parent.Slug}' is inactive: reactivate the parent first.",
                statusCode: StatusCodes.Status409Conflict, title: "The parent category is inactive.", type: CategoryProblems.ParentInactive,
                extensions: new Dictionary<string, object?> { ["parentId"] = parent.Id });
        }

        if (category.IsActive != active)
        {
            category.IsActive = active;
            category.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }

        var children = await db.Categories.AsNoTracking().Where(c => c.ParentId == id).OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync(cancellationToken);
        return TypedResults.Ok(Node(category, parent, children));
    }

    private static AdminCategory Node(Category category, Category? parent, IReadOnlyList<Category> candidates)
    {
        var visible = category.IsActive && parent?.IsActive != false;
        var children = category.ParentId is null
            ? candidates.Where(c => c.ParentId == category.Id).Select(c => Node(c, category, [])).ToList()
            : [];
        return new AdminCategory(category.Id, category.Slug, category.Name, category.ParentId, category.SortOrder, category.IsActive, visible, children);
    }

    private static ProblemHttpResult NotFound(Guid id) => TypedResults.Problem($"No category {id}.", statusCode: StatusCodes.Status404NotFound);
}
