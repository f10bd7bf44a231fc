namespace K8sShop.Discounts.Catalog;

/// <summary>
/// A discount an admin defined: entered as a code, or applied automatically when <see cref="Code"/> is null.
/// <see cref="Used"/> and <see cref="Reserved"/> count uses against <see cref="UsageLimit"/>; they only ever
/// change through conditional UPDATEs (see <c>UsageLedger</c>), never through the change tracker.
/// </summary>
public sealed class Discount
{
    public Guid Id { get; set; }

    /// <summary>Upper-case; null for an automatic discount.</summary>
    public string? Code { get; set; }

    public string Name { get; set; } = "";

    public DiscountKind Kind { get; set; }

    /// <summary>1..100 for <see cref="DiscountKind.Percentage"/>.</summary>
    public int? PercentOff { get; set; }

    /// <summary>Net minor units off for <see cref="DiscountKind.FixedAmount"/>, in <see cref="Currency"/>.</summary>
    public long? AmountMinor { get; set; }

    /// <summary>The currency of <see cref="AmountMinor"/> and <see cref="MinimumSubtotalMinor"/>; orders in another currency are not applicable.</summary>
    public string? Currency { get; set; }

    public int? BuyQuantity { get; set; }

    public int? GetQuantity { get; set; }

    public DiscountScope Scope { get; set; } = DiscountScope.All;

    /// <summary>Category or product ids of the scope, as a JSON array (see <see cref="ScopeIds"/>).</summary>
    public string ScopeIdsJson { get; set; } = "[]";

    /// <summary>The order subtotal (all lines, before any discount) must reach this; 0 means no minimum.</summary>
    public long MinimumSubtotalMinor { get; set; }

    public DateTime? StartsAtUtc { get; set; }

    public DateTime? EndsAtUtc { get; set; }

    /// <summary>Most uses over all customers; null is unlimited.</summary>
    public int? UsageLimit { get; set; }

    /// <summary>Most uses by one customer; null is unlimited. Anonymous orders cannot use such a discount.</summary>
    public int? PerCustomerLimit { get; set; }

    public int Used { get; set; }

    public int Reserved { get; set; }

    /// <summary>False: exclusive, applies alone (see <c>DiscountRules</c>).</summary>
    public bool Stackable { get; set; }

    /// <summary>Higher is considered first.</summary>
    public int Priority { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public IReadOnlyList<Guid> ScopeIds
    {
        get => System.Text.Json.JsonSerializer.Deserialize<List<Guid>>(ScopeIdsJson) ?? [];
        set => ScopeIdsJson = System.Text.Json.JsonSerializer.Serialize(value);
    }

    public bool IsLimited => UsageLimit is not null || PerCustomerLimit is not null;
}
