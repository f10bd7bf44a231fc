namespace K8sShop.Discounts.Evaluation;

/// <summary>
/// What discounts give an order: <see cref="Lines"/> (one per request line, in order) are taken off those lines,
/// <see cref="OrderDiscountMinor"/> off the order as a whole (billing spreads it). All net minor units.
/// </summary>
public sealed record EvaluationResult(
    string Currency,
    IReadOnlyList<LineDiscount> Lines,
    long OrderDiscountMinor,
    bool FreeShipping,
    IReadOnlyList<AppliedDiscount> Applied,
    IReadOnlyList<RefusedCode> Refused);
