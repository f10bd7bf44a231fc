using System.Globalization;

namespace K8sShop.Billing.Pricing;

/// <summary>
/// Prices an order in minor units of one currency. The rounding rule: VAT is computed and rounded
/// per line, half to even, on the line's net after its discounts; an order-level discount is first
/// spread over the lines in proportion to their net (largest remainder, ties to the earlier line),
/// so every line's VAT matches what its invoice line shows. Shipping is taxed at the standard rate.
/// </summary>
public sealed class PriceCalculator(TaxRateTable rates, ShippingPolicy shipping)
{
    public const int MaxQuantity = 10_000;
    public const long MaxUnitNetMinor = 100_000_000_00; // one hundred million in major units

    public PricingResult Price(PricingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = Validate(request);
        if (errors.Count > 0)
        {
            return PricingResult.Failed(errors);
        }

        var lineNets = request.Lines.Select(l => checked(l.Quantity * l.UnitNetMinor)).ToArray();
        var afterLineDiscounts = request.Lines.Select((l, i) => lineNets[i] - l.LineDiscountMinor).ToArray();
        var shares = Allocate(request.OrderDiscountMinor, afterLineDiscounts);

        var priced = new List<PricedLine>(request.Lines.Count);
        for (var i = 0; i < request.Lines.Count; i++)
        {
            var line = request.Lines[i];
            var basisPoints = rates.BasisPointsFor(request.ShippingCountry, line.TaxClass)!.Value;
            var discount = line.LineDiscountMinor + shares[i];
            var taxable = lineNets[i] - discount;
            var tax = HalfEven.Divide(checked(taxable * basisPoints), TaxRate.Denominator);
            priced.Add(new PricedLine(line.ProductId, line.Quantity, line.UnitNetMinor, line.TaxClass, basisPoints, lineNets[i], discount, tax, taxable + tax, line.Description));
        }

        var subtotal = lineNets.Sum();
        var discountTotal = priced.Sum(l => l.DiscountMinor);
        var fee = request.FreeShipping || subtotal - discountTotal >= shipping.FreeFromMinor ? 0 : shipping.FlatFeeMinor;
        var standard = rates.BasisPointsFor(request.ShippingCountry, TaxClasses.Standard) ?? 0;
        var shippingTax = HalfEven.Divide(fee * standard, TaxRate.Denominator);
        var lineTax = priced.Sum(l => l.TaxMinor);
        return PricingResult.Of(new PriceBreakdown(
            request.Currency,
            priced,
            subtotal,
            discountTotal,
            fee,
            shippingTax,
            lineTax,
            subtotal - discountTotal + lineTax + fee + shippingTax));
    }

    /// <summary>Largest-remainder split of <paramref name="amount"/> in proportion to <paramref name="weights"/>.</summary>
    public static long[] Allocate(long amount, IReadOnlyList<long> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var shares = new long[weights.Count];
        var total = weights.Sum();
        if (amount == 0 || total == 0)
        {
            return shares;
        }

        var remainders = new (long Remainder, int Index)[weights.Count];
        long given = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            var exact = (Int128)amount * weights[i];
            shares[i] = (long)(exact / total);
            remainders[i] = ((long)(exact % total), i);
            given += shares[i];
        }

        foreach (var (_, index) in remainders.OrderByDescending(r => r.Remainder).ThenBy(r => r.Index).Take((int)(amount - given)))
        {
            shares[index]++;
        }

        return shares;
    }

    private List<PricingError> Validate(PricingRequest request)
    {
        var errors = new List<PricingError>();
        if (request.Currency is not { Length: 3 } || !request.Currency.All(char.IsAsciiLetterUpper))
        {
            errors.Add(new("currency", "currency", "The currency must be an ISO 4217 code such as EUR."));
        }

        if (string.IsNullOrWhiteSpace(request.ShippingCountry) || !rates.Knows(request.ShippingCountry))
        {
            errors.Add(new("country", "shippingCountry", $"Orders cannot be shipped to '{request.ShippingCountry}'."));
        }

        if (request.Lines.Count == 0)
        {
            errors.Add(new("empty", "lines", "An order needs at least one line."));
        }

        long afterLineDiscounts = 0;
        for (var i = 0; i < request.Lines.Count; i++)
        {
            var line = request.Lines[i];
            var field = string.Create(CultureInfo.InvariantCulture, $"lines[{i}]");
            if (line.Quantity is < 1 or > MaxQuantity)
            {
                errors.Add(new("quantity", field + ".quantity", $"The quantity must be between 1 and {MaxQuantity}."));
                continue;
            }

            if (line.UnitNetMinor is < 0 or > MaxUnitNetMinor)
            {
                errors.Add(new("price", field + ".unitNetMinor", "The unit price is out of range."));
                continue;
            }

            var net = line.Quantity * line.UnitNetMinor;
            if (line.LineDiscountMinor < 0 || line.LineDiscountMinor > net)
            {
                errors.Add(new("discount", field + ".lineDiscountMinor", "A line discount must be between 0 and the line's net amount."));
            }

            if (rates.Knows(request.ShippingCountry) && rates.BasisPointsFor(request.ShippingCountry, line.TaxClass) is null)
            {
                errors.Add(new("taxClass", field + ".taxClass", $"No VAT rate for class '{line.TaxClass}' in {request.ShippingCountry}."));
            }

            afterLineDiscounts += net - line.LineDiscountMinor;
        }

        if (request.OrderDiscountMinor < 0 || (errors.Count == 0 && request.OrderDiscountMinor > afterLineDiscounts))
        {
            errors.Add(new("discount", "orderDiscountMinor", "The order discount must be between 0 and the discounted subtotal."));
        }

        return errors;
    }
}
