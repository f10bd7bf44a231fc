using Microsoft.EntityFrameworkCore;

namespace K8sShop.Orders.Tracking;

/// <summary>Paging of every list endpoint, validated once: <c>page</c> from 1, <c>pageSize</c> 1 to <see cref="MaxPageSize"/>.</summary>
public sealed record PageRequest(int Page, int PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxPage = 100_000;

    /// <summary>The page asked for, or the field errors explaining why it cannot be served.</summary>
    public static (PageRequest Page, Dictionary<string, string[]> Errors) From(int? page, int? pageSize)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (page is < 1 or > MaxPage)
        {
            errors["page"] = [$"Between 1 and {MaxPage}."];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"Between 1 and {MaxPageSize}."];
        }

        return (new PageRequest(page ?? 1, pageSize ?? DefaultPageSize), errors);
    }

    /// <summary>Newest first, one page of summaries, and how many there are in all.</summary>
    public async Task<PagedOrders> ReadAsync(IQueryable<Ordering.Order> orders, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(orders);
        var total = await orders.CountAsync(cancellationToken);
        var items = await orders.IgnoreAutoIncludes()
            .OrderByDescending(o => o.CreatedAtUtc).ThenByDescending(o => o.Id)
            .Skip((Page - 1) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken);
        return new PagedOrders(items.Select(OrderSummary.Of).ToList(), Page, PageSize, total);
    }
}

/// <summary>One page of orders.</summary>
public sealed record PagedOrders(IReadOnlyList<OrderSummary> Items, int Page, int PageSize, int Total);
