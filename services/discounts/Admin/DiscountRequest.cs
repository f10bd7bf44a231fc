using K8sShop.Discounts.Catalog;

namespace K8sShop.Discounts.Admin;

/// <summary>What an admin sends to create or replace a discount. A null <paramref name="Code"/> makes it automatic.</summary>
public sealed record DiscountRequest(
    string? Code,
    string? Name,
    DiscountKind? Kind,
    int? PercentOff,
    long? AmountMinor,
    string? Currency,
    int? BuyQuantity,
    int? GetQuantity,
    DiscountScope? Scope,
    IReadOnlyList<Guid>? ScopeIds,
    long? MinimumSubtotalMinor,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    int? UsageLimit,
    int? PerCustomerLimit,
    bool Stackable,
    int Priority,
    bool Active = true);
