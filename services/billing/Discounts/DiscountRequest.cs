using System.Text.Json.Serialization;

namespace K8sShop.Billing.Discounts;

/// <summary>
/// The body of discounts' <c>POST /api/discounts/evaluate</c>, and, with <see cref="OrderId"/>, of
/// <c>POST /api/discounts/reservations</c> (the agreed contract).
/// </summary>
public sealed record DiscountRequest(
    Guid? CustomerId,
    string Currency,
    IReadOnlyList<DiscountRequestLine> Lines,
    IReadOnlyList<string> Codes,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? OrderId = null);
