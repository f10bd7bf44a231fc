using System.Text.Json;
using K8sShop.Billing.Pricing;

namespace K8sShop.Billing.Invoicing;

/// <summary>
/// What a credit note for a refund of <c>refundMinor</c> (gross, what the shopper gets back) says. A full
/// refund reverses the invoice exactly. A partial one spreads the refund over the invoice's lines and
/// shipping in proportion to their gross (largest remainder), then splits each share into net and VAT at
/// that line's rate, half to even, so the credit note's total is exactly the refund and its VAT stays
/// with the rates it was charged at.
/// </summary>
public static class CreditNoteAmounts
{
    public static PriceBreakdown For(Invoice invoice, long refundMinor)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var lines = JsonSerializer.Deserialize<List<PricedLine>>(invoice.LinesJson, JsonSerializerOptions.Web) ?? [];
        var lineTax = lines.Sum(l => l.TaxMinor);
        var shippingTax = invoice.TaxMinor - lineTax;
        if (refundMinor >= invoice.TotalMinor)
        {
            return new PriceBreakdown(invoice.Currency, lines, invoice.SubtotalMinor, invoice.DiscountMinor, invoice.ShippingMinor, shippingTax, lineTax, invoice.TotalMinor);
        }

        var shippingGross = invoice.ShippingMinor + shippingTax;
        var shares = PriceCalculator.Allocate(Math.Max(refundMinor, 0), [.. lines.Select(l => l.GrossMinor), shippingGross]);
        var credited = lines.Select((l, i) =>
        {
            var net = NetOf(shares[i], l.TaxBasisPoints);
            return new PricedLine(l.ProductId, 1, net, l.TaxClass, l.TaxBasisPoints, net, 0, shares[i] - net, shares[i], "Refund: " + l.Description);
        }).ToList();
        var shippingShare = shares[^1];
        var shippingNet = NetOf(shippingShare, ShippingRate(shippingTax, invoice.ShippingMinor));
        return new PriceBreakdown(
            invoice.Currency,
            credited,
            credited.Sum(l => l.NetMinor),
            0,
            shippingNet,
            shippingShare - shippingNet,
            credited.Sum(l => l.TaxMinor),
            shares.Sum());
    }

    /// <summary>The net part of a gross amount at a rate: gross × 10000 / (10000 + rate), half to even.</summary>
    private static long NetOf(long gross, int basisPoints) =>
        HalfEven.Divide(gross * TaxRate.Denominator, TaxRate.Denominator + basisPoints);

    /// <summary>
    /// Shipping's rate is not stored on the invoice; derive it from its VAT and snap it to 50 basis points
    /// (standard rates are whole or half percents), which undoes the rounding of a small fee's VAT.
    /// </summary>
    private static int ShippingRate(long tax, long net) =>
        net <= 0 ? 0 : (int)HalfEven.Divide(tax * TaxRate.Denominator, net * 50) * 50;
}
