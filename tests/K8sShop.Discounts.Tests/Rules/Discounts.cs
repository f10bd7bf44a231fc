using K8sShop.Discounts.Catalog;
using K8sShop.Discounts.Evaluation;

namespace K8sShop.Discounts.Tests.Rules;

/// <summary>Discounts and orders for the rule tests, built in one line each.</summary>
internal static class Discounts
{
    public static readonly DateTime Now = new(2026, 5, 1, 12, 0, 0, DateTimeKind.Utc);

    public static Discount Percentage(int percent, string? code = "PCT", bool stackable = true, int priority = 0) =>
        New(code, DiscountKind.Percentage, stackable, priority, d => d.PercentOff = percent);

    public static Discount Fixed(long amountMinor, string? code = "FIXED", bool stackable = true, int priority = 0) =>
        New(code, DiscountKind.FixedAmount, stackable, priority, d => d.AmountMinor = amountMinor);

    public static Discount FreeShipping(string? code = "SHIP", bool stackable = true, int priority = 0) =>
        New(code, DiscountKind.FreeShipping, stackable, priority, _ => { });

    public static Discount BuyGet(int buy, int get, IReadOnlyList<Guid> products, string? code = "BXGY") =>
        New(code, DiscountKind.BuyXGetY, true, 0, d =>
        {
            d.BuyQuantity = buy;
            d.GetQuantity = get;
            d.Scope = DiscountScope.Products;
            d.ScopeIds = products;
        });

    public static Discount New(string? code, DiscountKind kind, bool stackable, int priority, Action<Discount> shape)
    {
        var discount = new Discount
        {
            Id = Guid.CreateVersion7(),
            Code = code,
            Name = code ?? "automatic",
            Kind = kind,
            Currency = "EUR",
            Stackable = stackable,
            Priority = priority,
        };
        shape(discount);
        return discount;
    }

    public static EvaluationLine Line(long unitPriceMinor, int quantity = 1, Guid? product = null, Guid? category = null) =>
        new(product ?? Guid.NewGuid(), category, quantity, unitPriceMinor);

    public static EvaluationResult Evaluate(IReadOnlyList<EvaluationLine> lines, string[] codes, params Discount[] discounts) =>
        Evaluate(lines, codes, null, Now, discounts);

    public static EvaluationResult Evaluate(IReadOnlyList<EvaluationLine> lines, string[] codes, Guid? customer, DateTime now, params Discount[] discounts) =>
        DiscountRules.Evaluate(
            new EvaluationRequest(customer, "EUR", lines, codes),
            discounts.Select(d => new DiscountCandidate(d, 0)).ToList(),
            now);
}
