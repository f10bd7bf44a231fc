using System.Text.Json;
using K8sShop.Billing.Data;
using K8sShop.Billing.Orders;
using K8sShop.Billing.Pricing;
using K8sShop.Contracts.Ordering;
using K8sShop.ServiceDefaults.Messaging;

namespace K8sShop.Billing.Invoicing;

/// <summary>
/// A paid order gets its invoice, issued from the breakdown billing priced it with (never recomputed:
/// the invoice says what was charged). Idempotent twice over: by message id, and by the invoice's key
/// <c>invoice:{orderId}</c> for the same order paid again under another message id.
/// </summary>
public sealed partial class OrderPaidConsumer(Inbox<BillingDbContext> inbox, InvoiceIssuer issuer, ILogger<OrderPaidConsumer> logger)
    : IdempotentConsumer<OrderPaid, BillingDbContext>(inbox)
{
    protected override async Task HandleAsync(OrderPaid message, CancellationToken cancellationToken)
    {
        var order = await Db.PricedOrders.FindAsync([message.OrderId], cancellationToken);
        if (order?.Status != PricedOrderStatus.Priced)
        {
            // Orders only charges what billing priced; throwing sends the message to the error queue after the
            // bus's retries, where an operator sees it, rather than dropping a paid order's invoice silently.
            throw new InvalidOperationException($"Order {message.OrderId} was paid but billing has no priced breakdown for it.");
        }

        var breakdown = JsonSerializer.Deserialize<PriceBreakdown>(order.BreakdownJson, JsonSerializerOptions.Web)!;
        if (breakdown.TotalMinor != message.AmountMinor || breakdown.Currency != message.Currency)
        {
            LogAmountDiffers(logger, message.OrderId, message.AmountMinor, message.Currency, breakdown.TotalMinor, breakdown.Currency);
        }

        var invoice = await issuer.IssueAsync(
            new InvoiceDraft(InvoiceKind.Invoice, InvoiceKeys.ForOrder(order.OrderId), order.OrderId, InvoiceKeys.Customer(order.CustomerId), breakdown, BillTo: BillingAddress.Line(order.BillingAddressJson)),
            cancellationToken);
        LogIssued(logger, invoice.Number, message.OrderId);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Invoice {Number} issued for order {OrderId}")]
    private static partial void LogIssued(ILogger logger, string number, Guid orderId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderId} was paid {PaidMinor} {PaidCurrency} but priced {PricedMinor} {PricedCurrency}; invoicing the priced amount")]
    private static partial void LogAmountDiffers(ILogger logger, Guid orderId, long paidMinor, string paidCurrency, long pricedMinor, string pricedCurrency);
}
