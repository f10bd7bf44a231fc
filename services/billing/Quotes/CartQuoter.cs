using System.Globalization;
using K8sShop.Billing.Discounts;
using K8sShop.Billing.Inventory;
using K8sShop.Billing.Pricing;

namespace K8sShop.Billing.Quotes;

/// <summary>
/// Prices a cart the way the order will be priced: today's catalog prices and tax classes from
/// inventory, discounts evaluated (not reserved) by the discounts service, VAT for the shipping country.
/// Writes nothing anywhere. Neighbour outages surface as <see cref="HttpRequestException"/>.
/// </summary>
public sealed class CartQuoter(InventoryClient inventory, DiscountsClient discounts, CurrentPricing pricing)
{
    public async Task<QuoteOutcome> QuoteAsync(QuoteRequest request, Guid? customerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var cart = request.Lines!;
        var country = request.ShippingCountry!;
        var (calculator, rates) = await pricing.LoadAsync(cancellationToken);
        if (!rates.Knows(country))
        {
            return QuoteOutcome.Refused(StatusCodes.Status422UnprocessableEntity, new Dictionary<string, string[]> { ["shippingCountry"] = [$"The shop does not ship to {country}."] });
        }

        var products = (await inventory.LookupAsync([.. cart.Select(l => l.ProductId)], cancellationToken)).ToDictionary(p => p.ProductId);
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < cart.Count; i++)
        {
            var field = string.Create(CultureInfo.InvariantCulture, $"lines[{i}].productId");
            if (!products.TryGetValue(cart[i].ProductId, out var product))
            {
                errors[field] = [$"There is no product {cart[i].ProductId}."];
            }
            else if (!product.Active)
            {
                errors[field] = [$"'{product.Name}' is no longer sold."];
            }
        }

        var currencies = products.Values.Select(p => p.Currency).Distinct(StringComparer.Ordinal).ToList();
        if (errors.Count == 0 && currencies.Count != 1)
        {
            errors["lines"] = ["These products are not sold in one currency."];
        }

        if (errors.Count > 0)
        {
            return QuoteOutcome.Refused(StatusCodes.Status422UnprocessableEntity, errors);
        }

        var currency = currencies[0];
        var lines = cart.Select(l => products[l.ProductId]).Zip(cart, (p, l) => new PricingLine(p.ProductId, l.Quantity, p.PriceMinor, p.TaxClass, Description: p.Name, CategoryIds: p.CategoryIds)).ToList();
        var codes = (request.DiscountCodes ?? []).Select(c => c.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var decision = await discounts.EvaluateAsync(DiscountedPricing.Ask(customerId, currency, lines, codes), cancellationToken);
        if (!string.Equals(decision.Currency, currency, StringComparison.Ordinal))
        {
            throw new HttpRequestException($"The discounts service answered in {decision.Currency} for a cart in {currency}.");
        }

        var result = calculator.Price(DiscountedPricing.Request(currency, country, lines, decision));
        if (!result.Succeeded)
        {
            return QuoteOutcome.Refused(StatusCodes.Status422UnprocessableEntity, result.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
        }

        return QuoteOutcome.Of(ToQuote(result.Breakdown!, products, decision, rates.BasisPointsFor(country, TaxClasses.Standard) ?? 0));
    }

    private static Quote ToQuote(PriceBreakdown breakdown, Dictionary<Guid, InventoryProduct> products, DiscountDecision decision, int shippingBasisPoints)
    {
        var lines = breakdown.Lines.Select(l => new QuoteLine(
            l.ProductId,
            products[l.ProductId].Sku,
            products[l.ProductId].Name,
            l.Quantity,
            l.UnitNetMinor,
            l.TaxClass,
            l.TaxBasisPoints,
            l.NetMinor,
            decision.LineDiscountFor(l.ProductId),
            l.DiscountMinor,
            l.TaxMinor,
            l.GrossMinor)).ToList();
        return new Quote(
            breakdown.Currency,
            lines,
            breakdown.SubtotalMinor,
            lines.Sum(l => l.LineDiscountMinor),
            decision.OrderDiscountMinor,
            breakdown.DiscountMinor,
            breakdown.ShippingMinor,
            breakdown.ShippingTaxMinor,
            TaxAtRate.Of(breakdown, shippingBasisPoints),
            breakdown.TaxMinor + breakdown.ShippingTaxMinor,
            breakdown.TotalMinor,
            decision.Applied ?? [],
            [.. (decision.Refused ?? []).Select(r => new QuoteRefusal(r.Code, r.Reason, RefusalReasons.Explain(r)))]);
    }
}
