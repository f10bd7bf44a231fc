using System.Text.Json;
using K8sShop.Billing.Data;
using K8sShop.Billing.Discounts;
using K8sShop.Billing.Pricing;
using K8sShop.Contracts.Checkout;
using K8sShop.ServiceDefaults.Messaging;

namespace K8sShop.Billing.Orders;

/// <summary>
/// The pricing step of the checkout saga: reserves the discounts' usage, prices the reservation's
/// snapshot lines for the shipping country, keeps the breakdown for the invoice, and answers
/// <see cref="OrderPriced"/> or <see cref="OrderPricingFailed"/>. A refused code fails the order (the
/// shopper asked for it); the discounts service being unreachable does not: the exception makes the bus
/// deliver the message again. An order priced before gets the same answer again and nothing else.
/// </summary>
public sealed partial class PriceOrderConsumer(
    Inbox<BillingDbContext> inbox, TimeProvider clock, DiscountsClient discounts, CurrentPricing pricing, ILogger<PriceOrderConsumer> logger)
    : IdempotentConsumer<PriceOrder, BillingDbContext>(inbox)
{
    private static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;

    protected override async Task HandleAsync(PriceOrder message, CancellationToken cancellationToken)
    {
        var known = await Db.PricedOrders.FindAsync([message.OrderId], cancellationToken);
        if (known is not null)
        {
            Answer(known);
            return;
        }

        var now = clock.GetUtcNow();
        var lines = (message.Lines ?? []).Select(l => new PricingLine(l.ProductId, l.Quantity, l.UnitPriceMinor, l.TaxClass, Description: $"{l.Name} ({l.Sku})", CategoryIds: l.CategoryIds)).ToList();
        var currencies = (message.Lines ?? []).Select(l => l.Currency).Distinct(StringComparer.Ordinal).ToList();
        var country = message.ShippingAddress?.Country ?? "";
        if (currencies.Count != 1)
        {
            var reason = lines.Count == 0 ? "The order has no items." : "The order's items are not priced in one currency.";
            Fail(message, currencies.FirstOrDefault() ?? "", country, reason, now);
            return;
        }

        var currency = currencies[0];
        var (calculator, rates) = await pricing.LoadAsync(cancellationToken);
        if (!rates.Knows(country))
        {
            Fail(message, currency, country, $"The shop does not ship to '{country}'.", now);
            return;
        }

        var codes = (message.DiscountCodes ?? []).Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var decision = await discounts.ReserveAsync(message.OrderId, DiscountedPricing.Ask(message.CustomerId, currency, lines, codes), cancellationToken);
        if (decision.Refused is { Count: > 0 } refused)
        {
            Fail(message, currency, country, string.Join(' ', refused.Select(RefusalReasons.Explain)), now);
            return;
        }

        if (!string.Equals(decision.Currency, currency, StringComparison.Ordinal))
        {
            Fail(message, currency, country, "The discounts could not be applied to this order.", now);
            return;
        }

        var result = calculator.Price(DiscountedPricing.Request(currency, country, lines, decision));
        if (!result.Succeeded)
        {
            Fail(message, currency, country, "The order cannot be priced: " + string.Join(' ', result.Errors.Select(e => e.Message)), now);
            return;
        }

        var breakdown = result.Breakdown!;
        var applied = (decision.Applied ?? []).Select(a => a.Code).OfType<string>().ToList();
        var priced = Record(message, PricedOrderStatus.Priced, null, currency, country, breakdown, applied, now);
        Db.PricedOrders.Add(priced);
        Answer(priced);
        LogPriced(logger, message.OrderId, breakdown.TotalMinor, currency);
    }

    private void Fail(PriceOrder message, string currency, string country, string reason, DateTimeOffset now)
    {
        var failed = Record(message, PricedOrderStatus.Failed, reason, currency, country, null, [], now);
        Db.PricedOrders.Add(failed);
        Answer(failed);
        LogFailed(logger, message.OrderId, reason);
    }

    private static PricedOrder Record(
        PriceOrder message, PricedOrderStatus status, string? reason, string currency, string country, PriceBreakdown? breakdown, List<string> codes, DateTimeOffset now) =>
        new()
        {
            OrderId = message.OrderId,
            CustomerId = message.CustomerId,
            Status = status,
            FailureReason = reason is { Length: > 2000 } ? reason[..2000] : reason,
            Currency = currency.Length == 3 ? currency : "XXX",
            ShippingCountry = country.Length == 2 ? country : "ZZ",
            TotalMinor = breakdown?.TotalMinor ?? 0,
            BreakdownJson = breakdown is null ? "{}" : JsonSerializer.Serialize(breakdown, Json),
            ShippingAddressJson = JsonSerializer.Serialize(message.ShippingAddress, Json),
            BillingAddressJson = JsonSerializer.Serialize(message.BillingAddress, Json),
            AppliedCodesJson = JsonSerializer.Serialize(codes, Json),
            PricedAtUtc = now.UtcDateTime,
        };

    /// <summary>The answer <paramref name="order"/>'s record stands for; the same the first time and every time after.</summary>
    private void Answer(PricedOrder order)
    {
        var at = new DateTimeOffset(order.PricedAtUtc, TimeSpan.Zero);
        if (order.Status == PricedOrderStatus.Failed)
        {
            Db.Publish(new OrderPricingFailed(order.OrderId, order.FailureReason ?? "The order cannot be priced.", at));
            return;
        }

        var breakdown = JsonSerializer.Deserialize<PriceBreakdown>(order.BreakdownJson, Json)!;
        Db.Publish(new OrderPriced(
            order.OrderId,
            breakdown.SubtotalMinor,
            breakdown.DiscountMinor,
            breakdown.ShippingMinor,
            breakdown.TaxMinor + breakdown.ShippingTaxMinor,
            breakdown.TotalMinor,
            breakdown.Currency,
            JsonSerializer.Deserialize<List<string>>(order.AppliedCodesJson, Json) ?? [],
            at));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId} priced: {TotalMinor} {Currency}")]
    private static partial void LogPriced(ILogger logger, Guid orderId, long totalMinor, string currency);

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId} cannot be priced: {Reason}")]
    private static partial void LogFailed(ILogger logger, Guid orderId, string reason);
}
