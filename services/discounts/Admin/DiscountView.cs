using K8sShop.Discounts.Catalog;

namespace K8sShop.Discounts.Admin;

/// <summary>A discount as the admin sees it, with its usage counters.</summary>
public sealed record DiscountView(
    Guid Id,
    string? Code,
    string Name,
    DiscountKind Kind,
    int? PercentOff,
    long? AmountMinor,
    string? Currency,
    int? BuyQuantity,
    int? GetQuantity,
    DiscountScope Scope,
    IReadOnlyList<Guid> ScopeIds,
    long MinimumSubtotalMinor,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    int? UsageLimit,
    int? PerCustomerLimit,
    int Used,
    int Reserved,
    bool Stackable,
    int Priority,
    bool Active,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static DiscountView Of(Discount d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new DiscountView(
            d.Id, d.Code, d.Name, d.Kind, d.PercentOff, d.AmountMinor, d.Currency, d.BuyQuantity, d.GetQuantity, d.Scope, d.ScopeIds,
            d.MinimumSubtotalMinor, Utc(d.StartsAtUtc), Utc(d.EndsAtUtc), d.UsageLimit, d.PerCustomerLimit, d.Used, d.Reserved,
            d.Stackable, d.Priority, d.IsActive, Utc(d.CreatedAtUtc)!.Value, Utc(d.UpdatedAtUtc)!.Value);
    }

    private static DateTimeOffset? Utc(DateTime? value) =>
        value is { } v ? new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)) : null;
}
