namespace K8sShop.Billing.Invoicing;

/// <summary>
/// The filters of <c>GET /api/billing/invoices</c>. A customer's own list ignores <see cref="CustomerId"/>;
/// support and admins may filter by customer, order, kind and issue date range (UTC, from inclusive, to exclusive).
/// </summary>
public sealed record InvoiceQuery(int? Page, int? PageSize, string? CustomerId, Guid? OrderId, InvoiceKind? Kind, DateTime? From, DateTime? To)
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;

    public Dictionary<string, string[]> Check()
    {
        var errors = new Dictionary<string, string[]>();
        if (Page is < 1 or > 100_000)
        {
            errors["page"] = ["The page is between 1 and 100000."];
        }

        if (PageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"The page size is between 1 and {MaxPageSize}."];
        }

        if (CustomerId is { Length: > 64 })
        {
            errors["customerId"] = ["A customer id has at most 64 characters."];
        }

        if (From is { } from && To is { } to && from >= to)
        {
            errors["from"] = ["'from' must be before 'to'."];
        }

        return errors;
    }
}
